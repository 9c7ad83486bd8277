#include "fflab/experiment/plot.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_record.hpp"

namespace fflab {

namespace {

/// `s` with every character that means something to gnuplot's parser or to
/// its enhanced text shown as '?': quotes, backquotes (gnuplot runs the
/// command between them, even inside double quotes), backslashes, '$', '@',
/// '^', '{', '}', '&', '~' and control characters (a newline would end an
/// inline data block). Names of folders and runs come from files that may
/// be someone else's: nothing of them may run.
std::string plain_text(const std::string& s) {
  static const std::string punctuation = " _.,:;()/+%=#-*<>[]!|";
  std::string out;
  for (const char c : s) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      punctuation.find(c) != std::string::npos;
    out += keep ? c : '?';
  }
  return out;
}

/// `s` as plain text with each '_' written `escape` (else enhanced text subscripts it).
std::string escape_underscores(const std::string& s, const std::string& escape) {
  std::string out;
  for (const char c : plain_text(s)) {
    if (c == '_') out += escape;
    else out += c;
  }
  return out;
}

/// A title or key entry: a single-quoted gnuplot string (no substitution of any kind).
std::string quoted(const std::string& s) { return "'" + escape_underscores(s, "\\_") + "'"; }

constexpr int gnuplot_missing = -1;

/// Runs `gnuplot <script>` in `dir` without a shell (no path is ever parsed
/// as a command), its output discarded and its errors written to `log`.
/// Returns its exit status, gnuplot_missing when it cannot be started.
int run_gnuplot(const std::filesystem::path& dir, const std::string& script, const std::filesystem::path& log) {
  const std::string log_file = std::filesystem::absolute(log).string(), folder = dir.string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, folder.c_str());
  std::string program = "gnuplot", argument = script;
  char* argv[] = {program.data(), argument.data(), nullptr};
  pid_t child = 0;
  const int spawned = posix_spawnp(&child, "gnuplot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return gnuplot_missing;
  int status = 0;
  while (waitpid(child, &status, 0) < 0)
    if (errno != EINTR) return gnuplot_missing;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) return gnuplot_missing;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/// A label in an inline data block: a double-quoted data field.
std::string data_label(const std::string& s) { return "\"" + escape_underscores(s, "\\\\_") + "\""; }

/// A number for a script or a data block: NaN (missing) unless finite.
std::string number(double x) {
  if (!std::isfinite(x)) return "NaN";
  std::ostringstream s;
  s.precision(6);
  s << x;
  return s.str();
}

/// How a plot is laid out on each terminal: its key settings for a wide
/// picture (svg, png) and a narrow one (pdf, for a paper, whose own caption
/// explains it: no caption lines under it).
struct Layout {
  std::string wide_key, narrow_key;
  std::string caption;  ///< commands drawing the caption lines (wide pictures only)
  int width_px = 900, height_px = 560;
  double width_in = 3.5, height_in = 2.6;
};

/// `text` with each `mark` replaced by `by`.
std::string replace_all(std::string text, const std::string& mark, const std::string& by) {
  for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + by.size()))
    text.replace(at, mark.size(), by);
  return text;
}

/// The terminals: the body drawn once per picture (svg, png, pdf), with
/// @KEY@ in it replaced by the key settings of that picture and @CAPTION@
/// by the caption (wide pictures) or nothing (no text from records can hold
/// either: plain_text makes '@' a '?'). A body with multiplot cannot be
/// replotted, so it is written out each time.
std::string terminals(const std::string& stem, const std::string& body, const Layout& layout) {
  const auto with_key = [&](const std::string& key) {
    // Settings outlive a terminal: the narrow picture takes its bottom margin back.
    return replace_all(replace_all(body, "@KEY@", key), "@CAPTION@",
                       key == layout.wide_key ? layout.caption : "set bmargin\n");
  };
  const std::string size = std::to_string(layout.width_px) + "," + std::to_string(layout.height_px);
  std::ostringstream s;
  s << "set terminal svg size " << size << " dynamic font 'Helvetica,12'\nset output '" << stem << ".svg'\n"
    << with_key(layout.wide_key) << "unset output\n"
    << "set terminal pngcairo size " << size << " font 'Helvetica,10'\nset output '" << stem << ".png'\n"
    << with_key(layout.wide_key) << "unset output\n"
    << "set terminal pdfcairo size " << number(layout.width_in) << "in," << number(layout.height_in)
    << "in font 'Helvetica,6' linewidth 0.6\nset output '" << stem << ".pdf'\n"
    << with_key(layout.narrow_key) << "unset output\n";
  return s.str();
}

