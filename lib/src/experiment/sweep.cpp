#include "fflab/experiment/sweep.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/run_folder.hpp"

namespace fflab {

namespace {

bool has_seeds(const Json& manifest) { return manifest.contains("seeds") && !manifest["seeds"].is_null(); }

/// Marks every seed of every study for a --restart, before any trains.
void mark_restarts(const std::vector<Json>& manifests, const RunOptions& options) {
  for (const auto& manifest : manifests) {
    if (!has_seeds(manifest)) continue;
    const RunFolder study = RunFolder::of(manifest, options.results_dir);
    for (const auto& seed : manifest["seeds"]) study.seed_folder(seed).mark_restart();
  }
}

}  // namespace

std::vector<SweepJob> sweep_jobs(const std::vector<Json>& manifests) {
  std::vector<SweepJob> jobs;
  for (std::size_t m = 0; m < manifests.size(); ++m) {
    if (!has_seeds(manifests[m])) {
      jobs.push_back({m, std::nullopt});
      continue;
    }
    for (const auto& seed : manifests[m]["seeds"]) jobs.push_back({m, seed});
  }
  return jobs;
}

std::vector<Json> run_sweep(const std::vector<Json>& manifests, const RunOptions& options, Communicator& ranks) {
  if (options.restart && ranks.rank() == 0) mark_restarts(manifests, options);
  ranks.barrier();
  const auto jobs = sweep_jobs(manifests);
  std::vector<Json> results(manifests.size());
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    const SweepJob& job = jobs[j];
    // A data-parallel run takes every rank; the others are dealt round.
    const bool everyone = manifests[job.manifest].value("distributed", Json()).is_object();
    if (!everyone && sweep_rank(j, ranks.size()) != ranks.rank()) continue;
    try {
      if (job.seed)
        run_study_seed(manifests[job.manifest], *job.seed, options);
      else
        run_study(manifests[job.manifest], options);
    } catch (const DivergenceError&) {
      // Its record says "diverged"; the sweep's other jobs go on.
    }
  }
  ranks.barrier();
  if (ranks.rank() != 0) return std::vector<Json>(manifests.size());
  for (std::size_t m = 0; m < manifests.size(); ++m) {
    if (has_seeds(manifests[m])) {
      results[m] = summarize_study(manifests[m], options);
    } else {
      results[m] = RunFolder::of(manifests[m], options.results_dir).read_record().to_json();
    }
  }
  return results;
}

}  // namespace fflab
