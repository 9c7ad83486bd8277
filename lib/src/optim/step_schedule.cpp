#include "fflab/optim/step_schedule.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"

namespace fflab {

StepSchedule::StepSchedule(std::size_t every, float gamma) : every_(every), gamma_(gamma) {
  if (every_ == 0) throw Error("step schedule: \"every\" must be at least 1");
}

Schema StepSchedule::schema() {
  Schema s;
  s.optional("every", KeyType::integer, 10, "multiply the rate by gamma every this many epochs")
      .at_least(1);
  s.optional("gamma", KeyType::number, 0.1, "factor applied every `every` epochs")
      .above(0)
      .at_most(1);
  return s;
}

std::unique_ptr<Schedule> StepSchedule::create(const Json& options) {
  return std::make_unique<StepSchedule>(options.value("every", std::size_t{10}),
                                        options.value("gamma", 0.1f));
}

float StepSchedule::factor(std::size_t epoch, std::size_t /*epochs*/) const {
  return static_cast<float>(std::pow(double(gamma_), double(epoch / every_)));
}

}  // namespace fflab
