#include "run_progress.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_difference.hpp"
#include "fflab/experiment/result_shape.hpp"
#include "fflab/experiment/run_identity.hpp"

namespace fflab {

void save_progress(const RunFolder& folder, const Json& manifest, const RunProgress& progress, const Rng& rng,
                   const TrainingState& state, const Json& source) {
  Json meta;
  meta["manifest"] = manifest;
  meta["source"] = source;  // the code that trained up to here (a model file's maker)
  meta["epochs_done"] = progress.epochs_done;
  meta["epochs"] = epochs_to_json(progress.epochs);
  meta["resumes"] = resumes_to_json(progress.resumes);
  meta["started_source"] = progress.started_source;
  meta["rng"] = rng.state();
  Json steps = Json::array();
  for (Optimizer* o : state.optimizers) steps.push_back(o->steps());
  meta["optimizer_steps"] = steps;
  const auto tensors = state.tensors();
  folder.save_checkpoint(meta, std::vector<const Matrix*>(tensors.begin(), tensors.end()));
}

namespace {

/// What only resuming reads (fflab status does not): checked before use.
void check_resume_header(const Json& meta, const std::filesystem::path& file, const TrainingState& state) {
  auto corrupt = [&](const std::string& what) {
    return DataError(file.string(), -1,
                     "corrupt checkpoint header: " + what + "; delete it or run with --restart to start the run afresh");
  };
  const Json& steps = meta.contains("optimizer_steps") ? meta.at("optimizer_steps") : Json();
  const bool steps_ok = steps.is_array() && steps.size() == state.optimizers.size() &&
                        std::all_of(steps.begin(), steps.end(), [](const Json& n) {
                          return n.is_number_unsigned() && n.get<std::uint64_t>() <= std::uint64_t{INT64_MAX};
                        });
  if (!steps_ok)
    throw corrupt("/optimizer_steps is not a list of " + std::to_string(state.optimizers.size()) + " step counts");
  const Json& rng_state = meta.contains("rng") ? meta.at("rng") : Json();
  const bool rng_ok = rng_state.is_array() && rng_state.size() == std::tuple_size_v<Rng::State> &&
                      std::all_of(rng_state.begin(), rng_state.end(), [](const Json& w) { return w.is_number_unsigned(); });
  if (!rng_ok)
    throw corrupt("/rng is not a generator state of " + std::to_string(std::tuple_size_v<Rng::State>) + " words");
  if (meta.contains("resumes") && !meta.at("resumes").is_array()) throw corrupt("/resumes is not a list");
}

}  // namespace

RunProgress restore_progress(const RunFolder& folder, const Json& manifest, Rng& rng, TrainingState& state) {
  const auto file = folder.checkpoint_file();
  Checkpoint c = folder.load_checkpoint();
  check_checkpoint_header(c.meta, file);
  const Json& made_by = c.meta.at("manifest");
  if (!same_run(made_by, manifest)) {
    const Json theirs = run_identity(made_by), ours = run_identity(manifest);
    throw ConfigError("", "the checkpoint " + file.string() + " was made by a different manifest (" +
                              first_json_difference(theirs, ours, "the checkpoint's", "this one") +
                              "); run with --restart to discard it");
  }
  check_resume_header(c.meta, file, state);
  restore_tensors(c, file, state, "; run with --restart to start the run afresh");
  const Json& steps = c.meta.at("optimizer_steps");
  for (std::size_t i = 0; i < state.optimizers.size(); ++i) state.optimizers[i]->set_steps(steps.at(i).get<std::int64_t>());
  rng.set_state(c.meta.at("rng").get<Rng::State>());
  RunProgress progress;
  progress.epochs_done = c.meta.at("epochs_done").get<std::size_t>();
  progress.epochs = epochs_from_json(c.meta.at("epochs"));
  progress.resumes = resumes_from_json(c.meta.value("resumes", Json::array()));
  // A checkpoint from before "started_source": its "source" trained every
  // epoch when it was never resumed; after a resume the first code is lost.
  if (c.meta.contains("started_source"))
    progress.started_source = c.meta.at("started_source");
  else if (progress.resumes.empty() && c.meta.contains("source"))
    progress.started_source = c.meta.at("source");
  return progress;
}

}  // namespace fflab
