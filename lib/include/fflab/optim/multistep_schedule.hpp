#pragma once
// MultiStepSchedule ("multistep"): multiply by gamma at each milestone epoch
// (epochs counted from 0, as every schedule):
//   factor = gamma ^ (number of milestones m with m <= epoch)
// so milestones [60, 90] train epochs 0-59 at lr, 60-89 at gamma * lr and
// 90 onward at gamma^2 * lr: torch's MultiStepLR stepped once per epoch, and
// PEPITA's "if epoch in [60, 90]: eta *= 0.1" at the start of an epoch.
#include <memory>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/optim/schedule.hpp"

namespace fflab {

class MultiStepSchedule : public Schedule {
 public:
  /// milestones strictly increasing (Error otherwise).
  MultiStepSchedule(std::vector<std::size_t> milestones, float gamma);
  static Schema schema();
  static std::unique_ptr<Schedule> create(const Json& options);

  std::string type() const override { return "multistep"; }
  float factor(std::size_t epoch, std::size_t epochs) const override;

 private:
  std::vector<std::size_t> milestones_;
  float gamma_;
};

}  // namespace fflab
