// fflab: the command line. run, evaluate, validate, list, table, plot, report, status.
// Errors print one line and exit non-zero.
#include <unistd.h>

#include <chrono>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/strings.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/experiment/evaluate_model.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/plugins.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/registries.hpp"
#include "fflab/experiment/reference.hpp"
#include "fflab/experiment/run_status.hpp"
#include "fflab/experiment/table.hpp"
#include "fflab/experiment/time_to_go.hpp"

namespace {

using namespace fflab;

std::string format_seconds(double s) {
  char buffer[32];
  if (s >= 3600) std::snprintf(buffer, sizeof buffer, "%dh%02dm", static_cast<int>(s / 3600), static_cast<int>(s / 60) % 60);
  else if (s >= 60) std::snprintf(buffer, sizeof buffer, "%dm%02ds", static_cast<int>(s / 60), static_cast<int>(s) % 60);
  else std::snprintf(buffer, sizeof buffer, "%.0fs", s);
  return buffer;
}

/// Prints progress: a live line on a terminal, plain lines at most every 10 s otherwise.
class ConsoleObserver : public RunObserver {
 public:
  ConsoleObserver() : tty_(isatty(STDOUT_FILENO) != 0) {}

  void on_start(const Json& r) override {
    std::printf("run %s/%s: %s, %s train / %s validation / %s test, %s parameters, %d threads\n",
                r["study"].get<std::string>().c_str(), r["name"].get<std::string>().c_str(),
                r["dataset"]["source"].get<std::string>().c_str(),
                r["dataset"]["train"].dump().c_str(), r["dataset"]["validation"].dump().c_str(),
                r["dataset"]["test"].dump().c_str(), r["network"]["parameters"].dump().c_str(),
                r["threads"].get<int>());
    std::fflush(stdout);
    // A resumed run's earlier epochs time the ones to go from its first batch on.
    if (r.contains("epochs")) time_to_go_.epochs_recorded(r["epochs"]);
  }

  void on_batch(const BatchProgress& p) override {
    const auto now = std::chrono::steady_clock::now();
    const double since = std::chrono::duration<double>(now - last_).count();
    if (since < (tty_ ? 0.25 : 10.0) && p.batch != p.batches) return;
    last_ = now;
    const double rate = p.seconds > 0 ? static_cast<double>(p.examples) / p.seconds : 0.0;
    const double eta = time_to_go_.seconds_left(p);
    char line[200];
    std::snprintf(line, sizeof line, "epoch %zu/%zu  batch %zu/%zu  %.0f ex/s  loss %.4f  ETA %s",
                  p.epoch + 1, p.epochs, p.batch, p.batches, rate, p.running_loss, format_seconds(eta).c_str());
    if (tty_) std::printf("\r%-90s", line);
    else std::printf("%s\n", line);
    std::fflush(stdout);
  }

  void on_message(const std::string& message) override {
    std::printf("%s\n", message.c_str());
    std::fflush(stdout);
  }

  void on_epoch(const Json& e) override {
    time_to_go_.epoch_done(e["seconds"].get<double>(), e.value("evaluation_seconds", 0.0));
    if (tty_) std::printf("\r%-90s\r", "");
    std::printf("epoch %3d  lr %.4g  loss %.4f  train %.2f%%", e["epoch"].get<int>(),
                e["learning_rate"].get<double>(), e["train_loss"].get<double>(), e["train_error"].get<double>());
    if (e.contains("validation_error") && e["validation_error"].is_number())
      std::printf("  validation %.2f%%", e["validation_error"].get<double>());
    if (e.contains("test_error")) std::printf("  test %.2f%%", e["test_error"].get<double>());
    std::printf("  %.1fs\n", e["seconds"].get<double>());
    std::fflush(stdout);
  }

