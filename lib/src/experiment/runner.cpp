#include "fflab/experiment/runner.hpp"

#include <chrono>
#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_difference.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/plugins.hpp"
#include "fflab/experiment/procedures.hpp"
#include "fflab/experiment/result_shape.hpp"
#include "fflab/experiment/results_layout.hpp"
#include "fflab/experiment/record.hpp"
#include "run_setup.hpp"
#include "training_state.hpp"

namespace fflab {

namespace {

constexpr const char* kVersion = "0.1.0";

/// Throws DivergenceError when a parameter is not finite after an epoch.
void check_parameters_finite(const std::vector<Parameter>& parameters, std::size_t epoch) {
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    const Matrix& v = *parameters[i].value;
    for (const float x : v)
      if (!std::isfinite(x))
        throw DivergenceError("training diverged in epoch " + std::to_string(epoch + 1) + ": parameter block " +
                              std::to_string(i) + " (" + parameters[i].name +
                              ") has non-finite values; lower trainer.optimizer.lr or add weight decay");
  }
}

}  // namespace

Json run_identity(const Json& manifest) {
  // Defaults filled in by this code: a record or checkpoint written before a
  // key existed lacks it, yet describes the same run as a manifest read now.
  // One this code cannot resolve (a key since removed, a plugin not loaded)
  // is compared as stored.
  Json out = manifest;
  try {
    resolve_manifest(out);
  } catch (const std::exception&) {
    out = manifest;
  }
  // A seed's run does not depend on which other seeds its study lists.
  if (out.is_object()) out.erase("seeds");
  return out;
}

Json training_identity(const Json& manifest) {
  const Json run = run_identity(manifest);
  Json out = Json::object();
  if (!run.is_object()) return out;
  for (const char* key : {"seed", "dataset", "network", "trainer"})
    if (run.contains(key)) out[key] = run.at(key);
  // Where the files lie is this machine's business, not the data's.
  if (out.contains("dataset") && out["dataset"].is_object()) out["dataset"].erase("path");
  return out;
}

bool same_run(const Json& a, const Json& b) {
  // Key order is not meaning: a manifest reformatted (jq -S, an editor)
  // describes the same run.
  return nlohmann::json(run_identity(a)) == nlohmann::json(run_identity(b));
}

bool is_records_last_checkpoint(const Json& header, const Json& record) {
  const Json none = Json::array();
  const Json& recorded = record.contains("epochs") ? record["epochs"] : none;
  const Json& checkpointed = header.contains("epochs") ? header["epochs"] : none;
  return !recorded.empty() && nlohmann::json(checkpointed) == nlohmann::json(recorded);
}

std::filesystem::path record_path(const Json& manifest, const std::filesystem::path& results_dir) {
  return results_dir / manifest.at("study").get<std::string>() / manifest.at("name").get<std::string>() /
         "record.json";
}

std::filesystem::path checkpoint_path(const Json& manifest, const std::filesystem::path& results_dir) {
  return record_path(manifest, results_dir).parent_path() / kCheckpointFile;
}

std::filesystem::path model_path(const Json& manifest, const std::filesystem::path& results_dir) {
  return record_path(manifest, results_dir).parent_path() / kModelFile;
}

Json summarize_seeds(const Json& manifest, const std::vector<Json>& records) {
  Json summary;
  summary["fflab_version"] = kVersion;
  summary["study"] = manifest["study"];
  summary["name"] = manifest["name"];
  summary["seeds"] = manifest["seeds"];
  summary["status"] = "completed";
  summary["manifest"] = manifest;
  Json runs = Json::array();
  for (const auto& r : records) {
    runs.push_back(seed_folder_name(r.value("seed", Json()).dump()) + "/record.json");
    const Json status = r.value("status", Json("unknown"));
    if (status != "completed") summary["status"] = status;
  }
  summary["runs"] = runs;
  // Statistics over the seeds that completed (a diverged seed has no final
  // errors; the summary's status says so and each count says how many).
  const Json* with_final = nullptr;
  for (const auto& r : records)
    if (!with_final && r.contains("final")) with_final = &r;
  if (!with_final) return summary;
  const Json& first = (*with_final)["final"];
  Json by = Json::object();
  for (auto proc = first["by_procedure"].begin(); proc != first["by_procedure"].end(); ++proc) {
    Json splits = Json::object();
    for (const char* split : {"train", "validation", "test"}) {
      std::vector<double> values;
      for (const auto& r : records) {
        // A seed's record read back from disk may lack what the first one
        // has (a procedure added since): look up, never insert or assume.
        const Json* v = &r;
        for (const std::string& key : {std::string("final"), std::string("by_procedure"), proc.key(), std::string(split)}) {
          v = v->is_object() && v->contains(key) ? &v->at(key) : nullptr;
          if (!v) break;
        }
        if (v && v->is_number()) values.push_back(v->get<double>());
      }
      if (values.empty()) {
        splits[split] = nullptr;
        continue;
      }
      double mean = 0.0;
      for (double v : values) mean += v;
      mean /= static_cast<double>(values.size());
      double var = 0.0;
      for (double v : values) var += (v - mean) * (v - mean);
      const double stddev = values.size() > 1 ? std::sqrt(var / static_cast<double>(values.size() - 1)) : 0.0;
      splits[split] = {{"mean", rounded(mean)}, {"std", rounded(stddev)}, {"count", values.size()}, {"values", values}};
    }
    by[proc.key()] = splits;
  }
  const std::string primary = first["procedure"].get<std::string>();
  summary["final"] = {{"procedure", primary},
                      {"test_error", by[primary]["test"]},
                      {"by_procedure", by}};
  return summary;
}

