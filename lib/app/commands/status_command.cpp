// fflab status: where every run below a results folder stands.
#include <cstdio>
#include <string>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/experiment/run_status.hpp"

namespace fflab::app {
namespace {

/// What `fflab status` is told on the command line.
struct StatusCommandOptions {
  std::string results_dir = "results";
};

/// Prints one line per run below the results folder: epochs done, last errors.
class StatusCommand final : public Command {
 public:
  int run() override {
    const auto runs = run_statuses(options_.results_dir);
    if (runs.empty()) std::printf("no runs below %s\n", options_.results_dir.c_str());
    for (const auto& s : runs) std::printf("%s\n", status_line(s).c_str());
    return exit_code::ok;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("status", "where every run below a results folder stands: epochs done, last errors");
    sub->add_option("results", options_.results_dir, "results folder (run-pinned.sh runs: ~/.cache/fflab/runs)");
    return sub;
  }

  StatusCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_status_command() { return std::make_unique<StatusCommand>(); }

}  // namespace fflab::app
