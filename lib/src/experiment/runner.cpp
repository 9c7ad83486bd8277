#include "fflab/experiment/runner.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

#include "fflab/core/errors.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/eval/chunked_error.hpp"
#include "fflab/experiment/loss_rise.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/plugins.hpp"
#include "fflab/experiment/program_identity.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/run_folder_lock.hpp"
#include "fflab/experiment/seed_summary.hpp"
#include "fault_injection.hpp"
#include "run_progress.hpp"
#include "run_setup.hpp"
#include "training_state.hpp"

namespace fflab {

std::filesystem::path record_path(const Json& manifest, const std::filesystem::path& results_dir) {
  return RunFolder::of(manifest, results_dir).record_file();
}

std::filesystem::path checkpoint_path(const Json& manifest, const std::filesystem::path& results_dir) {
  return RunFolder::of(manifest, results_dir).checkpoint_file();
}

std::filesystem::path model_path(const Json& manifest, const std::filesystem::path& results_dir) {
  return RunFolder::of(manifest, results_dir).model_file();
}

bool is_records_last_checkpoint(const Json& header, const Json& record) {
  return is_records_last_checkpoint(header, RunRecord::from_json(record));
}

Json summarize_seeds(const Json& manifest, const std::vector<Json>& records) {
  std::vector<RunRecord> typed;
  for (const auto& r : records) typed.push_back(RunRecord::from_json(r));
  return summarize_seeds(manifest, typed).to_json();
}

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// The folder a run writes to: --run-dir when one is given, else its place
/// in the results layout.
RunFolder run_folder(const Json& manifest, const RunOptions& options) {
  return options.run_dir.empty() ? RunFolder::of(manifest, options.results_dir) : RunFolder(options.run_dir);
}

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

/// Throws DivergenceError when the epoch just recorded shows a loss that ran
/// away (loss_rise.hpp); the record keeps that epoch, the checkpoint does not.
void check_loss_rise(const Json& manifest, const std::vector<EpochEntry>& epochs, std::size_t epoch) {
  const Json& factor = manifest["stop_on_loss_rise"];
  if (factor.is_null()) return;
  if (const auto rise = loss_rise(epochs, factor.get<double>()))
    throw DivergenceError("training diverged in epoch " + std::to_string(epoch + 1) + ": " + *rise +
                          " (stop_on_loss_rise " + factor.dump() +
                          "); lower trainer.optimizer.lr, or set \"stop_on_loss_rise\" higher or to null to "
                          "train on");
}

/// A run of a resolved manifest, set up: its folder, parts, training state
/// and progress, and the record it fills.
struct Run {
  Run(const Json& m, RunFolder f, RunObserver& o) : manifest(m), folder(std::move(f)), observer(o) {}

