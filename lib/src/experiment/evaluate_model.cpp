#include "fflab/experiment/evaluate_model.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_difference.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/plugins.hpp"
#include "fflab/experiment/program_identity.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/result_shape.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/run_identity.hpp"
#include "run_setup.hpp"
#include "training_state.hpp"

namespace fflab {

const std::vector<std::string>& evaluation_splits() {
  static const std::vector<std::string> splits{"train", "validation", "test"};
  return splits;
}

namespace {

constexpr std::string_view kModelRemedy =
    "train the run again (fflab run --restart) for a new model, or name another with --model";

// Splits come from the command line, not the manifest: their errors are
// plain Errors.
void check_splits(const std::vector<std::string>& splits) {
  if (splits.empty()) throw Error("no split to evaluate on: name train, validation or test");
  for (std::size_t i = 0; i < splits.size(); ++i) {
    const auto& known = evaluation_splits();
    if (std::find(known.begin(), known.end(), splits[i]) == known.end())
      throw Error("unknown split \"" + splits[i] + "\": use train, validation or test");
    if (std::find(splits.begin(), splits.begin() + static_cast<std::ptrdiff_t>(i), splits[i]) !=
        splits.begin() + static_cast<std::ptrdiff_t>(i))
      throw Error("the split \"" + splits[i] + "\" is named twice: name it once");
  }
}

/// The manifest with the seed a model of it was trained with: a study with
/// "seeds" takes the model's seed, which must be one of them.
Json with_model_seed(Json manifest, const Json& made_by, const std::filesystem::path& model_file) {
  if (manifest["seeds"].is_null()) return manifest;
  const Json seed = made_by.is_object() && made_by.contains("seed") ? made_by.at("seed") : Json();
  const Json& seeds = manifest["seeds"];
  if (std::find(seeds.begin(), seeds.end(), seed) == seeds.end())
    throw ConfigError("/seeds", "the model " + model_file.string() + " was trained with seed " + seed.dump() +
                                    ", which is not among this manifest's seeds " + seeds.dump() +
                                    ": evaluate it with the manifest that trained it");
  manifest["seed"] = seed;
  return manifest;
}

bool trained_by(const Json& manifest, const Json& made_by) {
  return nlohmann::json(training_identity(made_by)) == nlohmann::json(training_identity(manifest));
}

const Split& split_of(const Dataset& data, const std::string& name) {
  if (name == "train") return data.train;
  if (name == "validation") return data.validation;
  return data.test;
}

}  // namespace

ModelEvaluation evaluate_model(Json manifest, const std::filesystem::path& model_file,
                               const std::vector<std::string>& splits) {
  check_splits(splits);
  resolve_manifest(manifest);
  if (!std::filesystem::exists(model_file))
    throw DataError(model_file.string(), -1,
                    "no trained model here: name the results folder the run trained in (--results; run-pinned.sh "
                    "trains in ~/.cache/fflab/runs) or the model file (--model). A run keeps its final weights in " +
                        std::string(kModelFile) + " when it completes and its latest in " + kCheckpointFile +
                        " while it trains; runs completed before fflab kept models have none (fflab run --restart "
                        "trains one again)");
  Checkpoint c = load_checkpoint(model_file, kModelRemedy);
  check_checkpoint_header(c.meta, model_file, kModelRemedy);
  const Json& made_by = c.meta.at("manifest");

  manifest = with_model_seed(std::move(manifest), made_by, model_file);
  if (!trained_by(manifest, made_by))
    throw ConfigError("", "the model " + model_file.string() + " was trained by a different manifest (" +
                              first_json_difference(training_identity(made_by), training_identity(manifest),
                                                    "the model's", "this one") +
                              "): evaluate it with the seed, dataset, network and trainer that trained it, or name "
                              "the model of this manifest with --model; the rest (evaluation, name, study, "
                              "description, paper, threads, shortened, seeds, dataset.path) may differ");

  Rng unused;
  Setup setup;
  set_up(manifest, unused, setup);
  for (const std::string& name : splits)
    if (split_of(*setup.data, name).size() == 0)
      throw ConfigError("/dataset", "the dataset has no " + name + " rows to evaluate on" +
                                        (name == "validation" ? std::string(": evaluate on test, or hold out a "
                                                                            "validation split (dataset.validation)")
                                                              : std::string()));
  restore_tensors(c, model_file, training_state(setup),
                  "; the code has changed since the model was trained: evaluate it with a build of the commit in its "
                  "record's \"source\" (experiments/tools/run-pinned.sh builds one)");

  ModelEvaluation out;
  out.model = model_file;
  out.epochs_done = c.meta.at("epochs_done").get<std::size_t>();
  out.epochs = setup.trainer->epochs();
  out.seed = manifest["seed"].get<std::uint64_t>();
  out.splits = splits;
  out.primary = setup.procedures.names[setup.procedures.primary];
  out.manifest = manifest;
  out.trained_by = made_by;
  out.trained_source = c.meta.value("source", Json());
  out.errors = Json::object();
  for (std::size_t i = 0; i < setup.procedures.evaluators.size(); ++i) {
    Json errors = Json::object();
    for (const std::string& name : splits)
      errors[name] = rounded(setup.procedures.evaluators[i]->error(setup.trainer->model(),
                                                                   split_of(*setup.data, name)));
    out.errors[setup.procedures.names[i]] = errors;
  }
  return out;
}

Json evaluation_record(const ModelEvaluation& e) {
  Json r;
  r["kind"] = "evaluation";
  r["date"] = utc_now();
  r["source"] = source_revision();
  r["machine"] = machine_description();
  if (!loaded_plugins().empty()) r["plugins"] = loaded_plugins();  // code from outside the commit
  if (auto program = program_identity()) r["program"] = *program;  // a program's own components
  std::error_code ec;
  const auto bytes = std::filesystem::file_size(e.model, ec);
  r["model"] = {{"file", std::filesystem::absolute(e.model).lexically_normal().string()},
                {"bytes", ec ? Json() : Json(bytes)},
                {"source", e.trained_source},
                {"epochs_done", e.epochs_done},
                {"epochs", e.epochs},
                {"seed", e.seed},
                {"trained_by", e.trained_by}};
  r["manifest"] = e.manifest;
  r["splits"] = e.splits;
  r["primary"] = e.primary;
  r["errors"] = e.errors;
  return r;
}

std::filesystem::path default_model_file(const Json& manifest, const std::filesystem::path& results_dir,
                                         const std::optional<std::uint64_t>& seed) {
  RunFolder folder = RunFolder::of(manifest, results_dir);
  const Json seeds = manifest.value("seeds", Json());
  if (seeds.is_array() && !seeds.empty()) {
    const Json chosen = seed ? Json(*seed) : seeds.front();
    if (std::find(seeds.begin(), seeds.end(), chosen) == seeds.end())
      throw Error("--seed " + chosen.dump() + " is not among the manifest's seeds " + seeds.dump() +
                  ": pick one of them");
    folder = folder.seed_folder(chosen);
  } else if (seed) {
    throw Error("--seed picks a model of a study with \"seeds\"; this manifest trains one seed (" +
                manifest.value("seed", Json(1)).dump() + "): leave --seed out");
  }
  // When both are there, a run of a changed manifest, or a --restart, is
  // training beside an older model: the one this manifest trained.
  return folder.model_to_evaluate([&](const Json& made_by, const std::filesystem::path& file) {
    return trained_by(with_model_seed(manifest, made_by, file), made_by);
  });
}

}  // namespace fflab
