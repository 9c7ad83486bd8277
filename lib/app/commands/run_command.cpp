// fflab run: validate a manifest, train, evaluate and write its record.
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include "commands/commands.hpp"
#include "console_observer.hpp"
#include "exit_codes.hpp"
#include "interrupt.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/runner.hpp"

namespace fflab::app {
namespace {

/// What `fflab run` is told on the command line.
struct RunCommandOptions {
  std::string manifest_file;
  std::string results_dir = "results";
  bool restart = false;
};

/// Refuses, before a run starts, a --results under which the run's folder
/// cannot be made: the nearest existing path on the way to it is a file.
void check_run_folder(const std::filesystem::path& run_dir) {
  for (std::filesystem::path p = run_dir; !p.empty(); p = p.parent_path()) {
    std::error_code ec;
    const auto status = std::filesystem::status(p, ec);  // not found (or ENOTDIR): look further up
    if (std::filesystem::exists(status)) {
      if (!std::filesystem::is_directory(status))
        throw DataError(p.string(), -1, "is a file, not a folder, on the way to the run's folder " + run_dir.string() +
                                            "; give --results a folder (made if missing) or move the file away");
      return;
    }
    if (p == p.parent_path()) return;
  }
}

/// Prints the study's test error and where its results went, or, when no
/// seed completed, says so; returns the exit code.
int report_result(const Json& result, const std::string& manifest_file, const std::string& where) {
  if (!result.contains("final") || !result["final"].contains("test_error")) {
    std::fprintf(stderr, "fflab: %s: no seed completed (status %s); results: %s\n", manifest_file.c_str(),
                 result.value("status", "?").c_str(), where.c_str());
    return exit_code::no_seed_completed;
  }
  const Json& test = result["final"]["test_error"];
  if (test.is_object())
    std::printf("test error %.2f%% ± %.2f over %zu of %zu seeds (%s)%s, results: %s\n",
                test["mean"].get<double>(), test["std"].get<double>(), test["count"].get<std::size_t>(),
                result["seeds"].size(), result["final"]["procedure"].get<std::string>().c_str(),
                result["status"] == "completed" ? "" : " [some seeds did not complete]", where.c_str());
  else
    std::printf("test error %.2f%% (%s), record: %s/%s\n", test.get<double>(),
                result["final"]["procedure"].get<std::string>().c_str(), where.c_str(), kRecordFile);
  return exit_code::ok;
}

/// Trains the manifest's study (resuming or reusing what is there unless
/// --restart), showing progress on stdout.
class RunCommand final : public Command {
 public:
  int run() override {
    const Json manifest = load_manifest(options_.manifest_file);
    check_run_folder(record_path(manifest, options_.results_dir).parent_path());
    ConsoleObserver console;
    StopOnSignal observer(console);
    RunOptions run_options;
    run_options.results_dir = options_.results_dir;
    run_options.observer = &observer;
    run_options.restart = options_.restart;
    const InterruptGuard guard;
    Json result;
    try {
      result = run_study(manifest, run_options);
    } catch (const Interrupted& e) {
      std::fflush(stdout);
      std::fprintf(stderr, "%s\n", interrupted_message(e, options_.manifest_file).c_str());
      return 128 + e.signal;
    }
    const std::string where = record_path(manifest, options_.results_dir).parent_path().string();
    return report_result(result, options_.manifest_file, where);
  }

  const std::string& manifest_file() const override { return options_.manifest_file; }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("run", "validate a manifest, train, evaluate and write its record");
    sub->add_option("manifest", options_.manifest_file, "manifest JSON file")->required();
    sub->add_option("--results", options_.results_dir, "results folder (record goes to <results>/<study>/<name>/)");
    sub->add_flag("--restart", options_.restart, "train afresh: discard the run's checkpoint instead of resuming from it, and train a completed run again instead of reusing its record");
    return sub;
  }

  RunCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_run_command() { return std::make_unique<RunCommand>(); }

}  // namespace fflab::app
