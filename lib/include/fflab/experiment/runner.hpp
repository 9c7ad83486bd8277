#pragma once
// The experiment runner: a resolved manifest in, a trained and evaluated
// network and its RunRecord out (results/<study>/<name>/record.json).
// Everything is validated and the data loaded and the network built before
// anything is written.
#include <filesystem>
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

/// Receives progress; the library itself never prints.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void on_start(const Json& /*summary*/) {}
  virtual void on_batch(const BatchProgress& /*progress*/) {}
  virtual void on_epoch(const Json& /*epoch_record*/) {}
  virtual void on_finish(const Json& /*record*/) {}
};

struct RunOptions {
  std::filesystem::path results_dir = "results";
  RunObserver* observer = nullptr;
};

/// Where a manifest's record goes.
std::filesystem::path record_path(const Json& manifest, const std::filesystem::path& results_dir);

/// Runs a manifest (resolving it first) and returns the record it wrote.
Json run_experiment(Json manifest, const RunOptions& options);

}  // namespace fflab
