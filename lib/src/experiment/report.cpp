#include "fflab/experiment/report.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "fflab/core/errors.hpp"
#include "fflab/core/text_file.hpp"
#include "fflab/experiment/html_report.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/report_baselines.hpp"
#include "fflab/experiment/results_layout.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab {

namespace {

/// A figure larger than this is not put into a page (gnuplot draws a few hundred KiB).
constexpr std::size_t kMaxFigureBytes = std::size_t{64} << 20;

/// DataError unless results_dir is a folder that holds studies (not a
/// study, run or seed folder, whose sub-folders would be taken for studies).
void check_results_folder(const std::filesystem::path& results_dir) {
  if (std::filesystem::exists(results_dir) && !std::filesystem::is_directory(results_dir))
    throw DataError(results_dir.string(), -1,
                    "is a file, not a results folder; name the folder that holds the studies");
  if (!std::filesystem::is_directory(results_dir)) throw DataError(results_dir.string(), -1, "no such results folder");
  if (is_run_folder(results_dir))
    throw DataError(
        results_dir.string(), -1,
        std::string(is_seed_folder(results_dir) ? "is a seed's folder of a several-seed run" : "is a run's folder") +
            " (it holds a record), not a results folder; name the folder that holds the studies, e.g. " +
            results_folder_above(results_dir).string());
  if (is_study_folder(results_dir))
    throw DataError(results_dir.string(), -1,
                    "is a study's folder (it holds runs' records), not a results folder; "
                    "name the folder that holds the studies, e.g. " +
                        results_folder_above(results_dir).string());
}

/// A study's result files (its baselines first) and their contents, each read once.
struct StudyResults {
  std::string study;
  std::vector<std::filesystem::path> files;
  std::vector<Json> results;
};

StudyResults read_study(const std::filesystem::path& results_dir, const std::filesystem::path& folder) {
  StudyResults s{folder.filename().string(), baseline_files(results_dir, folder), {}};
  const auto own = collect_result_files({folder});
  s.files.insert(s.files.end(), own.begin(), own.end());
  for (const auto& f : s.files) s.results.push_back(read_result_file(f));
  return s;
}

/// The study's page, with the figures render_plot drew in its folder.
std::string page_of(const std::filesystem::path& folder, const StudyResults& s, const std::vector<ResultRow>& rows,
                    const std::vector<CurveRun>& runs, bool plots) {
  HtmlStudy page{s.study, rows, {}, {}};
  for (std::size_t i = 0; i < s.files.size(); ++i)
    page.runs.push_back({s.results[i].value("study", "") + "/" + s.results[i].value("name", ""), runs[i],
                         std::filesystem::relative(s.files[i], folder).generic_string()});
  if (plots) {
    page.figures.push_back({"Learning curves: validation error (solid) and running train error (dashed) per epoch",
                            read_text_file(folder / "curves.svg", kMaxFigureBytes)});
    page.figures.push_back({"Test error after training (mean over seeds, bars: one standard deviation; open "
                            "circle: the paper's number)",
                            read_text_file(folder / "errors.svg", kMaxFigureBytes)});
  }
  return study_page(page);
}

/// Writes one study's tables, plots and page; returns the files written.
std::vector<std::filesystem::path> report_study(const std::filesystem::path& results_dir,
                                                const std::filesystem::path& folder, const ReportOptions& options,
                                                std::size_t& row_count) {
  std::vector<std::filesystem::path> written;
  const StudyResults s = read_study(results_dir, folder);
  const auto rows = result_rows(s.results);
  row_count = rows.size();
  const std::pair<const char*, std::string> tables[] = {
      {"table.md", markdown_table(rows)}, {"table.tex", latex_table(rows)}, {"table.csv", csv_table(rows)}};
  for (const auto& [name, text] : tables) {
    write_file_atomically(folder / name, text);
    written.push_back(folder / name);
  }
  const auto runs = curve_runs(s.files, s.results);
  if (options.plots) {
    render_plot(folder, "curves", learning_curves_script(runs, s.study + ": learning curves", "curves"));
    render_plot(folder, "errors", bars_script(rows, s.study + ": test error", "errors"));
    for (const char* f :
         {"curves.gp", "curves.svg", "curves.png", "curves.pdf", "errors.gp", "errors.svg", "errors.png", "errors.pdf"})
      written.push_back(folder / f);
  }
  if (options.html) {
    write_file_atomically(folder / "index.html", page_of(folder, s, rows, runs, options.plots));
    written.push_back(folder / "index.html");
  }
  return written;
}

}  // namespace

std::vector<std::filesystem::path> write_reports(const std::filesystem::path& results_dir,
                                                 const ReportOptions& options) {
  check_results_folder(results_dir);
  std::vector<std::filesystem::path> written;
  std::vector<HtmlStudyLink> links;
  for (const auto& entry : std::filesystem::directory_iterator(results_dir)) {
    // A study folder without records yet (its runs in progress) has no report.
    if (!entry.is_directory() || !holds_results(entry.path())) continue;
    std::size_t rows = 0;
    const auto files = report_study(results_dir, entry.path(), options, rows);
    written.insert(written.end(), files.begin(), files.end());
    const std::string study = entry.path().filename().string();
    links.push_back({study, study + "/index.html", rows});
  }
  if (links.empty())
    throw DataError(results_dir.string(), -1,
                    "no study folder here holds a " + RunFolder::result_file_names() +
                        ": nothing to report; name the folder "
                        "fflab run wrote to (--results, default: results)");
  if (options.html) {
    std::sort(links.begin(), links.end(), [](const auto& a, const auto& b) { return a.study < b.study; });
    write_file_atomically(results_dir / "index.html", results_index_page(links));
    written.push_back(results_dir / "index.html");
  }
  return written;
}

}  // namespace fflab
