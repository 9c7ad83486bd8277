#include "fflab/experiment/run_folder.hpp"

#include <system_error>

#include "fflab/core/json_difference.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/result_shape.hpp"
#include "fflab/experiment/results_layout.hpp"
#include "fflab/experiment/run_identity.hpp"

namespace fflab {

namespace {

bool is_file(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec);
}

std::size_t manifest_epochs(const Json& manifest) {
  const Json* trainer = manifest.is_object() && manifest.contains("trainer") ? &manifest["trainer"] : nullptr;
  return trainer && trainer->contains("epochs") && (*trainer)["epochs"].is_number_unsigned()
             ? (*trainer)["epochs"].get<std::size_t>()
             : 0;
}

}  // namespace

bool is_records_last_checkpoint(const Json& header, const RunRecord& record) {
  const Json checkpointed = header.contains("epochs") ? header["epochs"] : Json::array();
  return !record.epochs.empty() && nlohmann::json(checkpointed) == nlohmann::json(epochs_to_json(record.epochs));
}

RunFolder RunFolder::of(const Json& manifest, const std::filesystem::path& results_dir) {
  return RunFolder(results_dir / manifest.at("study").get<std::string>() / manifest.at("name").get<std::string>());
}

RunFolder RunFolder::seed_folder(const Json& seed) const { return RunFolder(dir_ / seed_folder_name(seed.dump())); }

std::string RunFolder::seed_record_entry(const Json& seed) {
  return seed_folder_name(seed.dump()) + "/" + kRecordFile;
}

bool RunFolder::is_record_file(const std::filesystem::path& file) { return file.filename() == kRecordFile; }
bool RunFolder::is_summary_file(const std::filesystem::path& file) { return file.filename() == kSummaryFile; }
bool RunFolder::is_result_file(const std::filesystem::path& file) {
  return is_record_file(file) || is_summary_file(file);
}

bool RunFolder::holds_result(const std::filesystem::path& dir) {
  return is_file(dir / kRecordFile) || is_file(dir / kSummaryFile);
}

std::string RunFolder::result_file_names() { return std::string(kRecordFile) + " or " + kSummaryFile; }

bool RunFolder::has_record() const { return std::filesystem::exists(record_file()); }
bool RunFolder::has_checkpoint() const { return std::filesystem::exists(checkpoint_file()); }

RunRecord RunFolder::read_record() const { return RunRecord::from_json(read_result_file(record_file())); }

Json RunFolder::read_checkpoint_header() const {
  Json header = load_checkpoint_header(checkpoint_file());
  check_checkpoint_header(header, checkpoint_file());
  return header;
}

RunFolderState RunFolder::state() const {
  RunFolderState s;
  s.restart_pending = std::filesystem::exists(restart_marker());
  s.model_kept = std::filesystem::exists(model_file());
  if (has_checkpoint()) {
    s.checkpoint = read_checkpoint_header();
    check_checkpoint_tensors(checkpoint_file());  // a checkpoint cut short is not "in progress"
  }
  if (has_record()) s.record = read_record();
  if (s.checkpoint && !(s.record && is_records_last_checkpoint(*s.checkpoint, *s.record))) {
    s.epochs = manifest_epochs(s.checkpoint->value("manifest", Json::object()));
    const std::size_t done = s.checkpoint->value("epochs_done", std::size_t{0});
    s.phase = s.epochs > 0 && done >= s.epochs ? RunPhase::trained : RunPhase::in_progress;
  } else if (s.record) {
    s.epochs = manifest_epochs(s.record->manifest);
    s.phase = RunPhase::finished;
  }
  return s;
}

namespace {
/// Whether `record` was made by the code at hand: this checkout's commit,
/// with no uncommitted changes on either side.
bool made_by_this_code(const RunRecord& record) {
  const Json& here = checkout_revision();
  const Json& made = record.source;
  return here.value("commit", "unknown") != "unknown" && here["dirty"] == false && made.is_object() &&
         made.value("commit", "") == here["commit"].get<std::string>() && made.value("dirty", Json(true)) == false;
}
}  // namespace

