#pragma once
// The one epoch loop of the library, and what a trainer plugs into it.
// EpochLoop::run, for epoch e:
//   1. lr = step.begin_epoch(e) (the trainer's per-epoch preparation; draws
//      nothing from the rng);
//   2. the epoch's batches (EpochBatches: one permutation from the rng);
//   3. per batch: gather its rows (jittered when settings.jitter > 0, the
//      shifts drawn from the rng), step.train_batch(...) (which draws what
//      it needs after that), a divergence check of the returned loss, the
//      tally (EpochTally: loss, progress report);
//   4. the EpochMetrics of the tally at rate lr.
// So the random stream of an epoch is: the permutation, then per batch the
// jitter and whatever the trainer draws.
#include <cstddef>
#include <string>

#include "fflab/core/rng.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/train/epoch_metrics.hpp"
#include "fflab/train/data_parallel.hpp"
#include "fflab/train/epoch_tally.hpp"
#include "fflab/train/training_settings.hpp"

namespace fflab {

/// One mini-batch as the loop hands it to a trainer's step.
struct TrainingBatch {
  std::size_t epoch;      ///< 0-based
  std::size_t index;      ///< batch, 0-based
  std::size_t rows;       ///< examples in the batch
  const Matrix& images;   ///< [rows, features], jittered if asked
  const Labels& labels;   ///< [rows]
  float lr;               ///< the epoch's rate (begin_epoch's)
  const Split& split;     ///< the training split the batch is drawn from
  const FeatureShape& shape;
  Rng& rng;               ///< the training generator, for the step's own draws
  const RunContext& context;  ///< training mode, dropout drawing from rng
  EpochTally& tally;      ///< for the step's errors and measures (the loop adds the loss)

  /// Throws diverged(what, value, fix) if value is not finite.
  void check_finite(double value, const std::string& what,
                    const std::string& fix = "lower trainer.optimizer.lr or add a schedule") const;
  /// batch_diverged(epoch, index, what, value, fix): the error to throw when
  /// a loss of this batch is not finite.
  DivergenceError diverged(const std::string& what, double value,
                           const std::string& fix = "lower trainer.optimizer.lr or add a schedule") const {
    return batch_diverged(epoch, index, what, value, fix);
  }
};

/// What a trainer supplies to the epoch loop.
class BatchStep {
 public:
  virtual ~BatchStep() = default;
  /// Prepares epoch `epoch` (0-based), before its batches are drawn, and
  /// returns its learning rate (given to every batch and reported in the
  /// epoch's metrics). Must not draw from the training generator.
  virtual float begin_epoch(std::size_t epoch) = 0;
  /// Trains on one batch (gradients, updates through the trainer's updater,
  /// errors and measures into batch.tally); returns the batch's loss, which
  /// the loop checks for divergence and tallies per example.
  virtual double train_batch(Network& network, const TrainingBatch& batch) = 0;
  /// After the epoch's last batch, before its metrics: a layer-pipelined
  /// step finishes its sends, declares its measures and gathers its model.
  virtual void end_epoch(EpochTally& /*tally*/) {}
};

/// Runs epochs for one trainer; owns the batch buffers, reused across epochs.
/// Distributed (data_parallel.hpp), it hands the step this rank's share of
/// each batch, with a generator of the rank's own for the step's draws,
/// checks the loss of the whole batch, and tallies over all the ranks.
/// Layer-pipelined (layer_pipeline.hpp), every rank runs the one-process
/// loop (the same batches and draws); at the epoch's end the tallies are
/// summed over the ranks and the loss total is the last rank's (the step
/// returns the batch's loss through this rank's blocks).
class EpochLoop {
 public:
  /// From now on, train data-parallel through `updater` (which must outlive the loop).
  void distribute(DataParallelUpdater& updater) { data_parallel_ = &updater; }
  /// From now on, sum each epoch's tally over `ranks` (which must outlive the loop).
  void pipeline(Communicator& ranks) { pipeline_ = &ranks; }
  /// Trains epoch `epoch` (0-based) of settings.epochs over `train` in
  /// mini-batches of settings.batch_size; throws DivergenceError (naming
  /// epoch and batch) on a non-finite loss.
  EpochMetrics run(BatchStep& step, const TrainingSettings& settings, Network& network, const Split& train,
                   const FeatureShape& shape, std::size_t epoch, Rng& rng, const ProgressCallback& progress);

 private:
  /// This rank's rows of batch b (gathered in images), into share_images_ /
  /// share_labels_; sets the updater's share.
  void take_share(const Matrix& images, std::size_t rows);
  /// The loss of the whole batch from this rank's mean over its rows.
  double batch_loss(double share_loss, std::size_t share_rows, std::size_t rows) const;

  Matrix images_, jittered_, share_images_;
  Labels labels_, share_labels_;
  DataParallelUpdater* data_parallel_ = nullptr;
  Communicator* pipeline_ = nullptr;
};

}  // namespace fflab
