// fflab evaluate: classify again with a run's trained weights, training nothing.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"
#include "fflab/core/text_file.hpp"
#include "fflab/experiment/evaluate_model.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_folder.hpp"

namespace fflab::app {
namespace {

/// What `fflab evaluate` is told on the command line.
struct EvaluateCommandOptions {
  std::string manifest_file;
  std::string results_dir = "results";
  std::string model_file;                 ///< empty: the run's own model (default_model_file)
  std::optional<std::uint64_t> seed;      ///< of a study with seeds: whose model
  std::string output;                     ///< empty: write no evaluation record
  std::vector<std::string> splits{"validation"};
};

/// Whether `file` holds an evaluation record (what --output wrote before).
bool is_evaluation_record(const std::filesystem::path& file) {
  try {
    const Json j = parse_json(read_text_file(file, std::size_t{64} << 20));  // never a FIFO or a device
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
  if (name == kRecordFile || name == kSummaryFile || file.extension() == ".bin")
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

/// Prints which model was evaluated, a note when another commit wrote it,
/// and the errors: one row per procedure, one column per split.
void print_evaluation(const ModelEvaluation& e) {
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
}

/// Evaluates a run's model by the manifest's evaluation section and prints
/// the errors; with --output also writes them with what produced them.
class EvaluateCommand final : public Command {
 public:
  int run() override {
    const Json manifest = load_manifest(options_.manifest_file);
    if (options_.seed && !options_.model_file.empty())
      throw Error("--seed picks the model file of a seed; with --model the file is given: leave --seed out");
    if (!options_.output.empty()) check_output_file(options_.output);
    const std::filesystem::path model = options_.model_file.empty()
                                            ? default_model_file(manifest, options_.results_dir, options_.seed)
                                            : std::filesystem::path(options_.model_file);
    const ModelEvaluation e = evaluate_model(manifest, model, options_.splits);
    print_evaluation(e);
    if (!options_.output.empty()) {
      write_file_atomically(options_.output, evaluation_record(e).dump(2) + "\n");
      std::printf("wrote %s\n", options_.output.c_str());
    }
    return exit_code::ok;
  }

  const std::string& manifest_file() const override { return options_.manifest_file; }

 private:
  CLI::App* define(CLI::App& app) override;

  EvaluateCommandOptions options_;
};

CLI::App* EvaluateCommand::define(CLI::App& app) {
  auto* sub = app.add_subcommand(
      "evaluate", "classify again with a run's trained weights (a completed run's model.bin, an unfinished run's "
                  "checkpoint.bin) by the manifest's evaluation procedures; trains nothing, writes only --output");
  sub->add_option("manifest", options_.manifest_file,
                       "manifest JSON file: the one that trained the model, its evaluation section free to change")
      ->required();
  sub->add_option("--results", options_.results_dir, "results folder the run was trained into");
  sub->add_option("--model", options_.model_file,
                       "model file (default: in the run's folder, model.bin, else checkpoint.bin; of both, the one "
                       "this manifest trained)");
  sub->add_option("--seed", options_.seed, "a study with \"seeds\": whose model (default: the first seed)");
  sub->add_option("--output", options_.output,
                       "also write the errors with what produced them (model, manifests, commit, machine) to this "
                       "JSON file");
  sub->add_option("--split", options_.splits,
                       "train, validation or test; repeatable (default validation: choose procedures there, not on test)")
      ->check(CLI::IsMember(evaluation_splits()))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  return sub;
}

}  // namespace

std::unique_ptr<Command> make_evaluate_command() { return std::make_unique<EvaluateCommand>(); }

}  // namespace fflab::app
