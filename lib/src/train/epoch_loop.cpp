#include "fflab/train/epoch_loop.hpp"

#include <cmath>

#include "fflab/train/epoch_batches.hpp"

namespace fflab {

void TrainingBatch::check_finite(double value, const std::string& what, const std::string& fix) const {
  if (!std::isfinite(value)) throw diverged(what, value, fix);
}

EpochMetrics EpochLoop::run(BatchStep& step, const TrainingSettings& settings, Network& network, const Split& train,
                            const FeatureShape& shape, std::size_t epoch, Rng& rng,
                            const ProgressCallback& progress) {
  const float lr = step.begin_epoch(epoch);
  const EpochBatches batches(train, settings.batch_size, rng);
  EpochTally tally(epoch, settings.epochs, batches.count(), progress);
  const RunContext context{true, &rng};
  for (std::size_t b = 0; b < batches.count(); ++b) {
    const std::size_t rows = batches.rows(b);
    const Matrix& images = batches.gather(b, images_, labels_, shape, settings.jitter, rng, jittered_, settings.flip);
    const TrainingBatch batch{epoch, b, rows, images, labels_, lr, train, shape, rng, context, tally};
    const double loss = step.train_batch(network, batch);
    batch.check_finite(loss, "loss");
    tally.batch_done(b, rows, loss);
  }
  return tally.finish(lr);
}

}  // namespace fflab
