#include "fflab/optim/constant_schedule.hpp"

namespace fflab {

Schema ConstantSchedule::schema() { return Schema(); }

std::unique_ptr<Schedule> ConstantSchedule::create(const Json& /*options*/) {
  return std::make_unique<ConstantSchedule>();
}

float ConstantSchedule::factor(std::size_t /*epoch*/, std::size_t /*epochs*/) const {
  return 1.0f;
}

}  // namespace fflab
