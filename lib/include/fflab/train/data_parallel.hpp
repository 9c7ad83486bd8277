#pragma once
// Data-parallel training over the ranks of a job: every rank holds the whole
// model and takes its share of each batch (rows [B r / N, B (r+1) / N) of
// the batch every rank draws alike); before each update the gradient, a
// mean over the rank's rows, is weighted by the rank's share of the batch
// and summed over the ranks, so every rank applies the gradient of the whole
// batch and the models stay equal. The batch size and learning rate mean
// what they mean in one process. The data order and jitter come from the
// run's generator, alike on every rank; what a trainer draws for itself
// (dropout, negatives) comes from a generator of the rank's own, derived
// afresh each epoch from the run's. A data-parallel epoch reports the
// measures "allreduce_ms": the milliseconds per batch a rank spent summing
// gradients (waiting for the slowest rank included), averaged over ranks,
// and "allreduce_mb": the megabytes of gradient each rank summed per batch.
#include <cstddef>

#include "fflab/distributed/communicator.hpp"
#include "fflab/train/parameter_updater.hpp"

namespace fflab {

/// Rows [first, first + count) of a batch of `rows` are rank `rank`'s of `ranks`.
struct BatchShare {
  std::size_t first = 0, count = 0;
};
BatchShare batch_share(std::size_t rows, int rank, int ranks);

/// The updater of a data-parallel run: grad *= share, summed over the
/// ranks, then the optimizer's step (the same on every rank).
class DataParallelUpdater : public ParameterUpdater {
 public:
  explicit DataParallelUpdater(Communicator& ranks) : ranks_(ranks) {}
  /// This rank's rows over the batch's rows, for the batch being trained.
  void set_share(float share) { share_ = share; }
  void update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) override;
  Communicator& ranks() const { return ranks_; }
  /// Seconds spent summing gradients over the ranks since the last call.
  double take_communication_seconds();
  /// Bytes of gradient summed over the ranks since the last call.
  double take_communication_bytes();

 private:
  Communicator& ranks_;
  float share_ = 1.0f;
  double communication_seconds_ = 0.0;
  double communication_bytes_ = 0.0;
};

}  // namespace fflab
