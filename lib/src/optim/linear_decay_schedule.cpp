#include "fflab/optim/linear_decay_schedule.hpp"

#include <algorithm>

namespace fflab {

Schema LinearDecaySecondHalfSchedule::schema() { return Schema(); }

std::unique_ptr<Schedule> LinearDecaySecondHalfSchedule::create(const Json& /*options*/) {
  return std::make_unique<LinearDecaySecondHalfSchedule>();
}

float LinearDecaySecondHalfSchedule::factor(std::size_t epoch, std::size_t epochs) const {
  if (epochs == 0) return 1.0f;
  const double f = 2.0 * (1.0 - double(epoch) / double(epochs));
  return static_cast<float>(std::clamp(f, 0.0, 1.0));
}

}  // namespace fflab