 private:
  bool tty_;
  TimeToGo time_to_go_;
  std::chrono::steady_clock::time_point last_{};
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

/// Whether `file` holds an evaluation record (what --output wrote before).
bool is_evaluation_record(const std::filesystem::path& file) {
  try {
    std::ifstream in(file);
    const Json j = Json::parse(in);
    return j.is_object() && j.value("kind", "") == "evaluation";
  } catch (const std::exception&) {
    return false;
  }
}

/// Refuses, before any work, an --output of fflab evaluate that cannot be
/// written or would replace a file fflab itself keeps or any other file
/// than an earlier evaluation record (a manifest, say).
void check_output_file(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  if (name == "record.json" || name == "summary.json" || file.extension() == ".bin")
    throw Error("--output " + file.string() + " would replace a run's record, summary, checkpoint or model: "
                "name another file (evaluation.json, say)");
  if (std::filesystem::is_directory(file))
    throw Error("--output " + file.string() + " is a folder: name a file in it");
  if (std::filesystem::exists(file) && !is_evaluation_record(file))
    throw Error("--output " + file.string() + " exists and is not an evaluation record of fflab evaluate (a manifest?): "
                "name a new file, or remove that one first");
  const auto folder = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  if (!std::filesystem::is_directory(folder))
    throw Error("--output " + file.string() + ": no folder " + folder.string() + "; make it first");
}

template <class R>
void list_registry(const R& registry) {
  std::printf("%s:\n", plural(registry.kind()).c_str());
  for (const auto& [name, entry] : registry.entries()) {
    std::printf("  %-28s %s\n", name.c_str(), entry.help.c_str());
    for (const auto& k : entry.schema.keys()) {
      std::string def = k.required ? "required" : "default " + k.default_value.dump();
      std::printf("      %-24s %-8s %-22s %s\n", k.name.c_str(), to_string(k.type), def.c_str(), k.help.c_str());
    }
  }
}

/// What a run or check that ran out of memory is told to change.
constexpr const char* kNotEnoughMemory =
    "not enough memory: use fewer or smaller layers, fewer rows or smaller batches";

/// What the exception being handled means for the user. Call only inside a
/// catch block.
struct Failure {
  const char* message;  ///< valid while the exception is being handled; no allocation when memory ran out
  int exit_code;        ///< 2 for a broken manifest (ConfigError), 1 for anything else
  bool about_manifest;  ///< the manifest's file belongs in front of the message
};

Failure current_failure() {
  try {
    throw;
  } catch (const ConfigError& e) {
    return {e.what(), 2, true};
  } catch (const std::bad_alloc&) {
    // Every layer is within its budget when built (layers/weight_budget.hpp),
    // but the run as a whole may still need more than this machine has.
    return {kNotEnoughMemory, 1, true};
  } catch (const std::exception& e) {
    return {e.what(), 1, false};  // a DataError or Error names its own file
  } catch (...) {
    return {"unexpected failure (not a std::exception)", 1, false};
  }
}

}  // namespace

int main(int argc, char** argv) {
  fflab::restart_with_short_blas_spin(argv);
  CLI::App app{"fflab: backpropagation vs Forward-Forward experiments"};
  app.require_subcommand(1);
  app.fallthrough();  // --plugin may come before or after the subcommand
  std::vector<std::string> plugin_files;
  app.add_option("--plugin", plugin_files,
                 "shared library adding components to the registries (fflab_add_plugin, docs/extending.md); "
                 "repeatable, loaded before anything else")
      ->type_name("FILE")
      ->expected(1)  // one file per --plugin, so `run --plugin x.so m.json` leaves m.json to run
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);

  std::string manifest_file, results_dir = "results";
  auto* run = app.add_subcommand("run", "validate a manifest, train, evaluate and write its record");
  run->add_option("manifest", manifest_file, "manifest JSON file")->required();
  run->add_option("--results", results_dir, "results folder (record goes to <results>/<study>/<name>/)");
  bool restart = false;
  run->add_flag("--restart", restart, "train afresh: discard the run's checkpoint instead of resuming from it, and train a completed run again instead of reusing its record");

  auto* evaluate = app.add_subcommand(
      "evaluate", "classify again with a run's trained weights (a completed run's model.bin, an unfinished run's "
                  "checkpoint.bin) by the manifest's evaluation procedures; trains nothing, writes only --output");
  evaluate->add_option("manifest", manifest_file,
                       "manifest JSON file: the one that trained the model, its evaluation section free to change")
      ->required();
  evaluate->add_option("--results", results_dir, "results folder the run was trained into");
  std::string model_file;
  evaluate->add_option("--model", model_file,
                       "model file (default: in the run's folder, model.bin, else checkpoint.bin; of both, the one "
                       "this manifest trained)");
  std::optional<std::uint64_t> evaluate_seed;
  evaluate->add_option("--seed", evaluate_seed, "a study with \"seeds\": whose model (default: the first seed)");
  std::string evaluate_output;
  evaluate->add_option("--output", evaluate_output,
                       "also write the errors with what produced them (model, manifests, commit, machine) to this "
                       "JSON file");
  std::vector<std::string> evaluate_splits{"validation"};
  evaluate->add_option("--split", evaluate_splits,
                       "train, validation or test; repeatable (default validation: choose procedures there, not on test)")
      ->check(CLI::IsMember(evaluation_splits()))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

