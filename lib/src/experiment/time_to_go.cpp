#include "fflab/experiment/time_to_go.hpp"

namespace fflab {

void TimeToGo::epoch_done(double seconds) {
  completed_seconds_ += seconds;
  ++completed_epochs_;
}

double TimeToGo::seconds_left(const BatchProgress& p) const {
  if (p.batch == 0 || p.batches == 0) return 0.0;
  const double per_batch = p.seconds / static_cast<double>(p.batch);
  const double this_epoch_left = per_batch * static_cast<double>(p.batches > p.batch ? p.batches - p.batch : 0);
  const double per_epoch = completed_epochs_ > 0 ? completed_seconds_ / static_cast<double>(completed_epochs_)
                                                 : per_batch * static_cast<double>(p.batches);
  const std::size_t epochs_after = p.epochs > p.epoch + 1 ? p.epochs - p.epoch - 1 : 0;
  return this_epoch_left + per_epoch * static_cast<double>(epochs_after);
}

}  // namespace fflab