/// The 1-2-5 numbers from just below `low` to just above `high`, for the
/// tics of a logarithmic axis (gnuplot's own are decades only).
std::vector<double> log_tics(double low, double high) {
  std::vector<double> tics;
  for (double decade = std::pow(10.0, std::floor(std::log10(low))); decade <= high * 10; decade *= 10)
    for (const double m : {1.0, 2.0, 5.0}) tics.push_back(decade * m);
  std::vector<double> kept;
  for (std::size_t i = 0; i < tics.size(); ++i) {
    const bool below = i + 1 < tics.size() && tics[i + 1] <= low;
    const bool above = i > 0 && tics[i - 1] >= high;
    if (!below && !above) kept.push_back(tics[i]);
  }
  return kept;
}

/// A value axis ("y" or "x") fitted to the values drawn: logarithmic with
/// 1-2-5 tics when no value is negative and the largest positive value is at
/// least `ratio` times the smallest (the smallest taken no lower than
/// `floor`; values of 0 fall below the axis), else linear, zoomed to the
/// values when `zoom`. Returns whether it is logarithmic.
bool value_axis(std::ostringstream& s, const char* axis, const std::vector<double>& values, double ratio, double floor,
                bool zoom) {
  double low = std::numeric_limits<double>::infinity(), high = 0.0, least = low, most = -low;
  for (const double v : values) {
    if (!std::isfinite(v)) continue;
    least = std::min(least, v);
    most = std::max(most, v);
    if (v > 0) {
      low = std::min(low, std::max(v, floor));
      high = std::max(high, v);
    }
  }
  if (std::isfinite(low) && least >= 0 && high / low >= ratio) {
    const auto tics = log_tics(low, high);
    s << "set logscale " << axis << "\nset " << axis << "range [" << number(tics.front()) << ":" << number(tics.back())
      << "]\nset " << axis << "tics (";
    for (std::size_t i = 0; i < tics.size(); ++i)
      s << (i ? ", " : "") << "'" << number(tics[i]) << "' " << number(tics[i]);
    s << ")\n";
    return true;
  }
  if (zoom && std::isfinite(least) && most >= least) {
    const double pad = std::max(0.08 * (most - least), 0.05 * std::max(std::abs(most), 0.1));
    const double from = least >= 0 ? std::max(0.0, least - pad) : least - pad;
    s << "set " << axis << "range [" << number(from) << ":" << number(most + pad) << "]\n";
  }
  return false;
}

/// Reads one epoch's value of a run: an error, a measure.
using EpochValue = std::function<std::optional<double>(const EpochEntry&)>;

/// One epoch's value over a run's seeds: mean, lowest and highest.
struct EpochPoint {
  std::size_t epoch = 0;
  double mean = 0.0, low = 0.0, high = 0.0;
};

/// The epochs at which any seed of `run` has a finite value, with the mean,
/// lowest and highest value over the seeds that have one.
std::vector<EpochPoint> series(const CurveRun& run, const EpochValue& value) {
  std::map<std::size_t, std::vector<double>> by_epoch;
  for (const auto& seed : run.seeds)
    for (const auto& e : seed.epochs)
      if (const auto v = value(e); v && std::isfinite(*v)) by_epoch[e.epoch].push_back(*v);
  std::vector<EpochPoint> out;
  for (const auto& [epoch, values] : by_epoch) {
    EpochPoint p;
    p.epoch = epoch;
    for (const double v : values) p.mean += v;
    p.mean /= static_cast<double>(values.size());
    p.low = *std::min_element(values.begin(), values.end());
    p.high = *std::max_element(values.begin(), values.end());
    out.push_back(p);
  }
  return out;
}