  auto* validate = app.add_subcommand(
      "validate", "check manifests without training: load each one's data, build its network, trainer and evaluation; "
                  "exit 0 if all are valid, 2 if one is broken, 1 on other errors (a dataset missing, say)");
  std::vector<std::string> validate_files;
  validate->add_option("manifests", validate_files, "manifest JSON files; each is checked and reported")->required();

  auto* list = app.add_subcommand("list", "print every registered component with its keys");
  bool list_markdown = false;
  list->add_flag("--markdown", list_markdown, "print the manifest reference (docs/manifest.md) instead");

  std::vector<std::string> table_inputs;
  std::string table_out, table_format = "md";
  auto* table = app.add_subcommand("table", "print a paper-style table of run records");
  table->add_option("records", table_inputs, "record/summary files or folders (searched for record.json, summary.json)")
      ->required();
  table->add_option("--format", table_format, "md, tex or csv")->check(CLI::IsMember({"md", "tex", "csv"}));
  table->add_option("--output", table_out, "also write the table to this file");

  std::vector<std::string> plot_inputs;
  std::string plot_dir = ".", plot_title = "fflab";
  auto* plot = app.add_subcommand("plot", "draw learning curves and test-error bars (gnuplot: svg and png)");
  plot->add_option("records", plot_inputs, "record/summary files or folders")->required();
  plot->add_option("--output", plot_dir, "folder for curves.* and errors.*");
  plot->add_option("--title", plot_title, "title prefix");

  std::string report_dir = "results";
  bool no_plots = false;
  auto* report = app.add_subcommand("report", "regenerate every table and plot under a results folder");
  report->add_option("results", report_dir, "results folder (default: results)");
  report->add_flag("--no-plots", no_plots, "tables only");

  std::string status_dir = "results";
  auto* status = app.add_subcommand("status", "where every run below a results folder stands: epochs done, last errors");
  status->add_option("results", status_dir, "results folder (run-pinned.sh runs: ~/.cache/fflab/runs)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // No command, or an unknown one (CLI11 says only "A subcommand is
    // required"): name it and list the commands there are.
    const std::function<bool(CLI::App*)> every = [](CLI::App*) { return true; };
    std::vector<std::string> known;
    for (const CLI::App* sub : app.get_subcommands(every)) known.push_back(sub->get_name());
    const auto extra = app.remaining();
    if (app.get_subcommands().empty() && !extra.empty() && !extra.front().starts_with("-")) {
      std::fprintf(stderr, "fflab: unknown command '%s'%s; known: %s\n", extra.front().c_str(),
                   did_you_mean(extra.front(), known).c_str(), join(known).c_str());
      return static_cast<int>(CLI::ExitCodes::ExtrasError);
    }
    if (argc == 1) {
      std::printf("%s", app.help().c_str());
      std::fprintf(stderr, "fflab: no command given; known: %s\n", join(known).c_str());
      return e.get_exit_code();
    }
    return app.exit(e);
  }

