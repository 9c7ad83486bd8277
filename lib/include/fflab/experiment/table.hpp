#pragma once
// Result tables: one row per (run, classification procedure), our errors
// beside the paper's. A run is a record.json, or a summary.json of several
// seeds (then cells read mean ± std). Markdown, LaTeX and CSV.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab {

/// Reads every summary.json and record.json under each path (a file, or a
/// folder searched recursively; records of a folder that has a summary.json
/// are represented by that summary). Sorted by path. DataError on bad files,
/// and on a folder that holds neither.
std::vector<Json> collect_results(const std::vector<std::filesystem::path>& paths);
/// The files collect_results reads, in its order (checked the same way, not yet read).
std::vector<std::filesystem::path> collect_result_files(const std::vector<std::filesystem::path>& paths);

/// Whether a record.json or summary.json lies anywhere below `folder`.
bool holds_results(const std::filesystem::path& folder);

/// An error statistic over one or more seeds, in percent.
struct ErrorStat {
  std::size_t count = 0;  // 0 = not measured
  double mean = 0.0, stddev = 0.0;
};

struct ResultRow {
  std::string run;        // study/name
  std::string dataset, trainer, procedure;
  std::string budget;     // "20 epochs", "1 epoch, 5000 train rows", ...
  std::string status;     // completed, diverged, ...
  std::string shortened;  // the manifest's note when the budget is smaller than the paper's
  std::size_t seeds = 1;
  ErrorStat train, validation, test;
  std::optional<double> paper_train, paper_test;
  std::string paper_row;
};

/// A table's cell: the mean to two decimals, "mean<plus_minus>std" over
/// several seeds, "–" when not measured.
std::string error_cell(const ErrorStat& s, const std::string& plus_minus);
/// A paper number's cell: two decimals, or "–".
std::string error_cell(const std::optional<double>& v);

/// The "run: note" lines of the rows whose budget is shortened, each once,
/// in row order (the notes under a table).
std::vector<std::string> shortened_notes(const std::vector<ResultRow>& rows);

std::vector<ResultRow> result_rows(const std::vector<Json>& results);
std::string markdown_table(const std::vector<ResultRow>& rows);
std::string latex_table(const std::vector<ResultRow>& rows);
std::string csv_table(const std::vector<ResultRow>& rows);

}  // namespace fflab