/// One line of a curve plot: a series and how it is drawn.
struct CurveSpec {
  EpochValue value;
  std::string style;    ///< e.g. "with lines dt 2"
  bool titled = false;  ///< this line carries the run's name in the key
  bool band = false;    ///< a band over the seeds when there are several
};

/// The height in pixels of a curve plot of `panels` panels.
int layout_height(std::size_t panels) { return panels > 1 ? static_cast<int>(60 + 400 * ((panels + 1) / 2)) : 560; }

/// The inline data blocks of a curve plot ($c<run>_<spec>: epoch mean low
/// high) and what the axes need to know of them.
struct CurveData {
  std::string text;
  std::vector<double> values;                             ///< every value drawn (bands included)
  double primary_least = std::numeric_limits<double>::infinity();  ///< of the lines the key names
  std::size_t max_epoch = 0;
  std::vector<std::vector<std::size_t>> count;            ///< [run][spec]: points (0: not drawn)
};

CurveData curve_data(const std::vector<CurveRun>& runs, const std::vector<CurveSpec>& specs,
                     const std::string& header) {
  CurveData d;
  std::ostringstream data;
  data << header;
  d.count.assign(runs.size(), std::vector<std::size_t>(specs.size(), 0));
  for (std::size_t i = 0; i < runs.size(); ++i)
    for (std::size_t k = 0; k < specs.size(); ++k) {
      const auto points = series(runs[i], specs[k].value);
      if (points.empty()) continue;
      d.count[i][k] = points.size();
      data << "$c" << i << "_" << k << " << EOD\n";
      for (const auto& p : points) {
        data << p.epoch << " " << number(p.mean) << " " << number(p.low) << " " << number(p.high) << "\n";
        d.values.push_back(p.mean);
        if (specs[k].titled) d.primary_least = std::min(d.primary_least, p.low);
        if (specs[k].band) {
          d.values.push_back(p.low);
          d.values.push_back(p.high);
        }
        d.max_epoch = std::max(d.max_epoch, p.epoch);
      }
      data << "EOD\n";
    }
  d.text = data.str();
  return d;
}

/// Colours, labels and ranges of a curve plot; `log` says whether the value
/// axis came out logarithmic.
std::string curve_axes(const CurveData& d, const std::string& ylabel, bool errors, bool& log) {
  std::ostringstream axes;
  // Six colours that stay apart on white and in print (gnuplot's fifth is a pale yellow).
  const char* colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"};
  for (int i = 0; i < 6; ++i) axes << "set linetype " << i + 1 << " lc rgb '" << colours[i] << "'\n";
  axes << "set xlabel 'epoch'\nset ylabel " << quoted(ylabel) << "\nset grid\nset datafile missing 'NaN'\n";
  // A little room beyond the last epoch: a run evaluated only there shows whole points.
  if (d.max_epoch > 0 && d.max_epoch <= 20)
    axes << "set xtics 1\nset xrange [" << (d.max_epoch == 1 ? "0" : "0.8") << ":"
         << (d.max_epoch == 1 ? "2" : number(static_cast<double>(d.max_epoch) + 0.2)) << "]\n";
  else if (d.max_epoch > 0)
    axes << "set xrange [0:" << number(static_cast<double>(d.max_epoch) * 1.02) << "]\n";
  // Errors get a logarithmic axis only when the validation errors are small
  // (below 10 %): large ones read better on a linear axis, the train error
  // falling to 0 beneath them.
  const double ratio = errors && d.primary_least >= 10.0 ? std::numeric_limits<double>::infinity() : 8.0;
  // A measure (a loss) spans decades too; its zeros (a loss below the record's 6 decimals) fall below the axis.
  log = value_axis(axes, "y", d.values, ratio, errors ? 0.1 : 0.0, true);
  return axes.str();
}

