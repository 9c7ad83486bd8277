#include "fflab/experiment/time_to_go.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"

namespace fflab {

double typical_epoch_seconds(std::vector<double> training, const std::vector<double>& evaluation) {
  if (training.size() != evaluation.size())
    throw Error("typical_epoch_seconds: " + std::to_string(training.size()) + " training times but " +
                std::to_string(evaluation.size()) + " evaluation times");
  if (training.empty()) return 0.0;
  // The lower median: of an even count, the smaller middle value, since a
  // stall only ever lengthens an epoch (of a fast and a stalled one, the fast).
  const std::size_t n = training.size(), mid = (n - 1) / 2;
  std::nth_element(training.begin(), training.begin() + static_cast<std::ptrdiff_t>(mid), training.end());
  const double median = training[mid];
  double evaluation_sum = 0.0;
  for (const double e : evaluation) evaluation_sum += e;
  return median + evaluation_sum / static_cast<double>(n);
}

double typical_epoch_seconds(const Json& epochs) {
  std::vector<double> training, evaluation;
  for (const Json& e : epochs) {
    training.push_back(e.value("seconds", 0.0));
    evaluation.push_back(e.value("evaluation_seconds", 0.0));
  }
  return typical_epoch_seconds(std::move(training), evaluation);
}

double typical_epoch_seconds_since_resume(const Json& epochs, const Json& resumes) {
  std::size_t last_resume = 0;
  for (const Json& r : resumes) last_resume = std::max(last_resume, r.value("after_epoch", std::size_t{0}));
  Json since = Json::array();
  for (const Json& e : epochs)
    if (e.value("epoch", std::size_t{0}) > last_resume) since.push_back(e);
  return typical_epoch_seconds(since.empty() ? epochs : since);
}

void TimeToGo::epochs_recorded(const Json& epochs) {
  for (const Json& e : epochs) epoch_done(e.value("seconds", 0.0), e.value("evaluation_seconds", 0.0));
}

void TimeToGo::epoch_done(double training_seconds, double evaluation_seconds) {
  training_.push_back(training_seconds);
  evaluation_.push_back(evaluation_seconds);
}

double TimeToGo::seconds_left(const BatchProgress& p) const {
  if (p.batch == 0 || p.batches == 0) return 0.0;
  const double per_batch = p.seconds / static_cast<double>(p.batch);
  const double this_epoch_left = per_batch * static_cast<double>(p.batches > p.batch ? p.batches - p.batch : 0);
  // This epoch's projected length, or the epochs done so far if they were
  // faster: a stall in either only ever lengthens it.
  const double projected = per_batch * static_cast<double>(p.batches);
  const double per_epoch =
      training_.empty() ? projected : std::min(projected, typical_epoch_seconds(training_, evaluation_));
  const std::size_t epochs_after = p.epochs > p.epoch + 1 ? p.epochs - p.epoch - 1 : 0;
  return this_epoch_left + per_epoch * static_cast<double>(epochs_after);
}

}  // namespace fflab
