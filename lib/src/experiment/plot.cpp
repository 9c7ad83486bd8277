#include "fflab/experiment/plot.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/report_baselines.hpp"
#include "fflab/experiment/results_layout.hpp"
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

std::string terminals(const std::string& stem, int height = 560) {
  const std::string size = "900," + std::to_string(height);
  return "set terminal svg size " + size + " dynamic font 'Helvetica,12'\nset output '" + stem + ".svg'\nreplot\n" +
         "set terminal pngcairo size " + size + " font 'Helvetica,10'\nset output '" + stem + ".png'\nreplot\n" +
         "unset output\n";
}

/// Results with per-epoch curves (seed summaries have none of their own).
std::vector<RunRecord> curve_records(const std::vector<Json>& results) {
  std::vector<RunRecord> out;
  for (const auto& r : results) {
    RunRecord record = RunRecord::from_json(r);
    if (!record.epochs.empty()) out.push_back(std::move(record));
  }
  return out;
}

}  // namespace

std::string curves_script(const std::vector<Json>& results, const std::string& title, const std::string& stem) {
  const auto records = curve_records(results);
  std::ostringstream s;
  s << "# fflab learning curves: running train error (dashed) and test error (solid) per epoch\n";
  for (std::size_t i = 0; i < records.size(); ++i) {
    s << "$run" << i << " << EOD\n";
    for (const auto& e : records[i].epochs) {
      s << static_cast<int>(e.epoch) << " " << e.train_error.value_or(0.0) << " ";
      if (e.test_error && *e.test_error) s << **e.test_error;
      else s << "NaN";
      s << "\n";
    }
    s << "EOD\n";
  }
  std::size_t max_epochs = 0;
  for (const auto& r : records) max_epochs = std::max(max_epochs, r.epochs.size());
  s << "set title " << quoted(title) << "\nset xlabel 'epoch'\nset ylabel 'error (%)'\nset logscale y\n"
    << "set grid\nset key outside right top\nset datafile missing 'NaN'\n";
  if (max_epochs > 0 && max_epochs <= 20) s << "set xtics 1\n";  // whole epochs only
  if (records.empty()) {
    s << "set label 'no runs' at graph 0.5, 0.5 center\nunset logscale y\nplot [0:1][0:1] NaN notitle\n";
  } else {
    s << "plot ";
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string name = records[i].name.empty() ? "run" : records[i].name;
      if (i) s << ", \\\n     ";
      s << "$run" << i << " using 1:3 with linespoints lc " << i + 1 << " pt 7 ps 0.5 title " << quoted(name + " test")
        << ", $run" << i << " using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc " << i + 1 << " title " << quoted(name + " train");
    }
    s << "\n";
  }
  s << terminals(stem);
  return s.str();
}

std::string bars_script(const std::vector<ResultRow>& rows, const std::string& title, const std::string& stem) {
  std::ostringstream s;
  s << "# fflab final test errors: ours (with standard deviation over seeds) and the paper's\n$rows << EOD\n";
  for (const auto& r : rows) {
    const std::string label = r.run.substr(r.run.find('/') + 1) + (r.procedure.empty() ? "" : " " + r.procedure);
    s << data_label(label) << " " << (r.test.count ? r.test.mean : 0.0) << " " << r.test.stddev << " "
      << (r.paper_test ? *r.paper_test : 0.0) << "\n";
  }
  s << "EOD\n";
  // Run labels stand upright, ending at their bar: slanted ones ran past the
  // right edge of the picture once a study had long run names.
  s << "set title " << quoted(title) << "\nset ylabel 'test error (%)'\nset style data histogram\n"
    << "set style histogram errorbars gap 1 lw 1\nset style fill solid 0.6 border -1\nset boxwidth 0.9\n"
    << "set xtics rotate by 90 right\nset grid ytics\nset yrange [0:*]\nset key outside right top\n"
    << "plot $rows using 2:3:xtic(1) title 'fflab', '' using 4:(0) title 'paper'\n";
  s << terminals(stem, 760);  // taller: the upright labels take the bottom third
  return s.str();
}

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
}

std::vector<std::filesystem::path> write_reports(const std::filesystem::path& results_dir, bool plots) {
  std::vector<std::filesystem::path> written;
  if (std::filesystem::exists(results_dir) && !std::filesystem::is_directory(results_dir))
    throw DataError(results_dir.string(), -1, "is a file, not a results folder; name the folder that holds the studies");
  if (!std::filesystem::is_directory(results_dir))
    throw DataError(results_dir.string(), -1, "no such results folder");
  // A study, run or seed folder given instead of the results folder: its
  // sub-folders would be taken for studies and get tables and plots of their own.
  if (is_run_folder(results_dir))
    throw DataError(results_dir.string(), -1,
                    std::string(is_seed_folder(results_dir) ? "is a seed's folder of a several-seed run"
                                                            : "is a run's folder") +
                        " (it holds a record), not a results folder; name the folder that holds the studies, e.g. " +
                        results_folder_above(results_dir).string());
  if (is_study_folder(results_dir))
    throw DataError(results_dir.string(), -1, "is a study's folder (it holds runs' records), not a results folder; "
                                              "name the folder that holds the studies, e.g. " +
                                                  results_folder_above(results_dir).string());
  bool reported = false;
  for (const auto& entry : std::filesystem::directory_iterator(results_dir)) {
    // A study folder without records yet (its runs in progress) has no report.
    if (!entry.is_directory() || !holds_results(entry.path())) continue;
    reported = true;
    auto results = collect_results({entry.path()});
    auto baselines = baseline_results(results_dir, entry.path());
    results.insert(results.begin(), std::make_move_iterator(baselines.begin()), std::make_move_iterator(baselines.end()));
    const auto rows = result_rows(results);
    const std::string study = entry.path().filename().string();
    const std::pair<const char*, std::string> tables[] = {
        {"table.md", markdown_table(rows)}, {"table.tex", latex_table(rows)}, {"table.csv", csv_table(rows)}};
    for (const auto& [name, text] : tables) {
      write_file_atomically(entry.path() / name, text);
      written.push_back(entry.path() / name);
    }
    if (!plots) continue;
    render_plot(entry.path(), "curves", curves_script(results, study + ": learning curves", "curves"));
    render_plot(entry.path(), "errors", bars_script(rows, study + ": test error", "errors"));
    for (const char* f : {"curves.gp", "curves.svg", "curves.png", "errors.gp", "errors.svg", "errors.png"})
      written.push_back(entry.path() / f);
  }
  if (!reported)
    throw DataError(results_dir.string(), -1,
                    "no study folder here holds a " + RunFolder::result_file_names() +
                        ": nothing to report; name the folder "
                    "fflab run wrote to (--results, default: results)");
  return written;
}

}  // namespace fflab