namespace {

/// Where a run's record is written: in --run-dir when one is given, else at
/// its place in the results layout.
std::filesystem::path record_file(const Json& manifest, const RunOptions& options) {
  return options.run_dir.empty() ? record_path(manifest, options.results_dir) : options.run_dir / "record.json";
}

/// Renames a finished run's last checkpoint to its model file beside it (an
/// older model is replaced). The record is complete without it, so a failure
/// is told, not thrown; returns whether the model was kept.
bool keep_as_model(const std::filesystem::path& checkpoint, RunObserver& observer) {
  std::error_code ec;
  std::filesystem::rename(checkpoint, checkpoint.parent_path() / kModelFile, ec);
  if (ec)
    observer.on_message("could not keep the trained model: renaming " + checkpoint.string() + " to " +
                        kModelFile + " failed (" + ec.message() + ")");
  return !ec;
}

void mark_restart(const std::filesystem::path& run_dir) {
  std::filesystem::create_directories(run_dir);
  write_file_atomically(run_dir / kRestartMarker,
                        "a --restart of this run began at " + utc_now() +
                            "; until its record is written, a plain re-run trains it instead of reusing the old one\n");
}

/// Removes the mark once the run's new record is written.
void unmark_restart(const std::filesystem::path& run_dir) {
  std::error_code ignored;  // absent unless this was a --restart
  std::filesystem::remove(run_dir / kRestartMarker, ignored);
}

/// The record at `done` if it is a completed run of this very manifest (and
/// not --restart): a re-run reuses it instead of training again. A checkpoint
/// of this manifest beside it is either the record's own last one (the run
/// stopped between writing its record and keeping its model: it becomes the
/// model now) or that of a later --restart that was interrupted (its epochs
/// differ from the record's): then nothing is reused and the run resumes
/// from it, as any interrupted run does. So is a record beside a
/// restart.pending mark (a --restart stopped before its first checkpoint, or
/// a study's --restart stopped before this seed), and one of another manifest.
std::optional<Json> completed_run(const std::filesystem::path& done, const Json& manifest, const RunOptions& options,
                                  RunObserver& observer) {
  if (options.restart || !std::filesystem::exists(done)) return std::nullopt;
  Json previous = read_result_file(done);
  if (previous.value("status", "") != "completed") return std::nullopt;
  if (std::filesystem::exists(done.parent_path() / kRestartMarker)) {
    observer.on_message("the completed run " + done.string() + " is being replaced by an interrupted --restart (" +
                        (done.parent_path() / kRestartMarker).string() +
                        "): training that on; the completed record stands until it finishes");
    return std::nullopt;
  }
  if (!same_run(previous["manifest"], manifest)) {
    // Said, not refused: training a changed manifest is how a run is redone.
    observer.on_message("the completed run " + done.string() + " was made by a different manifest (" +
                        first_json_difference(run_identity(previous["manifest"]), run_identity(manifest),
                                              "the record's", "this one") +
                        "): training this one, whose record replaces it (give it another \"name\" to keep both)");
    return std::nullopt;
  }
  const auto checkpoint = done.parent_path() / kCheckpointFile;
  if (std::filesystem::exists(checkpoint)) {
    Json header;
    try {
      header = load_checkpoint_header(checkpoint);
      check_checkpoint_header(header, checkpoint);
    } catch (const std::exception&) {
      // Unreadable: left for the run that made it; the record stands.
      return previous;
    }
    if (same_run(header.at("manifest"), manifest)) {
      if (!is_records_last_checkpoint(header, previous)) {
        observer.on_message("the completed run " + done.string() + " has an unfinished --restart beside it (" +
                            checkpoint.string() + ", " + header.at("epochs_done").dump() +
                            " epochs): resuming that; the completed record stands until it finishes");
        return std::nullopt;
      }
      if (keep_as_model(checkpoint, observer))
        observer.on_message("kept the finished run's last checkpoint as its model, " + std::string(kModelFile));
    }
  }
  return previous;
}

}  // namespace

