#pragma once
// TimeToGo: the estimate of a run's time left that the progress line shows.
// The current epoch's remaining batches go at that epoch's pace so far; each
// epoch after it takes the mean time (training plus evaluation) of the epochs
// completed so far in this process, or the current epoch's projected time
// before one has. A mean, not the last epoch, so one slow epoch (the machine
// busy, the process stopped for a while) does not swing the estimate. The
// current epoch's own evaluation is not counted: on the last epoch the
// estimate reaches 0 before the final evaluation.
#include <cstddef>

#include "fflab/train/trainer.hpp"

namespace fflab {

class TimeToGo {
 public:
  /// One more epoch completed, `seconds` of training and evaluation.
  void epoch_done(double seconds);
  /// Seconds left after `progress` (batch >= 1 of the current epoch).
  double seconds_left(const BatchProgress& progress) const;

 private:
  double completed_seconds_ = 0.0;
  std::size_t completed_epochs_ = 0;
};

}  // namespace fflab
