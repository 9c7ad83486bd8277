#include "fflab/experiment/evaluate_model.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_difference.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/result_shape.hpp"
#include "fflab/experiment/results_layout.hpp"
#include "fflab/experiment/runner.hpp"
#include "run_setup.hpp"

namespace fflab {

Json training_identity(const Json& manifest) {
  const Json run = run_identity(manifest);
  Json out = Json::object();
  if (!run.is_object()) return out;
  for (const char* key : {"seed", "dataset", "network", "trainer"})
    if (run.contains(key)) out[key] = run.at(key);
  return out;
}

const std::vector<std::string>& evaluation_splits() {
  static const std::vector<std::string> splits{"train", "validation", "test"};
  return splits;
}

namespace {

void check_splits(const std::vector<std::string>& splits) {
  if (splits.empty()) throw ConfigError("", "no split to evaluate on: name train, validation or test");
  for (std::size_t i = 0; i < splits.size(); ++i) {
    const auto& known = evaluation_splits();
    if (std::find(known.begin(), known.end(), splits[i]) == known.end())
      throw ConfigError("", "unknown split \"" + splits[i] + "\": use train, validation or test");
    if (std::find(splits.begin(), splits.begin() + static_cast<std::ptrdiff_t>(i), splits[i]) !=
        splits.begin() + static_cast<std::ptrdiff_t>(i))
      throw ConfigError("", "the split \"" + splits[i] + "\" is named twice: name it once");
  }
}

const Split& split_of(const Dataset& data, const std::string& name) {
  if (name == "train") return data.train;
  if (name == "validation") return data.validation;
  return data.test;
}

double rounded(double x) { return std::round(x * 1e4) / 1e4; }

}  // namespace

ModelEvaluation evaluate_model(Json manifest, const std::filesystem::path& model_file,
                               const std::vector<std::string>& splits) {
  check_splits(splits);
  resolve_manifest(manifest);
  if (!std::filesystem::exists(model_file))
    throw DataError(model_file.string(), -1,
                    "no trained model here: a run keeps its final weights in model.bin when it completes (runs "
                    "completed before fflab kept them have none; run the manifest with --restart to train it "
                    "again), and an unfinished run its latest weights in checkpoint.bin");
  Checkpoint c = load_checkpoint(model_file);
  check_checkpoint_header(c.meta, model_file);
  const Json& made_by = c.meta.at("manifest");

  // A study with "seeds" evaluates the seed that trained this model.
  if (!manifest["seeds"].is_null()) {
    const Json seed = made_by.is_object() && made_by.contains("seed") ? made_by.at("seed") : Json();
    const Json& seeds = manifest["seeds"];
    if (std::find(seeds.begin(), seeds.end(), seed) == seeds.end())
      throw ConfigError("/seeds", "the model " + model_file.string() + " was trained with seed " + seed.dump() +
                                      ", which is not among this manifest's seeds " + seeds.dump() +
                                      ": evaluate it with the manifest that trained it");
    manifest["seed"] = seed;
  }
  const Json theirs = training_identity(made_by), ours = training_identity(manifest);
  if (nlohmann::json(theirs) != nlohmann::json(ours))
    throw ConfigError("", "the model " + model_file.string() + " was trained by a different manifest (" +
                              first_json_difference(theirs, ours, "the model's", "this one") +
                              "): its seed, dataset, network and trainer must be those that trained it; only "
                              "evaluation, description, paper, name, study and threads may differ");

  Rng unused;
  Setup setup;
  set_up(manifest, unused, setup);
  for (const std::string& name : splits)
    if (split_of(*setup.data, name).size() == 0)
      throw ConfigError("/dataset", "the dataset has no " + name + " rows to evaluate on" +
                                        (name == "validation" ? std::string(": evaluate on test, or hold out a "
                                                                            "validation split (dataset.validation)")
                                                              : std::string()));
  restore_tensors(c, model_file, training_state(setup));

  ModelEvaluation out;
  out.model = model_file;
  out.epochs_done = c.meta.at("epochs_done").get<std::size_t>();
  out.epochs = setup.trainer->epochs();
  out.seed = manifest["seed"].get<std::uint64_t>();
  out.splits = splits;
  out.primary = setup.procedures.names[setup.procedures.primary];
  out.errors = Json::object();
  for (std::size_t i = 0; i < setup.procedures.evaluators.size(); ++i) {
    Json errors = Json::object();
    for (const std::string& name : splits)
      errors[name] = rounded(setup.procedures.evaluators[i]->error(setup.network, *setup.trainer,
                                                                   split_of(*setup.data, name)));
    out.errors[setup.procedures.names[i]] = errors;
  }
  return out;
}

std::filesystem::path default_model_file(const Json& manifest, const std::filesystem::path& results_dir,
                                         const std::optional<std::uint64_t>& seed) {
  std::filesystem::path dir = record_path(manifest, results_dir).parent_path();
  const Json seeds = manifest.value("seeds", Json());
  if (seeds.is_array() && !seeds.empty()) {
    const Json chosen = seed ? Json(*seed) : seeds.front();
    if (std::find(seeds.begin(), seeds.end(), chosen) == seeds.end())
      throw ConfigError("/seeds", "seed " + chosen.dump() + " is not among this manifest's seeds " + seeds.dump() +
                                      ": pick one of them with --seed");
    dir /= seed_folder_name(chosen.dump());
  } else if (seed) {
    throw ConfigError("/seed", "--seed picks a model of a study with \"seeds\"; this manifest trains one seed (" +
                                   manifest.value("seed", Json(1)).dump() + "): leave --seed out");
  }
  if (std::filesystem::exists(dir / kModelFile)) return dir / kModelFile;
  if (std::filesystem::exists(dir / "checkpoint.bin")) return dir / "checkpoint.bin";
  return dir / kModelFile;
}

}  // namespace fflab
