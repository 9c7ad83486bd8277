#pragma once
// fflab report: every study folder's tables, plots and (on request) HTML page,
// regenerated from the records below a results folder.
#include <filesystem>
#include <vector>

namespace fflab {

/// What write_reports writes beside each study's tables.
struct ReportOptions {
  bool plots = true;  ///< curves.* and errors.* (needs gnuplot)
  bool html = false;  ///< index.html per study and results_dir/index.html
};

/// Regenerates table.{md,tex,csv}, curves.{gp,svg,png,pdf} and
/// errors.{gp,svg,png,pdf} in every study folder under results_dir (a folder
/// with records below it), with the baseline runs its baselines.json names
/// first (report_baselines.hpp); with options.html also each study's
/// self-contained index.html (html_report.hpp) and an index.html of the
/// studies in results_dir. Returns the files written, in that order per
/// study, the results' index last. DataError when results_dir is not a
/// folder or none of its study folders holds a record.json or summary.json.
std::vector<std::filesystem::path> write_reports(const std::filesystem::path& results_dir,
                                                 const ReportOptions& options = {});

}  // namespace fflab