/// The caption lines under a wide picture of `panels` panels.
std::string curve_captions(const std::vector<std::string>& caption, std::size_t panels) {
  std::ostringstream captions;
  for (std::size_t line = 0; line < caption.size(); ++line)
    captions << "set label " << 90 + line << " " << quoted(caption[line]) << " at screen 0.01, screen "
             << number(0.012 + (panels > 1 ? 18.0 / layout_height(panels) : 0.032) *
                                   static_cast<double>(caption.size() - 1 - line))
             << " left font ',8'\n";
  if (panels == 1 && !caption.empty())
    captions << "set bmargin " << 3 + 1.5 * static_cast<double>(caption.size()) << "\n";
  return captions.str();
}

/// The plot command of one run's lines (its band first, where it has one).
void run_lines(std::ostream& body, const std::function<void()>& next, const CurveRun& run, std::size_t i,
               const std::vector<CurveSpec>& specs, const CurveData& d, int colour, bool log) {
  const bool several = run.seeds.size() > 1;
  for (std::size_t k = 0; k < specs.size(); ++k) {
    if (d.count[i][k] == 0 || !(specs[k].band && several)) continue;
    next();
    body << "$c" << i << "_" << k << " using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc " << colour
         << " notitle";
  }
  for (std::size_t k = 0; k < specs.size(); ++k) {
    const std::size_t points = d.count[i][k];
    if (points == 0) continue;
    next();
    const std::string name = run.name.empty() ? "run" : run.name;
    // A line of one point draws nothing: it gets an open circle.
    const std::string style = points == 1 && specs[k].style.rfind("with lines ", 0) == 0
                                  ? "with linespoints pt 6 " + specs[k].style.substr(11)
                                  : specs[k].style;
    body << "$c" << i << "_" << k << " using 1:" << (log ? "($2 > 0 ? $2 : NaN)" : "2") << " " << style
         << (style.find("points") == std::string::npos ? ""
             : points <= 3                             ? " ps 1.2"  // a lone point must show
                                                       : " ps 0.4")
         << " lc " << colour << " ";
    if (specs[k].titled)
      body << "title " << quoted(several ? name + " (" + std::to_string(run.seeds.size()) + " seeds)" : name);
    else
      body << "notitle";
  }
}

/// The plot command of runs [begin, end) in one panel, with the legend and,
/// where the panel has a band, the band's key entry.
void panel_plot(std::ostream& body, const std::vector<CurveRun>& runs, const std::vector<CurveSpec>& specs,
                const CurveData& d, std::size_t begin, std::size_t end, bool log, const std::string& legend) {
  body << "plot ";
  bool first = true;
  const std::function<void()> next = [&] {
    if (!first) body << ", \\\n     ";
    first = false;
  };
  bool banded = false;  // a band in this panel: the key says what it spans
  for (std::size_t i = begin; i < end; ++i) {
    run_lines(body, next, runs[i], i, specs, d, static_cast<int>(i - begin) + 1, log);
    for (std::size_t k = 0; k < specs.size(); ++k)
      banded = banded || (d.count[i][k] > 0 && specs[k].band && runs[i].seeds.size() > 1);
  }
  if (!legend.empty()) {
    next();
    body << legend;
  }
  if (banded) {
    next();
    body << "keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'";
  }
  body << "\n";
}

/// Where panel `panel` of a grid of `panels` sits (set size and origin),
/// room left for the title above and `caption_lines` below.
std::string panel_place(std::size_t panel, std::size_t panels, std::size_t caption_lines) {
  const std::size_t columns = 2, rows = (panels + columns - 1) / columns;
  const double bottom = (30.0 + 20.0 * static_cast<double>(caption_lines)) / layout_height(panels),
               top = 40.0 / layout_height(panels);
  const double width = 1.0 / static_cast<double>(columns), height = (1.0 - bottom - top) / static_cast<double>(rows);
  std::ostringstream place;
  place << "set size " << number(width) << ", " << number(height) << "\nset origin "
        << number(width * static_cast<double>(panel % columns)) << ", "
        << number(bottom + height * static_cast<double>(rows - 1 - panel / columns)) << "\n";
  return place.str();
}

