#pragma once
// The running totals of one training epoch, shared by every trainer's loop.
#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <utility>

#include "fflab/core/errors.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/train/epoch_metrics.hpp"

namespace fflab {

/// Running totals of one training epoch: the mean loss per example, the
/// error rate over the decisions counted (0 when none were), a progress
/// report after every batch, and the EpochMetrics at the end. The clock
/// starts at construction. The progress callback is copied (a temporary
/// or an empty one is fine).
class EpochTally {
 public:
  EpochTally(std::size_t epoch, std::size_t epochs, std::size_t batches, ProgressCallback progress);

  void add_errors(std::size_t errors, std::size_t decisions) {
    errors_ += errors;
    decisions_ += decisions;
  }
  /// Adds `value`, the mean of measure `name` over this batch's `rows`
  /// examples; finish() reports each measure's mean over all its rows
  /// (EpochMetrics::measures).
  void add_measure(const std::string& name, double value, std::size_t rows) {
    auto& [sum, count] = measures_[name];
    sum += value * static_cast<double>(rows);
    count += rows;
  }
  /// Batch b (0-based) of `rows` examples is done, with mean loss `loss`
  /// per example: adds it and reports progress.
  void batch_done(std::size_t b, std::size_t rows, double loss);
  /// Makes measure `name` known with nothing added yet (so a rank that
  /// adds none of it still takes part in combine()); finish() leaves out a
  /// measure that no rows were added to.
  void declare_measure(const std::string& name) { measures_.try_emplace(name, 0.0, 0); }
  /// Sums the errors, decisions and measures over the ranks of a
  /// distributed run; with `losses_from` >= 0 every rank takes that rank's
  /// loss total too (a layer pipeline: the last rank's losses are the whole
  /// batches'; a data-parallel run sums the losses per batch already).
  /// Every rank must have the same measures.
  void combine(Communicator& ranks, int losses_from = -1);
  /// The epoch's metrics; `learning_rate` is the rate it used.
  EpochMetrics finish(double learning_rate) const;

 private:
  using Clock = std::chrono::steady_clock;
  std::size_t epoch_, epochs_, batches_;
  ProgressCallback progress_;
  Clock::time_point start_;
  double loss_sum_ = 0.0;
  std::size_t seen_ = 0, errors_ = 0, decisions_ = 0;
  std::map<std::string, std::pair<double, std::size_t>> measures_;  // name -> (row-weighted sum, rows)
};

/// The error a trainer throws when a loss of batch `batch` (0-based) of
/// `epoch` (0-based) is not finite: "training diverged in epoch E, batch B:
/// the WHAT is VALUE; FIX".
DivergenceError batch_diverged(std::size_t epoch, std::size_t batch, const std::string& what, double value,
                               const std::string& fix = "lower trainer.optimizer.lr or add a schedule");

}  // namespace fflab