  const Json& manifest;
  RunFolder folder;
  RunObserver& observer;
  Clock::time_point start = Clock::now();
  Rng train_rng;
  Setup setup;
  TrainingState state;
  RunProgress progress;
  RunRecord record;
  Json code;  // the code running now (the record's "source" unless the run was started by other code)
};

/// A --restart marks the folder and discards the checkpoint; otherwise a
/// checkpoint there is resumed: parameters, optimizer and RNG state and the
/// epochs' entries restored.
void begin_or_resume(Run& run, bool restart) {
  if (!run.folder.begin(restart, run.observer)) return;
  run.progress = restore_progress(run.folder, run.manifest, run.train_rng, run.state);
  run.observer.on_message("resuming from " + run.folder.checkpoint_file().string() + " after epoch " +
                          std::to_string(run.progress.epochs_done) + " (use --restart to start afresh)");
}

/// The record as it stands before the first epoch of this session.
RunRecord start_record(const Json& manifest, Setup& setup) {
  const Dataset& data = *setup.data;
  RunRecord r;
  r.fflab_version = kFflabVersion;
  r.study = manifest["study"].get<std::string>();
  r.name = manifest["name"].get<std::string>();
  r.status = "running";
  if (manifest["shortened"].is_string()) r.shortened = manifest["shortened"].get<std::string>();
  r.seed = manifest["seed"].get<std::uint64_t>();
  r.threads = manifest["threads"].get<int>();
  if (trains_on_every_rank(manifest)) {
    r.distributed = Json{{"mode", manifest["distributed"]["mode"]},
                         {"ranks", world().size()},
                         {"threads_per_rank", r.threads},
                         {"mpi", world().library()}};
    r.distributed->update(setup.trainer->pipeline_summary());
  }
  r.source = source_revision();
  r.date = utc_now();
  r.machine = machine_description();
  if (!loaded_plugins().empty()) r.plugins = loaded_plugins();  // code from outside the commit
  r.program = program_identity();                                 // a program's own components, if any
  r.manifest = manifest;
  r.dataset = {{"source", data.source},
               {"shape", to_string(data.shape)},
               {"classes", data.num_classes},
               {"train", data.train.size()},
               {"validation", data.validation.size()},
               {"test", data.test.size()}};
  if (!data.channel_mean.empty())
    r.dataset["standardization"] = {{"mean", data.channel_mean}, {"stddev", data.channel_stddev}};
  r.network = {{"parameters", setup.network.parameter_count()}, {"layers", setup.layer_summary}};
  r.trainer = setup.trainer->summary();
  return r;
}

/// Fills the record from the manifest and the progress restored; a resumed
/// run keeps the code that started it as its "source" and records its
/// resume with the code that resumed, so a run spread over several sessions
/// says which commit trained which epochs.
void open_record(Run& run) {
  run.record = start_record(run.manifest, run.setup);
  run.code = run.record.source;
  run.record.epochs = run.progress.epochs;
  if (run.progress.epochs_done == 0) {
    run.progress.started_source = run.code;
    return;
  }
  run.progress.resumes.push_back(ResumeEntry{run.progress.epochs_done, utc_now(), run.code});
  run.record.resumes = run.progress.resumes;
  if (!run.progress.started_source.is_null()) run.record.source = run.progress.started_source;
}

/// Evaluate after every `interval`-th epoch and after the last one.
std::size_t evaluation_interval(const Json& evaluation, std::size_t epochs) {
  const Json& every = evaluation["every_epoch"];
  if (every.is_boolean()) return every.get<bool>() ? 1 : std::max<std::size_t>(epochs, 1);
  return every.get<std::size_t>();
}

/// The primary procedure's errors on validation and test, with their time.
void evaluate_epoch(Run& run, EpochEntry& e) {
  Setup& s = run.setup;
  Evaluator& primary = *s.procedures.evaluators[s.procedures.primary];
  const auto eval_start = Clock::now();
  e.validation_error =
      s.data->validation.size() ? ErrorPercent(rounded(primary.error(s.trainer->model(), s.data->validation)))
                                : ErrorPercent();
  e.test_error = ErrorPercent(rounded(primary.error(s.trainer->model(), s.data->test)));
  e.evaluation_seconds = rounded(seconds_since(eval_start), 3);
}

/// Trains one epoch, checks the parameters, evaluates when due, checkpoints.
void train_epoch(Run& run, std::size_t epoch, std::size_t interval) {
  Setup& s = run.setup;
  const std::size_t epochs = s.trainer->epochs();
  auto progress = [&](const BatchProgress& p) { run.observer.on_batch(p); };
  const EpochMetrics m = s.trainer->train_epoch(s.network, s.data->train, s.data->shape, epoch, run.train_rng, progress);
  check_parameters_finite(run.state.parameters, epoch);
  EpochEntry e;
  e.epoch = epoch + 1;
  e.learning_rate = m.learning_rate;
  e.train_loss = rounded(m.train_loss, 6);
  e.train_error = rounded(m.train_error);
  if (!m.measures.empty()) {
    e.measures.emplace();
    for (const auto& [name, value] : m.measures) e.measures->emplace_back(name, rounded(value, 6));
  }
  if ((epoch + 1) % interval == 0 || epoch + 1 == epochs) evaluate_epoch(run, e);
  e.seconds = rounded(m.seconds, 3);
  e.examples_per_second = std::round(static_cast<double>(m.examples) / m.seconds);
  run.record.epochs.push_back(e);
  check_loss_rise(run.manifest, run.record.epochs, epoch);
  run.progress.epochs_done = epoch + 1;
  run.progress.epochs = run.record.epochs;
  save_progress(run.folder, run.manifest, run.progress, run.train_rng, run.state, run.code);
  kill_rank_if_asked(epoch + 1);
  run.observer.on_epoch(e.to_json());
}

/// Timings and memory, as the record ends.
void close_record(Run& run, const std::string& status) {
  run.record.status = status;
  run.record.wall_seconds = rounded(seconds_since(run.start), 2);
  run.record.peak_rss_mib = rounded(peak_rss_mib(), 1);
}

/// Trains the epochs left; a diverged run's record is written, then the
/// DivergenceError rethrown.
void train_epochs(Run& run) {
  const std::size_t epochs = run.setup.trainer->epochs();
  const std::size_t interval = evaluation_interval(run.setup.evaluation, epochs);
  try {
    for (std::size_t epoch = run.progress.epochs_done; epoch < epochs; ++epoch) train_epoch(run, epoch, interval);
  } catch (const DivergenceError& e) {
    run.record.error = e.what();
    close_record(run, "diverged");
    run.folder.write_record(run.record);
    throw;
  }
}

/// One procedure's final errors; the primary one's validation and test
/// errors are the last epoch's when it was evaluated (with the final
/// parameters): reused, not computed again.
SplitErrors procedure_errors(Run& run, std::size_t i, bool on_train, const EpochEntry* last_evaluated) {
  Setup& s = run.setup;
  Evaluator& ev = *s.procedures.evaluators[i];
  SplitErrors errors;
  if (on_train) errors.train = rounded(ev.error(s.trainer->model(), s.data->train));
  if (i == s.procedures.primary && last_evaluated) {
    errors.validation = last_evaluated->validation();
    errors.test = *last_evaluated->test_error;
  } else {
    if (s.data->validation.size()) errors.validation = rounded(ev.error(s.trainer->model(), s.data->validation));
    errors.test = rounded(ev.error(s.trainer->model(), s.data->test));
  }
  return errors;
}

/// Every procedure's final errors, the primary one's as the headline.
FinalErrors final_errors(Run& run) {
  const Procedures& procedures = run.setup.procedures;
  const EpochEntry* last = run.record.epochs.empty() ? nullptr : &run.record.epochs.back();
  const EpochEntry* last_evaluated = last && last->test_error ? last : nullptr;
  const std::string train_errors = run.setup.evaluation["final_train_error"].get<std::string>();
  FinalErrors final;
  final.procedure = procedures.names[procedures.primary];
  for (std::size_t i = 0; i < procedures.evaluators.size(); ++i) {
    const bool on_train = train_errors == "all" || (train_errors == "primary" && i == procedures.primary);
    final.by_procedure.emplace_back(procedures.names[i], procedure_errors(run, i, on_train, last_evaluated));
  }
  const SplitErrors& headline = final.by_procedure[procedures.primary].second;
  final.train_error = headline.train;
  final.validation_error = headline.validation;
  final.test_error = headline.test;
  return final;
}

/// Runs a resolved manifest (of one seed) in its folder; returns its record.
RunRecord run_resolved(const Json& manifest, const RunOptions& options, RunObserver& observer) {
  Run run(manifest, run_folder(manifest, options), observer);
  set_up(manifest, run.train_rng, run.setup);
  // Held from the first file written to the last: a second run of this
  // folder is refused (set_up above writes nothing).
  const RunFolderLock lock(run.folder);
  run.state = training_state(run.setup);
  begin_or_resume(run, options.restart);
  open_record(run);
  observer.on_start(run.record.to_json());
  train_epochs(run);
  run.record.final = final_errors(run);
  close_record(run, "completed");
  run.folder.write_record(run.record);
  // The last epoch's checkpoint is the trained model, for evaluate_model.
  run.folder.keep_checkpoint_as_model(observer);
  observer.on_finish(run.record.to_json());
  return std::move(run.record);
}

/// " (use --restart to train it again)", or, when the record names a commit
/// other than this checkout's, a sentence saying that --restart would train
/// it on this code: the run's identity is its manifest, not the code.
std::string reuse_hint(const RunRecord& record) {
  const Json& source = record.source;
  const std::string made = source.is_object() && source.contains("commit") && source["commit"].is_string()
                               ? source["commit"].get<std::string>()
                               : "unknown";
  const std::string here = checkout_revision().value("commit", "unknown");
  if (made == "unknown" || here == "unknown" || made == here) return " (use --restart to train it again)";
  return " (trained at commit " + made.substr(0, 7) + "; this checkout is " + here.substr(0, 7) +
         ": use --restart to train it on this code)";
}

/// A manifest without "seeds": its completed record reused, or it is run.
Json run_single(const Json& manifest, const RunOptions& options, RunObserver& observer) {
  const RunFolder folder = run_folder(manifest, options);
  if (auto previous = folder.reuse(manifest, options.restart, observer)) {
    observer.on_message("reusing the " + previous->status + " run " + folder.record_file().string() +
                        reuse_hint(*previous));
    return previous->to_json();
  }
  return run_resolved(manifest, options, observer).to_json();
}

/// One seed of a study: its completed record reused, or it is run; a seed
/// diverging is a result, not the end of the study: its diverged record
/// stays, the other seeds run, the summary says so.
RunRecord run_seed(const Json& manifest, const Json& seed, const RunFolder& study, const RunOptions& options,
                   RunObserver& observer) {
  Json single = manifest;
  single["seed"] = seed;
  RunOptions per_seed = options;
  const RunFolder folder = study.seed_folder(seed);
  per_seed.run_dir = folder.dir();
  if (auto previous = folder.reuse(single, options.restart, observer)) {
    observer.on_message("seed " + seed.dump() + ": reusing the " + previous->status + " run " +
                        folder.record_file().string() + reuse_hint(*previous));
    return std::move(*previous);
  }
  try {
    return run_resolved(single, per_seed, observer);
  } catch (const DivergenceError& e) {
    observer.on_message("seed " + seed.dump() + ": " + e.what());
    return folder.read_record();
  }
}

/// A manifest with "seeds": each seed run (or reused), then the summary.
Json run_seeds(const Json& manifest, const RunOptions& options, RunObserver& observer) {
  const RunFolder study = run_folder(manifest, options);
  if (options.restart) {
    // Every seed is marked before the first trains, so a --restart stopped
    // between seeds does not leave the later ones' old records to be reused.
    for (const auto& seed : manifest["seeds"]) study.seed_folder(seed).mark_restart();
  }
  std::vector<RunRecord> records;
  for (const auto& seed : manifest["seeds"]) records.push_back(run_seed(manifest, seed, study, options, observer));
  const SeedSummary summary = summarize_seeds(manifest, records);
  study.write_summary(summary);
  return summary.to_json();
}

}  // namespace

