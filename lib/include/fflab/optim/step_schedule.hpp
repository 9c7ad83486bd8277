#pragma once
// StepSchedule: multiply by gamma every `every` epochs:
//   factor = gamma ^ floor(epoch / every)
#include <memory>

#include "fflab/core/schema.hpp"
#include "fflab/optim/schedule.hpp"

namespace fflab {

class StepSchedule : public Schedule {
 public:
  StepSchedule(std::size_t every, float gamma);
  static Schema schema();
  static std::unique_ptr<Schedule> create(const Json& options);

  std::string type() const override { return "step"; }
  float factor(std::size_t epoch, std::size_t epochs) const override;

 private:
  std::size_t every_;
  float gamma_;
};

}  // namespace fflab
