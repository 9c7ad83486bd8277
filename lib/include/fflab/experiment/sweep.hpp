#pragma once
// A sweep: several manifests (and the seeds of studies) run as independent
// jobs spread over the ranks of a job (mpirun -n N fflab run a.json b.json):
// job i runs on rank i % N (a data-parallel one, with "distributed", on
// every rank together), each rank writes only its own runs' folders,
// resume and reuse work per run as in one process, and rank 0 writes the
// studies' summaries once every rank is done. On one process it is the same
// as running the manifests in turn.
#include <cstddef>
#include <optional>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/experiment/runner.hpp"

namespace fflab {

/// One job of a sweep: a manifest without "seeds", or one seed of a study.
struct SweepJob {
  std::size_t manifest = 0;  ///< index in the sweep's manifests
  std::optional<Json> seed;  ///< the seed, for a study with "seeds"
};

/// The jobs of these manifests, in order (manifests resolved or not).
std::vector<SweepJob> sweep_jobs(const std::vector<Json>& manifests);

/// The rank that runs job `job` of a sweep over `ranks` ranks.
inline int sweep_rank(std::size_t job, int ranks) { return static_cast<int>(job % static_cast<std::size_t>(ranks)); }

/// Runs this rank's jobs of the sweep, then, after every rank is done, on
/// rank 0 writes each study's summary and returns per manifest its record or
/// summary; the other ranks return nulls. A --restart (options.restart)
/// marks every seed of every study (rank 0) before any job trains.
std::vector<Json> run_sweep(const std::vector<Json>& manifests, const RunOptions& options, Communicator& ranks);

}  // namespace fflab
