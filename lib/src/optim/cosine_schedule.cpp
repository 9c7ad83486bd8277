#include "fflab/optim/cosine_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fflab {

Schema CosineSchedule::schema() {
  Schema s;
  s.optional("min_factor", KeyType::number, 0.0,
             "floor the factor anneals toward: min_factor + (1 - min_factor) * 0.5 * "
             "(1 + cos(pi * epoch / epochs))")
      .at_least(0)
      .at_most(1);
  return s;
}

std::unique_ptr<Schedule> CosineSchedule::create(const Json& options) {
  return std::make_unique<CosineSchedule>(options.value("min_factor", 0.0f));
}

float CosineSchedule::factor(std::size_t epoch, std::size_t epochs) const {
  if (epochs == 0) return 1.0f;
  const double progress = std::min(1.0, double(epoch) / double(epochs));
  const double c = 0.5 * (1.0 + std::cos(std::numbers::pi * progress));
  return static_cast<float>(min_factor_ + (1.0 - min_factor_) * c);
}

}  // namespace fflab
