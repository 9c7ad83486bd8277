// fflab run: validate manifests, train, evaluate and write their records; in
// a job of several ranks (mpirun -n N fflab run a.json b.json ...) the runs
// and seeds are spread over the ranks (sweep.hpp).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "commands/commands.hpp"
#include "console_observer.hpp"
#include "exit_codes.hpp"
#include "interrupt.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/sweep.hpp"

namespace fflab::app {
namespace {

/// What `fflab run` is told on the command line.
struct RunCommandOptions {
  std::vector<std::string> manifest_files;
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
    if (!result.contains("seeds")) {  // a single run of a sweep that diverged
      std::fprintf(stderr, "fflab: %s: %s; record: %s/%s\n", manifest_file.c_str(),
                   result.value("error", "did not complete").c_str(), where.c_str(), kRecordFile);
      return exit_code::failed;
    }
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

/// Trains the manifests' studies (resuming or reusing what is there unless
/// --restart), showing progress on stdout; one manifest in one process as
/// run_study, several (or any under mpirun) as a sweep.
class RunCommand final : public Command {
 public:
  int run() override {
    std::vector<Json> manifests;
    for (const auto& file : options_.manifest_files) {
      current_ = file;
      manifests.push_back(load_manifest(file));
      check_run_folder(record_path(manifests.back(), options_.results_dir).parent_path());
    }
    Communicator& ranks = world();
    ConsoleObserver console(ranks.size() > 1 ? "[rank " + std::to_string(ranks.rank()) + "] " : "");
    StopOnSignal observer(console);
    RunOptions run_options;
    run_options.results_dir = options_.results_dir;
    run_options.observer = &observer;
    run_options.restart = options_.restart;
    const InterruptGuard guard;
    std::vector<Json> results;
    try {
      if (manifests.size() == 1 && ranks.size() == 1)
        results.push_back(run_study(manifests.front(), run_options));
      else
        results = run_sweep(manifests, run_options, ranks);
    } catch (const Interrupted& e) {
      std::fflush(stdout);
      std::fprintf(stderr, "%s\n", interrupted_message(e, current_).c_str());
      if (ranks.size() > 1) ranks.abort(128 + e.signal);  // the other ranks would wait for this one
      return 128 + e.signal;
    }
    if (ranks.rank() != 0) return exit_code::ok;
    int status = exit_code::ok;
    for (std::size_t i = 0; i < results.size(); ++i) {
      const std::string where = record_path(manifests[i], options_.results_dir).parent_path().string();
      status = std::max(status, report_result(results[i], options_.manifest_files[i], where));
    }
    return status;
  }

  const std::string& manifest_file() const override { return current_; }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("run", "validate manifests, train, evaluate and write their records "
                                          "(under mpirun: runs and seeds spread over the ranks)");
    sub->add_option("manifests", options_.manifest_files, "manifest JSON files, run in turn (or over the ranks)")
        ->required();
    sub->add_option("--results", options_.results_dir, "results folder (record goes to <results>/<study>/<name>/)");
    sub->add_flag("--restart", options_.restart, "train afresh: discard the run's checkpoint instead of resuming from it, and train a completed run again instead of reusing its record");
    return sub;
  }

  RunCommandOptions options_;
  std::string current_;  ///< the manifest being read or run, for a failure's message
};

}  // namespace

std::unique_ptr<Command> make_run_command() { return std::make_unique<RunCommand>(); }

}  // namespace fflab::app
