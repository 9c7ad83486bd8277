#pragma once
// Plots through gnuplot, each written as a gnuplot script with its data
// inline (<stem>.gp) and rendered to <stem>.svg, <stem>.png and <stem>.pdf
// (the PDF of one panel of curves at a paper's column width, 3.5 in; a grid
// of panels and the test errors, whose row names are long, at the text
// width, 7 in; no caption lines in a PDF: the paper has its own):
//  - learning curves: per run, the validation error at its evaluated epochs
//    (solid) and the running train error (dashed: the mean over each epoch's
//    training batches, dropout on; the table's train error is measured after
//    training). A several-seed run draws the mean over its seeds with a band
//    from the lowest to the highest seed. Never the test error. A logarithmic
//    y axis when the errors span a wide range; more than 6 runs are drawn as
//    a grid of panels of up to 6 runs each, on one y scale;
//  - test errors: a dot per row (mean over seeds, bars +/- one standard
//    deviation), the paper's number as an open circle only where there is
//    one; a logarithmic axis when the errors span a wide range, else one
//    zoomed to them;
//  - a trainer's per-epoch measure (e.g. block0.loss), drawn as the curves are.
// Every name that reaches a script is inert text there (plot.cpp).
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/experiment/run_record.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab {

/// One run's per-epoch history: a single record, or the records of every
/// seed of a several-seed run.
struct CurveRun {
  std::string name;
  std::vector<RunRecord> seeds;
};

/// The runs of these record and summary files (collect_result_files), in
/// order: a record is a run of one seed; a summary stands for the seed
/// records it lists ("runs", relative to its folder; an entry that leaves
/// the folder or names no file is left out). DataError on a bad seed record.
std::vector<CurveRun> curve_runs(const std::vector<std::filesystem::path>& result_files);
/// The same, from the files' contents already read (results[i] of
/// result_files[i]): each file is read once.
std::vector<CurveRun> curve_runs(const std::vector<std::filesystem::path>& result_files,
                                 const std::vector<Json>& results);

/// The gnuplot script of the learning curves of these runs.
std::string learning_curves_script(const std::vector<CurveRun>& runs, const std::string& title, const std::string& stem);
/// The same for results read already: each record is a run of one seed (a
/// seed summary, without its seeds' records, draws nothing).
std::string curves_script(const std::vector<Json>& results, const std::string& title, const std::string& stem);
/// The gnuplot script of the trainer's per-epoch measure `measure` of these
/// runs (runs without it are left out). Error naming the measures there are
/// when no run has it.
std::string measure_script(const std::vector<CurveRun>& runs, const std::string& measure, const std::string& title,
                           const std::string& stem);
/// The gnuplot script of the final test errors of these rows.
std::string bars_script(const std::vector<ResultRow>& rows, const std::string& title, const std::string& stem);
/// Writes <dir>/<stem>.gp and runs gnuplot in <dir>; the PDF gets a fixed creation date, so the same
/// records draw the same bytes. Throws Error when gnuplot fails or is missing.
void render_plot(const std::filesystem::path& dir, const std::string& stem, const std::string& script);

}  // namespace fflab
