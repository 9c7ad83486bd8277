#include "fflab/train/epoch_loop.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "fflab/train/batches.hpp"
#include "fflab/train/epoch_batches.hpp"

namespace fflab {

void TrainingBatch::check_finite(double value, const std::string& what, const std::string& fix) const {
  if (!std::isfinite(value)) throw diverged(what, value, fix);
}

namespace {

Rng rank_generator(const Rng& run, int rank) {
  const Rng::State state = run.state();
  return Rng(state[0] ^ (state[1] << 1) ^ state[3] ^ (0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(rank + 1)));
}

}  // namespace

void EpochLoop::take_share(const Matrix& images, std::size_t rows) {
  Communicator& ranks = data_parallel_->ranks();
  const BatchShare share = batch_share(rows, ranks.rank(), ranks.size());
  copy_rows(images, share.first, share.count, share_images_);
  share_labels_.resize(share.count);
  std::copy_n(labels_.data() + share.first, share.count, share_labels_.data());
  data_parallel_->set_share(static_cast<float>(share.count) / static_cast<float>(rows));
}

double EpochLoop::batch_loss(double share_loss, std::size_t share_rows, std::size_t rows) const {
  double total = share_loss * static_cast<double>(share_rows);
  data_parallel_->ranks().sum(&total, 1);
  return total / static_cast<double>(rows);
}

EpochMetrics EpochLoop::run(BatchStep& step, const TrainingSettings& settings, Network& network, const Split& train,
                            const FeatureShape& shape, std::size_t epoch, Rng& rng,
                            const ProgressCallback& progress) {
  const float lr = step.begin_epoch(epoch);
  const EpochBatches batches(train, settings.batch_size, rng);
  // The step's own draws: the run's generator in one process; distributed,
  // one of this rank's, derived from the run's state (alike on every rank)
  // without drawing from it, so the data order stays the one-process order.
  Rng own = data_parallel_ ? rank_generator(rng, data_parallel_->ranks().rank()) : Rng();
  Rng& step_rng = data_parallel_ ? own : rng;
  EpochTally tally(epoch, settings.epochs, batches.count(), progress);
  const RunContext context{true, &step_rng};
  for (std::size_t b = 0; b < batches.count(); ++b) {
    const std::size_t rows = batches.rows(b);
    const Matrix& images = batches.gather(b, images_, labels_, shape, settings.jitter, rng, jittered_, settings.flip);
    if (data_parallel_) take_share(images, rows);
    const Matrix& mine = data_parallel_ ? share_images_ : images;
    const Labels& labels = data_parallel_ ? share_labels_ : labels_;
    const TrainingBatch batch{epoch, b, labels.size(), mine, labels, lr, train, shape, step_rng, context, tally};
    double loss = step.train_batch(network, batch);
    if (data_parallel_) {
      loss = batch_loss(loss, labels.size(), rows);
      tally.add_measure("allreduce_ms", 1e3 * data_parallel_->take_communication_seconds(), 1);
      tally.add_measure("allreduce_mb", 1e-6 * data_parallel_->take_communication_bytes(), 1);
    }
    batch.check_finite(loss, "loss");
    tally.batch_done(b, rows, loss);
  }
  step.end_epoch(tally);
  if (data_parallel_) tally.combine(data_parallel_->ranks());
  if (pipeline_) tally.combine(*pipeline_, pipeline_->size() - 1);
  return tally.finish(lr);
}

}  // namespace fflab