namespace {

/// Where a rank other than 0 of a run on every rank writes: a scratch copy
/// of the run's folder as the job found it (so it resumes or reuses as rank
/// 0 does), removed at the end. Rank 0 alone writes the real folder.
class RankScratch {
 public:
  RankScratch(const Json& manifest, const std::filesystem::path& results_dir) {
    std::string pattern = (std::filesystem::temp_directory_path() / "fflab-rank-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw Error("cannot make a scratch folder in " + pattern);
    root_ = pattern;
    const RunFolder real = RunFolder::of(manifest, results_dir);
    const RunFolder copy = RunFolder::of(manifest, root_);
    std::filesystem::create_directories(copy.dir());
    if (std::filesystem::exists(real.dir()))
      std::filesystem::copy(real.dir(), copy.dir(), std::filesystem::copy_options::recursive);
  }
  ~RankScratch() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  RankScratch(const RankScratch&) = delete;
  RankScratch& operator=(const RankScratch&) = delete;
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

Json run_study_here(const Json& manifest, const RunOptions& options) {
  RunObserver none;
  RunObserver& observer = options.observer ? *options.observer : none;
  return manifest["seeds"].is_null() ? run_single(manifest, options, observer)
                                     : run_seeds(manifest, options, observer);
}

}  // namespace

Json run_study(Json manifest, const RunOptions& options) {
  resolve_manifest(manifest);
  if (!trains_on_every_rank(manifest)) return run_study_here(manifest, options);
  Communicator& ranks = world();
  std::optional<RankScratch> scratch;
  RunOptions mine = options;
  if (ranks.rank() != 0) {
    scratch.emplace(manifest, options.results_dir);
    mine.results_dir = scratch->root();
    mine.run_dir.clear();
  }
  ranks.barrier();  // every rank has read the run's folder before rank 0 writes to it
  const SharedEvaluation shared(ranks);
  return run_study_here(manifest, mine);
}

Json run_study_seed(Json manifest, const Json& seed, const RunOptions& options) {
  resolve_manifest(manifest);
  RunObserver none;
  return run_seed(manifest, seed, run_folder(manifest, options), options, options.observer ? *options.observer : none)
      .to_json();
}

Json summarize_study(Json manifest, const RunOptions& options) {
  resolve_manifest(manifest);
  const RunFolder study = run_folder(manifest, options);
  std::vector<RunRecord> records;
  for (const auto& seed : manifest["seeds"]) records.push_back(study.seed_folder(seed).read_record());
  const SeedSummary summary = summarize_seeds(manifest, records);
  study.write_summary(summary);
  return summary.to_json();
}

Json run_experiment(Json manifest, const RunOptions& options) {
  resolve_manifest(manifest);
  RunObserver none;
  return run_resolved(manifest, options, options.observer ? *options.observer : none).to_json();
}

void check_run(Json manifest) {
  resolve_manifest(manifest);
  if (!manifest["seeds"].is_null()) manifest["seed"] = manifest["seeds"].front();
  Rng train_rng;
  Setup setup;
  set_up(manifest, train_rng, setup);
}

}  // namespace fflab