std::optional<RunRecord> RunFolder::reuse(const Json& manifest, bool restart, RunObserver& observer) const {
  const std::string done = record_file().string();
  if (restart || !has_record()) return std::nullopt;
  RunRecord previous = read_record();
  if (previous.status == "diverged") {
    // A result too: the same code would diverge the same way again.
    if (std::filesystem::exists(restart_marker()) || !same_run(previous.manifest, manifest) ||
        !made_by_this_code(previous))
      return std::nullopt;
    return previous;
  }
  if (!previous.completed()) return std::nullopt;
  if (std::filesystem::exists(restart_marker())) {
    observer.on_message("the completed run " + done + " is being replaced by an interrupted --restart (" +
                        restart_marker().string() +
                        "): training that on; the completed record stands until it finishes");
    return std::nullopt;
  }
  if (!same_run(previous.manifest, manifest)) {
    // Said, not refused: training a changed manifest is how a run is redone.
    observer.on_message("the completed run " + done + " was made by a different manifest (" +
                        first_json_difference(run_identity(previous.manifest), run_identity(manifest),
                                              "the record's", "this one") +
                        "): training this one, whose record replaces it (give it another \"name\" to keep both)");
    return std::nullopt;
  }
  if (!has_checkpoint()) return previous;
  Json header;
  try {
    header = read_checkpoint_header();
  } catch (const std::exception&) {
    return previous;  // unreadable: left for the run that made it; the record stands
  }
  if (!same_run(header.at("manifest"), manifest)) return previous;
  if (!is_records_last_checkpoint(header, previous)) {
    observer.on_message("the completed run " + done + " has an unfinished --restart beside it (" +
                        checkpoint_file().string() + ", " + header.at("epochs_done").dump() +
                        " epochs): resuming that; the completed record stands until it finishes");
    return std::nullopt;
  }
  if (keep_checkpoint_as_model(observer))
    observer.on_message("kept the finished run's last checkpoint as its model, " + std::string(kModelFile));
  return previous;
}

bool RunFolder::begin(bool restart, RunObserver& observer) const {
  if (restart) mark_restart();
  bool resume = false;
  if (has_checkpoint()) {
    if (restart) {
      std::filesystem::remove(checkpoint_file());
      observer.on_message("discarded the checkpoint " + checkpoint_file().string() + " (--restart)");
    } else {
      resume = true;
    }
  }
  std::filesystem::create_directories(dir_);
  return resume;
}

void RunFolder::save_checkpoint(const Json& meta, const std::vector<const Matrix*>& tensors) const {
  fflab::save_checkpoint(checkpoint_file(), meta, tensors);
}

Checkpoint RunFolder::load_checkpoint() const { return fflab::load_checkpoint(checkpoint_file()); }

void RunFolder::write_record(const RunRecord& record) const {
  write_file_atomically(record_file(), record.to_json().dump(2) + "\n");
  std::error_code ignored;  // absent unless this was a --restart
  std::filesystem::remove(restart_marker(), ignored);
}

void RunFolder::write_summary(const SeedSummary& summary) const {
  write_file_atomically(summary_file(), summary.to_json().dump(2) + "\n");
}

void RunFolder::mark_restart() const {
  std::filesystem::create_directories(dir_);
  write_file_atomically(restart_marker(),
                        "a --restart of this run began at " + utc_now() +
                            "; until its record is written, a plain re-run trains it instead of reusing the old one\n");
}

bool RunFolder::keep_checkpoint_as_model(RunObserver& observer) const {
  std::error_code ec;
  std::filesystem::rename(checkpoint_file(), model_file(), ec);
  if (ec)
    observer.on_message("could not keep the trained model: renaming " + checkpoint_file().string() + " to " +
                        kModelFile + " failed (" + ec.message() + ")");
  return !ec;
}

std::filesystem::path RunFolder::model_to_evaluate(
    const std::function<bool(const Json& made_by, const std::filesystem::path& file)>& trained_it) const {
  std::vector<std::filesystem::path> present, trained;
  Json checkpoint_header;
  for (const auto& file : {model_file(), checkpoint_file()}) {
    if (!std::filesystem::exists(file)) continue;
    present.push_back(file);
    try {
      Json header = fflab::load_checkpoint_header(file);
      if (trained_it(header.at("manifest"), file)) trained.push_back(file);
      if (file == checkpoint_file()) checkpoint_header = std::move(header);
    } catch (const std::exception&) {
      // Unreadable or of another manifest: evaluate_model names the problem if it is the one chosen.
    }
  }
  if (present.empty()) return model_file();
  if (trained.empty()) return present.front();
  if (trained.size() == 2) {
    try {
      const RunRecord record = read_record();
      if (record.completed() && is_records_last_checkpoint(checkpoint_header, record)) return trained.back();
    } catch (const std::exception&) {
      // No readable record: the model it is.
    }
  }
  return trained.front();
}

}  // namespace fflab
