// fflab plot: learning curves, test errors and trainer measures, drawn by gnuplot.
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab::app {
namespace {

/// What `fflab plot` is told on the command line.
struct PlotCommandOptions {
  std::vector<std::string> inputs;
  std::string output_dir = ".";
  std::string title = "fflab";
  std::vector<std::string> measures;
};

/// The file stem of a measure's plot: measure-<name>, each character of the
/// name other than a letter, digit, '.' or '-' written '_'.
std::string measure_stem(const std::string& measure) {
  std::string stem = "measure-";
  for (const char c : measure) {
    const bool keep =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    stem += keep ? c : '_';
  }
  return stem;
}

/// Makes the --output folder if missing; refuses a file there.
void make_output_folder(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::exists(dir) && !std::filesystem::is_directory(dir))
    throw Error("--output " + dir + " is a file; --output names a folder (made if missing) for curves.* and errors.*");
  if (!std::filesystem::create_directories(dir, ec) && ec)
    throw Error("--output " + dir + ": cannot make the folder (" + ec.message() + ")");
}

/// Draws the records found below the inputs into <output>/curves.{svg,png,pdf},
/// <output>/errors.{svg,png,pdf} and <output>/measure-NAME.{svg,png,pdf} per --measure.
class PlotCommand final : public Command {
 public:
  int run() override {
    std::vector<std::filesystem::path> paths(options_.inputs.begin(), options_.inputs.end());
    const auto files = collect_result_files(paths);
    std::vector<Json> results;
    for (const auto& f : files) results.push_back(read_result_file(f));
    const auto runs = curve_runs(files, results);
    // The measures' scripts first: a measure no run records is refused before anything is written.
    std::vector<std::pair<std::string, std::string>> measures;  // stem, script
    for (const auto& m : options_.measures) {
      const std::string stem = measure_stem(m);
      measures.emplace_back(stem, measure_script(runs, m, options_.title + ": " + m, stem));
    }
    const std::string& dir = options_.output_dir;
    make_output_folder(dir);
    render_plot(dir, "curves", learning_curves_script(runs, options_.title + ": learning curves", "curves"));
    render_plot(dir, "errors", bars_script(result_rows(results), options_.title + ": test error", "errors"));
    std::printf("wrote %s/curves.{svg,png,pdf} and %s/errors.{svg,png,pdf}\n", dir.c_str(), dir.c_str());
    for (const auto& [stem, script] : measures) {
      render_plot(dir, stem, script);
      std::printf("wrote %s/%s.{svg,png,pdf}\n", dir.c_str(), stem.c_str());
    }
    return exit_code::ok;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand(
        "plot",
        "draw learning curves and test errors (gnuplot: svg, png and a 3.5 in wide pdf). curves.*: validation error "
        "at evaluated epochs (solid) and the running train error (dashed: mean over the epoch's batches, dropout on), "
        "never the test error; a several-seed run is its mean over seeds with a min-max band; more than 6 runs make a "
        "grid of panels. errors.*: a dot per run with +/- std over seeds, the paper's number where there is one");
    sub->add_option("records", options_.inputs, "record/summary files or folders")->required();
    sub->add_option("--output", options_.output_dir, "folder for curves.*, errors.* and measure-*.*");
    sub->add_option("--title", options_.title, "title prefix");
    sub->add_option("--measure", options_.measures,
                    "also draw this per-epoch measure of the records (e.g. block0.loss, softmax_head.loss) into "
                    "measure-NAME.{svg,png,pdf}; repeatable")
        ->allow_extra_args(false);  // one name each: the records follow
    return sub;
  }

  PlotCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_plot_command() { return std::make_unique<PlotCommand>(); }

}  // namespace fflab::app