Json run_study(Json manifest, const RunOptions& options) {
  resolve_manifest(manifest);
  RunObserver none;
  RunObserver& observer = options.observer ? *options.observer : none;
  if (manifest["seeds"].is_null()) {
    const auto done = record_file(manifest, options);
    if (auto previous = completed_run(done, manifest, options, observer)) {
      observer.on_message("reusing the completed run " + done.string() + " (use --restart to train it again)");
      return std::move(*previous);
    }
    return run_experiment(manifest, options);
  }
  const auto study_dir = record_file(manifest, options).parent_path();
  if (options.restart) {
    // Every seed is marked before the first trains, so a --restart stopped
    // between seeds does not leave the later ones' old records to be reused.
    for (const auto& seed : manifest["seeds"]) mark_restart(study_dir / seed_folder_name(seed.dump()));
  }
  std::vector<Json> records;
  for (const auto& seed : manifest["seeds"]) {
    Json single = manifest;
    single["seed"] = seed;
    RunOptions per_seed = options;
    per_seed.run_dir = study_dir / seed_folder_name(seed.dump());
    // A study resumes where it stopped: a seed whose run already completed
    // with this very manifest is reused, not trained again.
    const auto done = per_seed.run_dir / "record.json";
    if (auto previous = completed_run(done, single, options, observer)) {
      observer.on_message("seed " + seed.dump() + ": reusing the completed run " + done.string() +
                          " (use --restart to train it again)");
      records.push_back(std::move(*previous));
      continue;
    }
    try {
      records.push_back(run_experiment(single, per_seed));
    } catch (const DivergenceError& e) {
      // One seed diverging is a result, not the end of the study: its
      // diverged record stays, the other seeds run, the summary says so.
      observer.on_message("seed " + seed.dump() + ": " + e.what());
      records.push_back(read_result_file(done));
    }
  }
  Json summary = summarize_seeds(manifest, records);
  write_file_atomically(study_dir / "summary.json", summary.dump(2) + "\n");
  return summary;
}

namespace {

void save_progress(const std::filesystem::path& file, const Json& manifest, std::size_t epochs_done,
                   const Json& epoch_records, const Json& resumes, const Rng& rng, const TrainingState& state,
                   const Json& source) {
  Json meta;
  meta["manifest"] = manifest;
  meta["source"] = source;  // the code that trained up to here (a model file's maker)
  meta["epochs_done"] = epochs_done;
  meta["epochs"] = epoch_records;
  meta["resumes"] = resumes;
  meta["rng"] = rng.state();
  Json steps = Json::array();
  for (Optimizer* o : state.optimizers) steps.push_back(o->steps());
  meta["optimizer_steps"] = steps;
  const auto tensors = state.tensors();
  save_checkpoint(file, meta, std::vector<const Matrix*>(tensors.begin(), tensors.end()));
}

/// Restores parameters, optimizer state and the RNG, the per-epoch records and
/// the history of earlier resumes; returns the epochs done.
std::size_t restore_progress(const std::filesystem::path& file, const Json& manifest, Json& epoch_records,
                             Json& resumes, Rng& rng, TrainingState& state) {
  Checkpoint c = load_checkpoint(file);
  check_checkpoint_header(c.meta, file);
  const Json& made_by = c.meta.at("manifest");
  if (!same_run(made_by, manifest)) {
    const Json theirs = run_identity(made_by), ours = run_identity(manifest);
    throw ConfigError("", "the checkpoint " + file.string() + " was made by a different manifest (" +
                              first_json_difference(theirs, ours, "the checkpoint's", "this one") +
                              "); run with --restart to discard it");
  }
  // What only resuming reads (fflab status does not): checked before use.
  auto corrupt = [&](const std::string& what) {
    return DataError(file.string(), -1,
                     "corrupt checkpoint header: " + what + "; delete it or run with --restart to start the run afresh");
  };
  const Json& steps = c.meta.contains("optimizer_steps") ? c.meta.at("optimizer_steps") : Json();
  const bool steps_ok = steps.is_array() && steps.size() == state.optimizers.size() &&
                        std::all_of(steps.begin(), steps.end(), [](const Json& n) {
                          return n.is_number_unsigned() && n.get<std::uint64_t>() <= std::uint64_t{INT64_MAX};
                        });
  if (!steps_ok)
    throw corrupt("/optimizer_steps is not a list of " + std::to_string(state.optimizers.size()) + " step counts");
  const Json& rng_state = c.meta.contains("rng") ? c.meta.at("rng") : Json();
  const bool rng_ok = rng_state.is_array() && rng_state.size() == std::tuple_size_v<Rng::State> &&
                      std::all_of(rng_state.begin(), rng_state.end(), [](const Json& w) { return w.is_number_unsigned(); });
  if (!rng_ok)
    throw corrupt("/rng is not a generator state of " + std::to_string(std::tuple_size_v<Rng::State>) + " words");
  if (c.meta.contains("resumes") && !c.meta.at("resumes").is_array())
    throw corrupt("/resumes is not a list");
  restore_tensors(c, file, state, "; run with --restart to start the run afresh");
  for (std::size_t i = 0; i < state.optimizers.size(); ++i) state.optimizers[i]->set_steps(steps.at(i).get<std::int64_t>());
  rng.set_state(rng_state.get<Rng::State>());
  epoch_records = c.meta.at("epochs");
  resumes = c.meta.value("resumes", Json::array());
  return c.meta.at("epochs_done").get<std::size_t>();
}

}  // namespace

