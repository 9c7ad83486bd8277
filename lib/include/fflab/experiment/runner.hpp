#pragma once
// The experiment runner: a manifest in, resolved once, a trained and
// evaluated network and its RunRecord out, in the run's folder (RunFolder,
// run_folder.hpp: <results>/<study>/<name>). Everything is validated and the
// data loaded and the network built before anything is written. Whether a
// run is reused, resumed or started afresh is the RunFolder's decision.
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/experiment/run_identity.hpp"
#include "fflab/experiment/run_observer.hpp"

namespace fflab {

struct RunOptions {
  std::filesystem::path results_dir = "results";
  RunObserver* observer = nullptr;
  /// Discard an existing checkpoint instead of resuming from it.
  bool restart = false;
  /// Folder of this run's record and checkpoint; empty = <results>/<study>/<name>.
  std::filesystem::path run_dir;
};

/// Where a manifest's record goes (of one run: seeds are handled by run_study).
std::filesystem::path record_path(const Json& manifest, const std::filesystem::path& results_dir);

/// Where a run keeps its per-epoch checkpoint; when the run completes, the
/// checkpoint becomes its model file.
std::filesystem::path checkpoint_path(const Json& manifest, const std::filesystem::path& results_dir);

/// Where a completed run of a manifest (without "seeds") keeps its model.
std::filesystem::path model_path(const Json& manifest, const std::filesystem::path& results_dir);

/// Runs a manifest with "seeds" once per seed (into <name>/seed-<s>/) and
/// writes <name>/summary.json (mean and sample standard deviation of every
/// final error); without "seeds", the same as run_experiment. A run (or seed)
/// whose record already says it completed with the same run identity is
/// reused, not trained again, unless options.restart, or unless a --restart
/// of it was interrupted (its kRestartMarker is there: a study's --restart
/// marks every seed before the first trains). Returns the summary or the
/// record.
Json run_study(Json manifest, const RunOptions& options);

/// One seed of a manifest with "seeds" (resolved here), as run_study runs
/// it: its completed record reused, or it is run (into <name>/seed-<s>/); a
/// seed that diverges returns its diverged record. The study's summary is
/// not written (summarize_study).
Json run_study_seed(Json manifest, const Json& seed, const RunOptions& options);

/// Writes <name>/summary.json of a manifest with "seeds" from the records
/// its seeds' folders hold (DataError naming a missing one) and returns it.
Json summarize_study(Json manifest, const RunOptions& options);

/// Mean and standard deviation of the final errors of records of one
/// manifest, as JSON (seed_summary.hpp: the typed summary it is).
Json summarize_seeds(const Json& manifest, const std::vector<Json>& records);

/// Runs a manifest (resolving it first) and returns the record it wrote.
/// A checkpoint is written after every epoch; if one from the same resolved
/// manifest exists, the run resumes after its last epoch (unless restart),
/// and the final record equals an uninterrupted run's apart from timings.
Json run_experiment(Json manifest, const RunOptions& options);

/// Everything run_experiment does before the first epoch, writing nothing:
/// resolves the manifest, loads the data, builds the network, the trainer and
/// the evaluation procedures, and tries each procedure on a few rows (of a
/// study with "seeds", its first seed). Throws what the run would throw.
void check_run(Json manifest);

/// Whether a checkpoint (its header) is the last one the run of `record`
/// wrote: the same non-empty per-epoch entries, timings included. A
/// checkpoint of a later --restart of the same manifest differs in them.
bool is_records_last_checkpoint(const Json& header, const Json& record);

}  // namespace fflab
