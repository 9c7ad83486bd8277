#include "fflab/optim/multistep_schedule.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"

namespace fflab {

MultiStepSchedule::MultiStepSchedule(std::vector<std::size_t> milestones, float gamma)
    : milestones_(std::move(milestones)), gamma_(gamma) {
  for (std::size_t i = 1; i < milestones_.size(); ++i)
    if (milestones_[i] <= milestones_[i - 1]) throw Error("multistep schedule: milestones must increase");
}

Schema MultiStepSchedule::schema() {
  Schema s;
  s.required("milestones", KeyType::array,
             "0-based epochs at which the rate is multiplied by gamma, increasing (e.g. [60, 90])")
      .validated_by([](Json& list, const std::string& pointer) {
        if (list.empty()) throw ConfigError(pointer, "give at least one epoch (a constant rate is {\"type\": \"constant\"})");
        for (std::size_t i = 0; i < list.size(); ++i) {
          const Json& m = list[i];
          const std::string at = pointer + "/" + std::to_string(i);
          if (!m.is_number_integer() || m.get<long long>() < 1)
            throw ConfigError(at, "expected a positive whole epoch, got " + m.dump());
          if (i > 0 && m.get<long long>() <= list[i - 1].get<long long>())
            throw ConfigError(at, "milestones must increase: " + m.dump() + " follows " + list[i - 1].dump());
        }
      });
  s.optional("gamma", KeyType::number, 0.1, "factor applied at each milestone").above(0).at_most(1);
  return s;
}

std::unique_ptr<Schedule> MultiStepSchedule::create(const Json& options) {
  return std::make_unique<MultiStepSchedule>(options.at("milestones").get<std::vector<std::size_t>>(),
                                             options.value("gamma", 0.1f));
}

float MultiStepSchedule::factor(std::size_t epoch, std::size_t /*epochs*/) const {
  std::size_t passed = 0;
  for (std::size_t m : milestones_) passed += m <= epoch ? 1 : 0;
  return static_cast<float>(std::pow(double(gamma_), double(passed)));
}

}  // namespace fflab
