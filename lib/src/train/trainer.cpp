#include "fflab/train/trainer.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

EpochMetrics Trainer::train_epoch(Network& network, const Split& train, const FeatureShape& shape,
                                  std::size_t epoch, Rng& rng, const ProgressCallback& progress) {
  return loop_.run(*this, settings(), network, train, shape, epoch, rng, progress);
}

void Trainer::distribute(Communicator& ranks) {
  data_parallel_ = std::make_unique<DataParallelUpdater>(ranks);
  set_updater(*data_parallel_);
  loop_.distribute(*data_parallel_);
}

void Trainer::pipeline(Communicator& /*ranks*/) {
  throw ConfigError("/distributed/mode", "\"layer_pipeline\" splits the blocks of a forward_forward trainer over "
                                         "the ranks, but the trainer is \"" + type() +
                                         "\": use \"data_parallel\"");
}

}  // namespace fflab
