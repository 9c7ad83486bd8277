#pragma once
// Plots through gnuplot: learning curves (train and test error per epoch of
// every run, on the same axes) and error bars (final test error per row, with
// the paper's number beside ours). Each plot is written as a gnuplot script
// with its data inline (<stem>.gp) and rendered to <stem>.svg and <stem>.png.
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab {

/// The gnuplot script of the learning curves of these results (records or seed summaries).
std::string curves_script(const std::vector<Json>& results, const std::string& title, const std::string& stem);
/// The gnuplot script of the final test errors of these rows.
std::string bars_script(const std::vector<ResultRow>& rows, const std::string& title, const std::string& stem);
/// Writes <dir>/<stem>.gp and runs gnuplot in <dir>. Throws Error when gnuplot fails or is missing.
void render_plot(const std::filesystem::path& dir, const std::string& stem, const std::string& script);

/// Regenerates table.{md,tex,csv}, curves.{gp,svg,png} and errors.{gp,svg,png}
/// in every study folder under results_dir (a folder with records below it),
/// with the baseline runs its baselines.json names first (report_baselines.hpp).
/// Returns the files written. DataError when results_dir is not a folder or
/// none of its study folders holds a record.json or summary.json.
std::vector<std::filesystem::path> write_reports(const std::filesystem::path& results_dir, bool plots = true);

}  // namespace fflab
