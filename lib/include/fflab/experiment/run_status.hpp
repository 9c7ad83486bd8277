#pragma once
// RunStatus: where each run below a results folder stands, for watching long
// runs in the background (`fflab status`): in progress (a checkpoint: epochs
// done of the manifest's), or finished (a record: its status and errors).
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab {

struct RunStatus {
  std::string run;                   ///< "<study>/<name>", the folder below the results folder
  std::string state;                 ///< "in progress", or the record's status ("completed", "diverged")
  std::size_t epochs_done = 0, epochs = 0;
  Json last_epoch;                   ///< the latest epoch's entry (null if none)
  Json last_validated;               ///< the latest epoch's entry with a validation error (null if none)
  Json final_errors;                 ///< a finished record's "final" (null otherwise)
  double minutes_since_update = 0.0; ///< since the checkpoint or record was written
  double minutes_to_go = 0.0;        ///< in progress: the epochs left at the recorded epochs' typical time (time_to_go.hpp)
  bool restart_pending = false;      ///< a --restart of it began and has not written its record (kRestartMarker)
};

/// Every run below `dir` (folders holding checkpoint.bin or record.json),
/// sorted by name. A checkpoint makes a run "in progress" even beside an
/// older record (an unfinished --restart), but not beside the record whose
/// last checkpoint it is (the run stopped before keeping it as its model):
/// that run is the record's. Broken files are DataErrors naming the file.
std::vector<RunStatus> run_statuses(const std::filesystem::path& dir);

/// One line: "mnist_ff/x: in progress, epoch 12 of 60 (train 2.10 %, validation 2.52 % at epoch 10),
/// about 85 min to go, updated 3 min ago"; the validation error is the latest
/// one recorded (runs that evaluate every k-th epoch have none at most epochs).
/// A run in progress with all its epochs done says its final evaluation is not
/// recorded yet (running, or stopped: a plain re-run does it). A finished
/// record with a --restart pending (stopped before its first checkpoint, or a
/// study's later seed not reached yet) says so: a plain re-run trains it.
std::string status_line(const RunStatus& status);

}  // namespace fflab