Json run_experiment(Json manifest, const RunOptions& options) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  resolve_manifest(manifest);
  RunObserver none;
  RunObserver& observer = options.observer ? *options.observer : none;

  const int threads = manifest["threads"].get<int>();
  Rng train_rng;
  Setup setup;
  set_up(manifest, train_rng, setup);
  std::unique_ptr<Dataset>& data = setup.data;
  std::unique_ptr<Trainer>& trainer = setup.trainer;
  Network& network = setup.network;
  Json& layer_summary = setup.layer_summary;
  Json& evaluation = setup.evaluation;
  Procedures& procedures = setup.procedures;
  Evaluator& primary = *procedures.evaluators[procedures.primary];

  const auto out_file = record_file(manifest, options);
  const auto checkpoint_file = out_file.parent_path() / kCheckpointFile;
  TrainingState state = training_state(setup);
  Json resumed_epochs = Json::array();
  Json resumes = Json::array();
  std::size_t first_epoch = 0;
  if (options.restart) mark_restart(out_file.parent_path());
  if (std::filesystem::exists(checkpoint_file)) {
    if (options.restart) {
      std::filesystem::remove(checkpoint_file);
      observer.on_message("discarded the checkpoint " + checkpoint_file.string() + " (--restart)");
    } else {
      first_epoch = restore_progress(checkpoint_file, manifest, resumed_epochs, resumes, train_rng, state);
      observer.on_message("resuming from " + checkpoint_file.string() + " after epoch " +
                          std::to_string(first_epoch) + " (use --restart to start afresh)");
    }
  }
  std::filesystem::create_directories(out_file.parent_path());

  Json record;
  record["fflab_version"] = kVersion;
  record["study"] = manifest["study"];
  record["name"] = manifest["name"];
  record["status"] = "running";
  record["shortened"] = manifest["shortened"];
  record["seed"] = manifest["seed"];
  record["threads"] = threads;
  record["source"] = source_revision();
  record["date"] = utc_now();
  record["machine"] = machine_description();
  if (!loaded_plugins().empty()) record["plugins"] = loaded_plugins();  // code from outside the commit
  record["manifest"] = manifest;
  record["dataset"] = {{"source", data->source},
                       {"shape", to_string(data->shape)},
                       {"classes", data->num_classes},
                       {"train", data->train.size()},
                       {"validation", data->validation.size()},
                       {"test", data->test.size()}};
  if (!data->channel_mean.empty())
    record["dataset"]["standardization"] = {{"mean", data->channel_mean}, {"stddev", data->channel_stddev}};
  record["network"] = {{"parameters", network.parameter_count()}, {"layers", layer_summary}};
  record["trainer"] = trainer->summary();
  record["epochs"] = resumed_epochs;
  if (first_epoch > 0) {
    // Every resume is kept, with the code that resumed, so a run spread over
    // several sessions says which commit trained which epochs.
    resumes.push_back(Json{{"after_epoch", first_epoch}, {"date", utc_now()}, {"source", record["source"]}});
    record["resumes"] = resumes;
  }
  observer.on_start(record);

  const std::size_t epochs = trainer->epochs();
  // Evaluate after every `interval`-th epoch and after the last one.
  const Json& every = evaluation["every_epoch"];
  const std::size_t interval = every.is_boolean() ? (every.get<bool>() ? 1 : std::max<std::size_t>(epochs, 1)) : every.get<std::size_t>();
  auto progress = [&](const BatchProgress& p) { observer.on_batch(p); };
  try {
    for (std::size_t epoch = first_epoch; epoch < epochs; ++epoch) {
      const EpochMetrics m = trainer->train_epoch(network, data->train, data->shape, epoch, train_rng, progress);
      check_parameters_finite(state.parameters, epoch);
      Json e;
      e["epoch"] = epoch + 1;
      e["learning_rate"] = m.learning_rate;
      e["train_loss"] = rounded(m.train_loss, 6);
      e["train_error"] = rounded(m.train_error);
      if (!m.measures.empty()) {
        Json measures = Json::object();
        for (const auto& [name, value] : m.measures) measures[name] = rounded(value, 6);
        e["measures"] = measures;
      }
      if ((epoch + 1) % interval == 0 || epoch + 1 == epochs) {
        const auto eval_start = clock::now();
        e["validation_error"] = data->validation.size() ? Json(rounded(primary.error(trainer->model(), data->validation))) : Json();
        e["test_error"] = rounded(primary.error(trainer->model(), data->test));
        e["evaluation_seconds"] = rounded(std::chrono::duration<double>(clock::now() - eval_start).count(), 3);
      }
      e["seconds"] = rounded(m.seconds, 3);
      e["examples_per_second"] = std::round(static_cast<double>(m.examples) / m.seconds);
      record["epochs"].push_back(e);
      save_progress(checkpoint_file, manifest, epoch + 1, record["epochs"], resumes, train_rng, state,
                    record["source"]);
      observer.on_epoch(e);
    }
  } catch (const DivergenceError& e) {
    record["status"] = "diverged";
    record["error"] = e.what();
    record["wall_seconds"] = rounded(std::chrono::duration<double>(clock::now() - start).count(), 2);
    record["peak_rss_mib"] = rounded(peak_rss_mib(), 1);
    write_file_atomically(out_file, record.dump(2) + "\n");
    unmark_restart(out_file.parent_path());
    throw;
  }

  // The last epoch was evaluated on validation and test by the primary
  // procedure with the final parameters: those errors are reused, not
  // computed again.
  const Json* last = record["epochs"].empty() ? nullptr : &record["epochs"].back();
  const bool last_evaluated = last && last->contains("test_error");
  const std::string train_errors = evaluation["final_train_error"].get<std::string>();
  Json by_procedure = Json::object();
  for (std::size_t i = 0; i < procedures.evaluators.size(); ++i) {
    Evaluator& ev = *procedures.evaluators[i];
    Json errors;
    const bool on_train = train_errors == "all" || (train_errors == "primary" && i == procedures.primary);
    errors["train"] = on_train ? Json(rounded(ev.error(trainer->model(), data->train))) : Json();
    if (i == procedures.primary && last_evaluated) {
      errors["validation"] = (*last)["validation_error"];
      errors["test"] = (*last)["test_error"];
    } else {
      errors["validation"] =
          data->validation.size() ? Json(rounded(ev.error(trainer->model(), data->validation))) : Json();
      errors["test"] = rounded(ev.error(trainer->model(), data->test));
    }
    by_procedure[procedures.names[i]] = errors;
  }
  const Json& headline = by_procedure[procedures.names[procedures.primary]];
  record["final"] = {{"procedure", procedures.names[procedures.primary]},
                     {"train_error", headline["train"]},
                     {"validation_error", headline["validation"]},
                     {"test_error", headline["test"]},
                     {"by_procedure", by_procedure}};
  record["status"] = "completed";
  record["wall_seconds"] = rounded(std::chrono::duration<double>(clock::now() - start).count(), 2);
  record["peak_rss_mib"] = rounded(peak_rss_mib(), 1);
  write_file_atomically(out_file, record.dump(2) + "\n");
  unmark_restart(out_file.parent_path());
  // The last epoch's checkpoint is the trained model, for evaluate_model.
  keep_as_model(checkpoint_file, observer);
  observer.on_finish(record);
  return record;
}

void check_run(Json manifest) {
  resolve_manifest(manifest);
  if (!manifest["seeds"].is_null()) manifest["seed"] = manifest["seeds"].front();
  Rng train_rng;
  Setup setup;
  set_up(manifest, train_rng, setup);
}

}  // namespace fflab
