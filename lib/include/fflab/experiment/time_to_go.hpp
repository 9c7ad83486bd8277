#pragma once
// How long a run has left, from the epochs it has timed. An epoch is taken
// to last the MEDIAN of the training times recorded (the lower one of an
// even count), so a slow epoch (the machine busy, the process stopped for a
// while) does not swing the estimate, even when only two are recorded,
// plus the MEAN of the evaluation times (0 for an epoch without one), which
// spreads the cost of evaluating every k-th epoch over k.
// `fflab status` applies it to a checkpoint's epochs since the run last
// resumed; TimeToGo, for the
// progress line, to a resumed run's recorded epochs and those completed in
// this process.
#include <cstddef>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

/// Typical seconds per epoch from the recorded ones (training[i] and
/// evaluation[i] of epoch i; the same length); 0 when there are none.
double typical_epoch_seconds(std::vector<double> training, const std::vector<double>& evaluation);

/// typical_epoch_seconds of a record's or checkpoint's "epochs" entries
/// ("seconds", "evaluation_seconds"; a missing one counts 0).
double typical_epoch_seconds(const Json& epochs);

/// typical_epoch_seconds of the "epochs" entries timed since the run last
/// resumed ("resumes", a checkpoint's or record's list: entries with
/// "after_epoch"), that is by the code and on the machine running it now;
/// of all the entries while none has been timed since. `fflab status` uses
/// it: a run resumed on faster code or a quieter machine shows its new pace
/// from its first epoch there.
double typical_epoch_seconds_since_resume(const Json& epochs, const Json& resumes);

/// The progress line's estimate: the current epoch's remaining batches at
/// that epoch's pace so far, then each later epoch at the lower of the
/// current epoch's projected time and typical_epoch_seconds of the epochs
/// recorded before (a resumed run's) and completed in this process (the
/// projection alone before there is one): a stall in the current epoch or in
/// the earlier ones only ever lengthens them, and a run resumed on faster
/// code or a quieter machine goes at its new pace. The current epoch's own
/// evaluation is not counted: on the last epoch the estimate reaches 0
/// before the final evaluation.
class TimeToGo {
 public:
  /// One more epoch completed, with its training and evaluation seconds.
  void epoch_done(double training_seconds, double evaluation_seconds);
  /// The epochs a resumed run recorded before this process, as entries of a
  /// record's "epochs": counted like epochs done here.
  void epochs_recorded(const Json& epochs);
  /// Seconds left after `progress` (batch >= 1 of the current epoch).
  double seconds_left(const BatchProgress& progress) const;

 private:
  std::vector<double> training_, evaluation_;
};

}  // namespace fflab
