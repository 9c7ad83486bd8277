#pragma once
// Trainer: turns a Network and a training split into a trained network, one
// epoch at a time, so the runner can evaluate, record and checkpoint between
// epochs. Trainers own their optimizers (one per parameter block).
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/optim/optimizer.hpp"

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

class Trainer {
 public:
  virtual ~Trainer() = default;
  virtual std::string type() const = 0;
  virtual std::size_t epochs() const = 0;
  /// Whether the network must end in one output per class (backprop: yes;
  /// Forward-Forward nets end in their last hidden block).
  virtual bool network_outputs_classes() const { return true; }
  /// Builds optimizers (and any heads) for the network and data; throws
  /// ConfigError (pointer under /trainer or /network) if they do not fit.
  virtual void attach(Network& network, const Dataset& data) = 0;
  /// Draws the trainer's own random state (fixed feedback matrices, private
  /// heads) from the run's initialisation generator; called once after
  /// attach (a resumed run then restores it from the checkpoint).
  virtual void initialize(Rng& /*rng*/) {}
  /// Trains one epoch (0-based index) over `train` in shuffled mini-batches.
  /// Throws DivergenceError (naming epoch and batch) on a non-finite loss.
  virtual EpochMetrics train_epoch(Network& network, const Split& train, const FeatureShape& shape,
                                   std::size_t epoch, Rng& rng, const ProgressCallback& progress) = 0;
  /// Optimizers in a fixed order (for checkpoints).
  virtual std::vector<Optimizer*> optimizers() = 0;
  /// Further state to checkpoint besides network parameters and optimizer
  /// state (classifier heads, running statistics), in a fixed order. All an
  /// evaluator reads of the trainer must be here or in the network: a run's
  /// model file is its last checkpoint, and fflab evaluate restores only it.
  /// A tensor allocated here by attach() keeps its shape (checked on restore).
  virtual std::vector<Matrix*> extra_state() { return {}; }
  /// Hyper-parameters worth echoing into records and table rows.
  virtual Json summary() const { return Json::object(); }
};

}  // namespace fflab
