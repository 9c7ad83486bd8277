// fflab plot: learning curves and test-error bars, drawn by gnuplot.
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab::app {
namespace {

/// What `fflab plot` is told on the command line.
struct PlotCommandOptions {
  std::vector<std::string> inputs;
  std::string output_dir = ".";
  std::string title = "fflab";
};

/// Makes the --output folder if missing; refuses a file there.
void make_output_folder(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::exists(dir) && !std::filesystem::is_directory(dir))
    throw Error("--output " + dir + " is a file; --output names a folder (made if missing) for curves.* and errors.*");
  if (!std::filesystem::create_directories(dir, ec) && ec)
    throw Error("--output " + dir + ": cannot make the folder (" + ec.message() + ")");
}

/// Draws the records found below the inputs into <output>/curves.{svg,png}
/// and <output>/errors.{svg,png}.
class PlotCommand final : public Command {
 public:
  int run() override {
    std::vector<std::filesystem::path> paths(options_.inputs.begin(), options_.inputs.end());
    const auto results = collect_results(paths);
    const std::string& dir = options_.output_dir;
    make_output_folder(dir);
    render_plot(dir, "curves", curves_script(results, options_.title + ": learning curves", "curves"));
    render_plot(dir, "errors", bars_script(result_rows(results), options_.title + ": test error", "errors"));
    std::printf("wrote %s/curves.{svg,png} and %s/errors.{svg,png}\n", dir.c_str(), dir.c_str());
    return exit_code::ok;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("plot", "draw learning curves and test-error bars (gnuplot: svg and png)");
    sub->add_option("records", options_.inputs, "record/summary files or folders")->required();
    sub->add_option("--output", options_.output_dir, "folder for curves.* and errors.*");
    sub->add_option("--title", options_.title, "title prefix");
    return sub;
  }

  PlotCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_plot_command() { return std::make_unique<PlotCommand>(); }

}  // namespace fflab::app