/// Keys and sizes of a curve plot of `panels` panels.
Layout curve_layout(std::size_t panels, const std::string& captions) {
  Layout layout;
  layout.caption = captions;
  if (panels > 1) {
    layout.wide_key = "set key outside right top Left reverse samplen 2 font ',9'\n";
    layout.narrow_key = "set key below horizontal Left reverse samplen 1.5 font ',5'\n";  // panels keep their width
    layout.height_px = layout_height(panels);
    layout.width_px = 1300;
    layout.width_in = 7.0;
    layout.height_in = 0.4 + 2.2 * static_cast<double>((panels + 1) / 2);
  } else {
    layout.wide_key = "set key outside right top Left reverse samplen 2\n";
    layout.narrow_key = "set key below maxrows 6 samplen 1.5 font ',5'\n";
    layout.height_in = 3.2;
  }
  return layout;
}

/// The runs' curves of `specs`, up to 6 runs a panel (more panels in a
/// grid, on one y scale), the key naming runs, `legend` (keyentry lines)
/// explaining the line styles (and a band entry where a panel has one),
/// `caption` under the picture.
std::string curve_plot(const std::vector<CurveRun>& runs, const std::vector<CurveSpec>& specs, const std::string& title,
                       const std::string& ylabel, bool errors, const std::string& legend,
                       const std::vector<std::string>& caption, const std::string& stem, const std::string& header) {
  constexpr std::size_t most_per_panel = 6;
  const CurveData d = curve_data(runs, specs, header);
  bool log = false;
  std::ostringstream body;
  body << curve_axes(d, ylabel, errors, log);
  const std::size_t panels = std::max<std::size_t>(1, (runs.size() + most_per_panel - 1) / most_per_panel);
  const std::size_t per_panel = (runs.size() + panels - 1) / panels;  // as even as can be: 10 runs are 5 and 5
  body << "@CAPTION@";
  if (runs.empty()) {
    body << "set title " << quoted(title) << "\nset label 1 'no runs' at graph 0.5, 0.5 center\nunset logscale y\n"
         << "plot [0:1][0:1] NaN notitle\nunset label 1\n";
  } else {
    body << (panels > 1 ? "set multiplot title " : "set title ") << quoted(title) << "\n@KEY@";
    for (std::size_t panel = 0; panel < panels; ++panel) {
      if (panels > 1) body << panel_place(panel, panels, caption.size());
      const std::size_t begin = panel * per_panel;
      panel_plot(body, runs, specs, d, begin, std::min(runs.size(), begin + per_panel), log, legend);
      if (panel == 0)
        for (std::size_t line = 0; line < caption.size(); ++line) body << "unset label " << 90 + line << "\n";
    }
    if (panels > 1) body << "unset multiplot\n";
  }
  return d.text + terminals(stem, body.str(), curve_layout(panels, curve_captions(caption, panels)));
}

std::optional<double> validation_of(const EpochEntry& e) { return e.validation(); }
std::optional<double> train_of(const EpochEntry& e) { return e.train_error; }

/// The value of measure `name` at an epoch, if it has one.
EpochValue measure_of(const std::string& name) {
  return [name](const EpochEntry& e) -> std::optional<double> {
    if (!e.measures) return std::nullopt;
    for (const auto& [key, value] : *e.measures)
      if (key == name) return value;
    return std::nullopt;
  };
}

/// A summary's seed record `entry` (from its "runs") below `folder`, if it
/// names a file there without leaving the folder.
std::optional<std::filesystem::path> seed_record_file(const std::filesystem::path& folder, const std::string& entry) {
  const std::filesystem::path relative = entry;
  if (relative.empty() || relative.is_absolute() || relative.has_root_name()) return std::nullopt;
  for (const auto& part : relative)
    if (part == "..") return std::nullopt;
  const auto file = folder / relative;
  if (!std::filesystem::exists(file)) return std::nullopt;
  return file;
}

}  // namespace

std::vector<CurveRun> curve_runs(const std::vector<std::filesystem::path>& result_files) {
  std::vector<Json> results;
  for (const auto& file : result_files) results.push_back(read_result_file(file));
  return curve_runs(result_files, results);
}

