#pragma once
// RunFolder: the one owner of a run's folder (<results>/<study>/<name>, or a
// seed's <name>/seed-<s>) and of the names of the files in it:
//   record.json      the run's RunRecord, written once it finished
//                    (completed or diverged);
//   checkpoint.bin   written after every epoch while it trains;
//   model.bin        a completed run's last checkpoint, kept for evaluate;
//   restart.pending  a --restart began and has not written its record yet;
//   summary.json     a several-seed run's SeedSummary, beside its seed-N/;
//   run.lock         held by the process running in the folder.
// Files are written through a temporary file beside them (write_file_atomically:
// <name>.tmp.<pid>.<n>, one per writer) and renamed. Neither checkpoint nor model is committed.
//
// The folder's state (state()) and the decisions taken from it — reuse a
// completed record, resume a checkpoint or start afresh (reuse(), begin()),
// which weights `fflab evaluate` reads (model_to_evaluate()) — are made here
// and nowhere else.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/run_observer.hpp"
#include "fflab/experiment/run_record.hpp"

namespace fflab {

inline constexpr const char* kRecordFile = "record.json";
inline constexpr const char* kSummaryFile = "summary.json";
inline constexpr const char* kCheckpointFile = "checkpoint.bin";
inline constexpr const char* kModelFile = "model.bin";
/// Written by a --restart before it discards anything, removed once the new
/// record is written: while it is there, the completed record beside it is
/// the one being replaced, so a plain re-run trains (resumes) instead of
/// reusing it. A study's --restart writes one into every seed's folder first.
inline constexpr const char* kRestartMarker = "restart.pending";
/// Held (flock) by the process that runs in the folder, naming its pid and
/// host; removed when it is done (run_folder_lock.hpp).
inline constexpr const char* kLockFile = "run.lock";

/// Where a run's folder stands, told from its files.
enum class RunPhase {
  empty,        ///< neither a record nor a checkpoint
  in_progress,  ///< a checkpoint of fewer epochs than its manifest trains (beside an older record: an unfinished --restart)
  trained,      ///< a checkpoint of every epoch; the final evaluation is not recorded (running, or stopped)
  finished,     ///< a record; a checkpoint beside it is the record's own last one (its model not kept yet)
};

/// A run folder's files as read: the phase and what it was told from.
struct RunFolderState {
  RunPhase phase = RunPhase::empty;
  std::optional<RunRecord> record;  ///< record.json, when there
  std::optional<Json> checkpoint;   ///< checkpoint.bin's header (shape checked), when there
  std::size_t epochs = 0;           ///< the epochs its manifest trains (the checkpoint's while in progress, else the record's)
  bool restart_pending = false;     ///< restart.pending is there
  bool model_kept = false;          ///< model.bin is there
};

/// One run's folder: paths of its files, reading and writing them, and the
/// decisions taken from them. A value (a path); nothing is read or written
/// until a member is called. Reading throws the DataErrors of
/// read_result_file and load_checkpoint_header, naming the file.
class RunFolder {
 public:
  explicit RunFolder(std::filesystem::path dir) : dir_(std::move(dir)) {}
  /// The folder of a manifest's run (of a study with "seeds", the folder
  /// of its seeds and summary) below a results folder.
  static RunFolder of(const Json& manifest, const std::filesystem::path& results_dir);
  /// The folder of one seed (as the manifest writes it) of a several-seed run.
  RunFolder seed_folder(const Json& seed) const;
  /// A seed's record relative to its run's folder ("seed-3/record.json").
  static std::string seed_record_entry(const Json& seed);

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path record_file() const { return dir_ / kRecordFile; }
  std::filesystem::path summary_file() const { return dir_ / kSummaryFile; }
  std::filesystem::path checkpoint_file() const { return dir_ / kCheckpointFile; }
  std::filesystem::path model_file() const { return dir_ / kModelFile; }
  std::filesystem::path restart_marker() const { return dir_ / kRestartMarker; }
  std::filesystem::path lock_file() const { return dir_ / kLockFile; }

  /// Whether `file` is named as a record or a summary (what the results tools read).
  static bool is_result_file(const std::filesystem::path& file);
  static bool is_record_file(const std::filesystem::path& file);
  static bool is_summary_file(const std::filesystem::path& file);
  /// Whether `dir` holds a record or summary file of its own (regular files only; never throws).
  static bool holds_result(const std::filesystem::path& dir);
  /// "record.json or summary.json", for messages.
  static std::string result_file_names();

  bool has_record() const;
  bool has_checkpoint() const;

  /// The record (read_result_file's DataErrors for a broken one).
  RunRecord read_record() const;
  /// The checkpoint's header, shape checked (DataErrors naming the file).
  Json read_checkpoint_header() const;
  /// Reads the files: the checkpoint's header first, then the record.
  /// A checkpoint makes the run in progress (or trained) even beside an
  /// older record (an unfinished --restart), but not beside the record whose
  /// last checkpoint it is: that run is finished.
  RunFolderState state() const;

  /// A plain re-run's decision: the record if it is a completed run of this
  /// very manifest, to reuse instead of training; a diverged one only if
  /// this checkout's code made it (same commit, no uncommitted changes on
  /// either side), else it resumes from its last checkpoint. Not when `restart`, nor
  /// beside a restart.pending mark, nor when the record is of another
  /// manifest, nor when a checkpoint of this manifest that is not the
  /// record's own last one lies beside it (an interrupted --restart: it
  /// resumes). The record's own last checkpoint becomes its model now.
  /// Tells `observer` why a completed record is not reused.
  std::optional<RunRecord> reuse(const Json& manifest, bool restart, RunObserver& observer) const;

  /// Before the first epoch: a --restart marks the folder and discards the
  /// checkpoint (saying so); otherwise a checkpoint there is to be resumed.
  /// Makes the folder. Returns whether to resume from checkpoint_file().
  bool begin(bool restart, RunObserver& observer) const;

  void save_checkpoint(const Json& meta, const std::vector<const Matrix*>& tensors) const;
  Checkpoint load_checkpoint() const;

  /// Writes the record, then removes the restart mark.
  void write_record(const RunRecord& record) const;
  /// Writes a several-seed run's summary.
  void write_summary(const SeedSummary& summary) const;
  /// Marks a --restart of this folder (made if missing).
  void mark_restart() const;
  /// Renames the last checkpoint to the model file (an older one is
  /// replaced). The record is complete without it, so a failure is told,
  /// not thrown; returns whether the model was kept.
  bool keep_checkpoint_as_model(RunObserver& observer) const;

  /// The weights `fflab evaluate` reads: model.bin if there is one, else
  /// checkpoint.bin, else model.bin (reported missing). When both are there,
  /// the one `trained_it(made_by, file)` says this manifest trained, and of
  /// two it trained the model, unless the checkpoint is the completed
  /// record's own last one (stopped before keeping it: model.bin is older).
  std::filesystem::path model_to_evaluate(
      const std::function<bool(const Json& made_by, const std::filesystem::path& file)>& trained_it) const;

 private:
  std::filesystem::path dir_;
};

/// Whether a checkpoint (its header) is the last one the run of `record`
/// wrote: the same non-empty per-epoch entries, timings included. A
/// checkpoint of a later --restart of the same manifest differs in them.
bool is_records_last_checkpoint(const Json& header, const RunRecord& record);

}  // namespace fflab
