// fflab report: regenerate every table and plot (and, with --html, every
// study's page) under a results folder.
#include <cstdio>
#include <string>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/experiment/report.hpp"

namespace fflab::app {
namespace {

/// What `fflab report` is told on the command line.
struct ReportCommandOptions {
  std::string results_dir = "results";
  bool no_plots = false;
  bool html = false;
};

/// Writes the tables (and, unless --no-plots, the plots) of every study
/// below the results folder, naming each file written.
class ReportCommand final : public Command {
 public:
  int run() override {
    for (const auto& f : write_reports(options_.results_dir, {.plots = !options_.no_plots, .html = options_.html}))
      std::printf("wrote %s\n", f.string().c_str());
    return exit_code::ok;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("report", "regenerate every table and plot under a results folder");
    sub->add_option("results", options_.results_dir, "results folder (default: results)");
    sub->add_flag("--no-plots", options_.no_plots, "tables only (with --html: pages without plots)");
    sub->add_flag("--html", options_.html,
                  "also write a self-contained index.html per study (tables, plots, every run's manifest, "
                  "budget, machine and commit) and one of the studies in the results folder");
    return sub;
  }

  ReportCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

}  // namespace fflab::app
