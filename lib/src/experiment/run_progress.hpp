#pragma once
// RunProgress (internal to the experiment module): what a run's checkpoint
// carries besides its tensors — the resolved manifest, the code that trained
// up to there, the epochs done and their record entries, the history of
// resumes, the RNG state and the optimizers' step counts — saved after every
// epoch and restored to resume.
#include <cstddef>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/run_record.hpp"
#include "training_state.hpp"

namespace fflab {

/// The epochs done, their record entries and the resumes so far.
struct RunProgress {
  std::size_t epochs_done = 0;
  std::vector<EpochEntry> epochs;
  std::vector<ResumeEntry> resumes;
  /// The code that trained the first epochs (the record's "source"); null
  /// for a checkpoint resumed before it was kept, from an earlier version.
  Json started_source;
};

/// Writes the folder's checkpoint after `progress.epochs_done` epochs.
void save_progress(const RunFolder& folder, const Json& manifest, const RunProgress& progress, const Rng& rng,
                   const TrainingState& state, const Json& source);

/// Restores parameters, optimizer state and the RNG from the folder's
/// checkpoint, and returns its epochs' entries and resumes. A ConfigError
/// when another manifest made it, a DataError naming the file when it is
/// damaged.
RunProgress restore_progress(const RunFolder& folder, const Json& manifest, Rng& rng, TrainingState& state);

}  // namespace fflab