  try {
    for (const auto& file : plugin_files) load_plugin(file);
    if (*run) {
      const Json manifest = load_manifest(manifest_file);
      check_run_folder(record_path(manifest, results_dir).parent_path());
      ConsoleObserver observer;
      RunOptions options;
      options.results_dir = results_dir;
      options.observer = &observer;
      options.restart = restart;
      const Json result = run_study(manifest, options);
      const std::string where = record_path(manifest, results_dir).parent_path().string();
      if (!result.contains("final") || !result["final"].contains("test_error")) {
        std::fprintf(stderr, "fflab: %s: no seed completed (status %s); results: %s\n", manifest_file.c_str(),
                     result.value("status", "?").c_str(), where.c_str());
        return 3;
      }
      const Json& test = result["final"]["test_error"];
      if (test.is_object())
        std::printf("test error %.2f%% ± %.2f over %zu of %zu seeds (%s)%s, results: %s\n",
                    test["mean"].get<double>(), test["std"].get<double>(), test["count"].get<std::size_t>(),
                    result["seeds"].size(), result["final"]["procedure"].get<std::string>().c_str(),
                    result["status"] == "completed" ? "" : " [some seeds did not complete]", where.c_str());
      else
        std::printf("test error %.2f%% (%s), record: %s/record.json\n", test.get<double>(),
                    result["final"]["procedure"].get<std::string>().c_str(), where.c_str());
    } else if (*evaluate) {
      const Json manifest = load_manifest(manifest_file);
      if (evaluate_seed && !model_file.empty())
        throw Error("--seed picks the model file of a seed; with --model the file is given: leave --seed out");
      if (!evaluate_output.empty()) check_output_file(evaluate_output);
      const std::filesystem::path model =
          model_file.empty() ? default_model_file(manifest, results_dir, evaluate_seed) : std::filesystem::path(model_file);
      const ModelEvaluation e = evaluate_model(manifest, model, evaluate_splits);
      std::printf("model %s: seed %llu, weights after epoch %zu of %zu%s\n", e.model.c_str(),
                  static_cast<unsigned long long>(e.seed), e.epochs_done, e.epochs,
                  e.epochs_done < e.epochs ? " (not trained to the end)" : "");
      const Json now = source_revision();
      if (e.trained_source.is_object() && e.trained_source.value("commit", "") != now.value("commit", ""))
        std::printf("note: the model was written by commit %s and is evaluated by %s: errors can differ from its "
                    "record's in the last digits\n",
                    e.trained_source.value("commit", "?").c_str(), now.value("commit", "?").c_str());
      std::size_t width = 9;
      for (const auto& [name, errors] : e.errors.items()) width = std::max(width, name.size() + 10);
      std::printf("%-*s", static_cast<int>(width), "procedure");
      for (const auto& split : e.splits) std::printf(" %12s", split.c_str());
      std::printf("\n");
      for (const auto& [name, errors] : e.errors.items()) {
        const std::string label = name == e.primary ? name + " (primary)" : name;
        std::printf("%-*s", static_cast<int>(width), label.c_str());
        for (const auto& split : e.splits) std::printf(" %10.2f %%", errors[split].get<double>());
        std::printf("\n");
      }
      if (!evaluate_output.empty()) {
        write_file_atomically(evaluate_output, evaluation_record(e).dump(2) + "\n");
        std::printf("wrote %s\n", evaluate_output.c_str());
      }
    } else if (*validate) {
      // Every file is checked, a broken one does not hide the next; the exit
      // code is the worst: 2 for a broken manifest, 1 for anything else.
      int worst = 0;
      for (const std::string& file : validate_files) {
        try {
          check_run(load_manifest(file));
          std::printf("%s: valid (the data loaded, the network, trainer and evaluation built)\n", file.c_str());
        } catch (...) {
          // Every message names the file checked: several are in one output.
          const Failure failure = current_failure();
          std::fprintf(stderr, "fflab: %s: %s\n", file.c_str(), failure.message);
          worst = std::max(worst, failure.exit_code);
        }
      }
      return worst;
    } else if (*list && list_markdown) {
      std::printf("%s", manifest_reference_markdown().c_str());
    } else if (*list) {
      for_each_registry([](const auto& registry) { list_registry(registry); });
    } else if (*table) {
      std::vector<std::filesystem::path> paths(table_inputs.begin(), table_inputs.end());
      const auto rows = result_rows(collect_results(paths));
      const std::string text = table_format == "tex"   ? latex_table(rows)
                               : table_format == "csv" ? csv_table(rows)
                                                       : markdown_table(rows);
      std::printf("%s", text.c_str());
      if (!table_out.empty()) {
        std::ofstream out(table_out);
        out << text;
        if (!out) throw Error("cannot write " + table_out);
      }
    } else if (*plot) {
      std::vector<std::filesystem::path> paths(plot_inputs.begin(), plot_inputs.end());
      const auto results = collect_results(paths);
      std::error_code ec;
      if (std::filesystem::exists(plot_dir) && !std::filesystem::is_directory(plot_dir))
        throw Error("--output " + plot_dir + " is a file; --output names a folder (made if missing) for curves.* and errors.*");
      if (!std::filesystem::create_directories(plot_dir, ec) && ec)
        throw Error("--output " + plot_dir + ": cannot make the folder (" + ec.message() + ")");
      render_plot(plot_dir, "curves", curves_script(results, plot_title + ": learning curves", "curves"));
      render_plot(plot_dir, "errors", bars_script(result_rows(results), plot_title + ": test error", "errors"));
      std::printf("wrote %s/curves.{svg,png} and %s/errors.{svg,png}\n", plot_dir.c_str(), plot_dir.c_str());
    } else if (*report) {
      for (const auto& f : write_reports(report_dir, !no_plots)) std::printf("wrote %s\n", f.string().c_str());
    } else if (*status) {
      const auto runs = run_statuses(status_dir);
      if (runs.empty()) std::printf("no runs below %s\n", status_dir.c_str());
      for (const auto& s : runs) std::printf("%s\n", status_line(s).c_str());
    }
  } catch (...) {
    const Failure failure = current_failure();
    if (failure.about_manifest && !manifest_file.empty())
      std::fprintf(stderr, "fflab: %s: %s\n", manifest_file.c_str(), failure.message);
    else
      std::fprintf(stderr, "fflab: %s\n", failure.message);
    return failure.exit_code;
  }
  return 0;
}