std::vector<CurveRun> curve_runs(const std::vector<std::filesystem::path>& result_files,
                                 const std::vector<Json>& results) {
  std::vector<CurveRun> runs;
  for (std::size_t i = 0; i < result_files.size(); ++i) {
    const std::filesystem::path& file = result_files[i];
    const Json& result = results.at(i);
    CurveRun run;
    if (is_seed_summary(result)) {
      const SeedSummary summary = SeedSummary::from_json(result);
      run.name = summary.name;
      for (const auto& entry : summary.runs)
        if (const auto seed = seed_record_file(file.parent_path(), entry))
          run.seeds.push_back(RunRecord::from_json(read_result_file(*seed)));
    } else {
      RunRecord record = RunRecord::from_json(result);
      run.name = record.name;
      run.seeds.push_back(std::move(record));
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

std::string learning_curves_script(const std::vector<CurveRun>& all, const std::string& title,
                                   const std::string& stem) {
  std::vector<CurveRun> runs;  // those with epochs to draw
  bool several = false;
  for (const auto& r : all) {
    bool any = false;
    for (const auto& seed : r.seeds) any = any || !seed.epochs.empty();
    if (!any) continue;
    runs.push_back(r);
    several = several || r.seeds.size() > 1;
  }
  const std::vector<CurveSpec> specs = {{validation_of, "with linespoints lw 1.5 pt 7", true, true},
                                        {train_of, "with lines dt 2 lw 1", false, false}};
  std::string legend =
      "keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \\\n     "
      "keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'";
  const std::vector<std::string> caption = {
      std::string("solid: validation error at the evaluated epochs") +
          (several ? "; several seeds: their mean, the band from the lowest to the highest" : ""),
      "dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after "
      "training)"};
  const std::string header =
      "# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)\n";
  return curve_plot(runs, specs, title, "error (%)", true, legend, caption, stem, header);
}

std::string curves_script(const std::vector<Json>& results, const std::string& title, const std::string& stem) {
  std::vector<CurveRun> runs;
  for (const auto& r : results) {
    if (is_seed_summary(r)) continue;
    RunRecord record = RunRecord::from_json(r);
    runs.push_back({record.name, {std::move(record)}});
  }
  return learning_curves_script(runs, title, stem);
}

std::string measure_script(const std::vector<CurveRun>& all, const std::string& measure, const std::string& title,
                           const std::string& stem) {
  const EpochValue value = measure_of(measure);
  std::vector<CurveRun> runs, zeros;
  std::set<std::string> known;
  for (const auto& r : all) {
    bool has = false, nonzero = false;
    for (const auto& seed : r.seeds)
      for (const auto& e : seed.epochs) {
        const auto v = value(e);
        has = has || v.has_value();
        nonzero = nonzero || (v && *v != 0.0);
        if (e.measures)
          for (const auto& m : *e.measures) known.insert(m.first);
      }
    if (has) (nonzero ? runs : zeros).push_back(r);
  }
  // A run whose measure is 0 at every epoch carries no curve (records of rules without a loss of their own
  // once wrote such columns): named under the picture, not drawn, unless no run has anything else.
  std::string zero_names;
  if (runs.empty()) runs.swap(zeros);
  for (const auto& r : zeros) zero_names += (zero_names.empty() ? "" : ", ") + plain_text(r.name);
  bool several = false;
  for (const auto& r : runs) several = several || r.seeds.size() > 1;
  if (runs.empty()) {
    std::string names;
    for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
    throw Error("no run here records the measure '" + measure + "'; " +
                (known.empty() ? std::string("these runs record no measures") : "the measures recorded: " + names));
  }
  const std::vector<CurveSpec> specs = {{value, "with linespoints lw 1.5 pt 7", true, true}};
  std::vector<std::string> caption = {
      "the measure " + measure + " of the trainer per epoch" +
      (several ? "; several seeds: their mean, the band from the lowest to the highest" : "")};
  if (!zero_names.empty()) caption.push_back("0 at every epoch, not drawn: " + zero_names);
  const std::string legend;
  return curve_plot(runs, specs, title, measure, false, legend, caption, stem,
                    "# fflab per-epoch measure " + plain_text(measure) + "\n");
}

std::string bars_script(const std::vector<ResultRow>& rows, const std::string& title, const std::string& stem) {
  std::ostringstream s;
  s << "# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one\n"
       "$rows << EOD\n";
  std::vector<double> values;
  bool paper = false, seeds = false;
  for (const auto& r : rows) {
    const std::string label = r.run.substr(r.run.find('/') + 1) + (r.procedure.empty() ? "" : " " + r.procedure) +
                              (r.test.count             ? ""
                               : r.status == "diverged" ? " (diverged)"
                                                        : " (no test error)");
    const double mean = r.test.count ? r.test.mean : NAN, spread = r.test.count > 1 ? r.test.stddev : 0.0;
    s << data_label(label) << " " << number(mean) << " " << number(spread) << " "
      << (r.paper_test ? number(*r.paper_test) : "NaN") << "\n";
    if (r.test.count) {
      values.push_back(mean - spread);
      values.push_back(mean + spread);
    }
    if (r.paper_test) values.push_back(*r.paper_test);
    paper = paper || r.paper_test.has_value();
    seeds = seeds || r.test.count > 1;
  }
  s << "EOD\n";
  std::ostringstream body;
  // A dot per row, the rows down the page with their names upright beside
  // them; the error axis logarithmic or zoomed, so 1.4 and 2.0 % stand apart.
  body << "set title " << quoted(title) << "\nset xlabel 'test error (%)'\nset datafile missing 'NaN'\n"
       << "set yrange [" << number(static_cast<double>(rows.size()) - 0.4) << ":-0.6]\n"  // the first row on top
       << "set ytics scale 0\nset grid xtics\nset border 3\nset xtics nomirror\n";
  value_axis(body, "x", values, 4.0, 0.01, true);
  body << "@KEY@plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title "
       << quoted(seeds ? "fflab (mean; bars: +/- std over seeds)" : "fflab");
  if (paper) body << ", \\\n     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'";
  body << "\n";
  Layout layout;
  layout.wide_key = "set key below horizontal Left reverse width 2 samplen 2\n";
  layout.narrow_key = "set key below horizontal Left reverse width 1 samplen 1.5 font ',5'\n";
  layout.height_px = static_cast<int>(150 + 24 * rows.size());
  layout.width_in = 7.0;  // the text width: the row names are long
  layout.height_in = 0.7 + 0.13 * static_cast<double>(rows.size());
  s << terminals(stem, body.str(), layout);
  return s.str();
}

namespace {

/// Rewrites the creation time cairo stamps into <stem>.pdf (it ignores
/// SOURCE_DATE_EPOCH) as 1970-01-01, in as many bytes, so that drawing the
/// same records again writes the same file.
void fix_pdf_date(const std::filesystem::path& pdf) {
  if (!std::filesystem::is_regular_file(pdf)) return;
  std::ifstream in(pdf, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  const std::string key = "/CreationDate (D:";
  const auto at = bytes.find(key);
  if (at == std::string::npos || at + key.size() + 14 > bytes.size()) return;
  const std::string date = "19700101000000";
  for (std::size_t i = 0; i < date.size(); ++i)
    if (bytes[at + key.size() + i] < '0' || bytes[at + key.size() + i] > '9') return;
  bytes.replace(at + key.size(), date.size(), date);
  write_file_atomically(pdf, bytes);
}

}  // namespace

void render_plot(const std::filesystem::path& dir, const std::string& stem, const std::string& script) {
  write_file_atomically(dir / (stem + ".gp"), script);
  const auto log = dir / (stem + ".log");
  const int status = run_gnuplot(dir, stem + ".gp", log);
  if (status == gnuplot_missing)
    throw Error("cannot plot " + (dir / (stem + ".gp")).string() +
                ": gnuplot is not installed (apt-get install gnuplot-nox)");
  if (status != 0)
    throw Error("gnuplot failed on " + (dir / (stem + ".gp")).string() + " (see " + log.string() + ")");
  std::filesystem::remove(log);
  fix_pdf_date(dir / (stem + ".pdf"));
}

}  // namespace fflab
