#pragma once
// Trainer: turns a Network and a training split into a trained network, one
// epoch at a time, so the runner can evaluate, record and checkpoint between
// epochs. A trainer is its settings (the common keys, TrainingSettings, plus
// its own), a per-batch step (BatchStep) and what it owns: optimizers (one
// per parameter block), heads and other state. The epoch loop is the
// library's (EpochLoop); every parameter update goes through the trainer's
// ParameterUpdater (the local one unless set_updater() gave another). What
// it trains is its model (TrainedModel), which evaluators receive.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/optim/optimizer.hpp"
#include "fflab/train/data_parallel.hpp"
#include "fflab/train/epoch_loop.hpp"
#include "fflab/train/epoch_metrics.hpp"
#include "fflab/train/parameter_updater.hpp"
#include "fflab/train/trained_model.hpp"
#include "fflab/train/training_settings.hpp"

namespace fflab {

class Trainer : public BatchStep {
 public:
  virtual std::string type() const = 0;
  /// The common training keys, parsed once.
  virtual const TrainingSettings& settings() const = 0;
  std::size_t epochs() const { return settings().epochs; }
  /// Whether the network must end in one output per class (backprop: yes;
  /// Forward-Forward nets end in their last hidden block).
  virtual bool network_outputs_classes() const { return true; }
  /// The shape of the rows the network reads, for samples of shape `data`
  /// and `classes` classes (the samples' own, unless the trainer adds to them,
  /// e.g. Forward-Forward's label channels).
  virtual FeatureShape network_input(const FeatureShape& data, std::size_t /*classes*/) const { return data; }
  /// Builds optimizers (and any heads) for the network and data; throws
  /// ConfigError (pointer under /trainer or /network) if they do not fit.
  virtual void attach(Network& network, const Dataset& data) = 0;
  /// Draws the trainer's own random state (fixed feedback matrices, private
  /// heads) from the run's initialisation generator; called once after
  /// attach (a resumed run then restores it from the checkpoint).
  virtual void initialize(Rng& /*rng*/) {}
  /// Trains one epoch (0-based index) over `train` in shuffled mini-batches:
  /// the library's epoch loop (EpochLoop) around this trainer's step.
  /// Throws DivergenceError (naming epoch and batch) on a non-finite loss.
  EpochMetrics train_epoch(Network& network, const Split& train, const FeatureShape& shape, std::size_t epoch,
                           Rng& rng, const ProgressCallback& progress);
  /// The default epoch preparation: settings().learning_rate(epoch).
  float begin_epoch(std::size_t epoch) override { return settings().learning_rate(epoch); }
  /// Optimizers in a fixed order (for checkpoints).
  virtual std::vector<Optimizer*> optimizers() = 0;
  /// Further state to checkpoint besides network parameters and optimizer
  /// state (classifier heads, running statistics), in a fixed order. All an
  /// evaluator reads of the trainer must be here or in the network: a run's
  /// model file is its last checkpoint, and fflab evaluate restores only it.
  /// A tensor allocated here by attach() keeps its shape (checked on restore).
  virtual std::vector<Matrix*> extra_state() { return {}; }
  /// The trained model, as the evaluation procedures read it (valid after
  /// attach).
  virtual TrainedModel& model() = 0;
  /// Hyper-parameters worth echoing into records and table rows.
  virtual Json summary() const { return Json::object(); }
  /// Every later parameter update goes through `updater`, which must outlive
  /// the trainer (or the next set_updater).
  void set_updater(ParameterUpdater& updater) { updater_ = &updater; }
  ParameterUpdater& updater() const { return *updater_; }
  /// From now on, train data-parallel over `ranks` (data_parallel.hpp): the
  /// loop hands each batch step this rank's share, and every update goes
  /// through a DataParallelUpdater. `ranks` must outlive the trainer.
  void distribute(Communicator& ranks);
  /// From now on, train layer-pipelined over `ranks` (layer_pipeline.hpp),
  /// which must outlive the trainer. Called after attach. The default
  /// refuses: ConfigError at /distributed/mode (only forward_forward
  /// pipelines its blocks); a trainer that can checks its setup the same way.
  virtual void pipeline(Communicator& ranks);
  /// What the record's "distributed" adds for this trainer's pipeline
  /// (the blocks each rank trains); empty when not pipelined.
  virtual Json pipeline_summary() const { return Json::object(); }

 protected:
  /// For pipeline(): the epoch loop sums each epoch's tally over `ranks`.
  void combine_epochs_over(Communicator& ranks) { loop_.pipeline(ranks); }

 private:
  ParameterUpdater* updater_ = &local_updater();
  std::unique_ptr<DataParallelUpdater> data_parallel_;
  EpochLoop loop_;
};

}  // namespace fflab
