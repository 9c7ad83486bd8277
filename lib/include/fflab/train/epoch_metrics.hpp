#pragma once
// What an epoch of training reports: its metrics at the end, its progress
// after every batch.
#include <cstddef>
#include <functional>
#include <map>
#include <string>

namespace fflab {

/// What one epoch of training measured on the fly (over the training batches,
/// with dropout on): mean loss, error in percent, time.
struct EpochMetrics {
  double train_loss = 0.0;
  double train_error = 0.0;   // percent, running over the epoch
  double learning_rate = 0.0; // the rate used in this epoch
  double seconds = 0.0;
  std::size_t examples = 0;
  /// The trainer's own measures, each a mean over the epoch's examples:
  /// per block "block<k>.loss", "block<k>.positive_goodness",
  /// "block<k>.negative_goodness" (k 0-based), per head "<head>.loss".
  /// Empty for trainers that have none besides train_loss.
  std::map<std::string, double> measures;
};

/// Progress of an epoch, for live display: batch index (1-based) of batches,
/// running mean loss so far.
struct BatchProgress {
  std::size_t epoch = 0, epochs = 0, batch = 0, batches = 0, examples = 0;
  double running_loss = 0.0;
  double seconds = 0.0;
};
using ProgressCallback = std::function<void(const BatchProgress&)>;

}  // namespace fflab
