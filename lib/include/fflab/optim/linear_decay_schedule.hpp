#pragma once
// LinearDecaySecondHalfSchedule (Hinton's FF code): constant for the first
// half of training, then linear toward 0:
//   factor = min(1, 2 * (1 - epoch / epochs)),  epoch counted from 0.
// E.g. epochs = 10: 1 for epochs 0..5, then 0.8, 0.6, 0.4, 0.2.
#include <memory>

#include "fflab/core/schema.hpp"
#include "fflab/optim/schedule.hpp"

namespace fflab {

class LinearDecaySecondHalfSchedule : public Schedule {
 public:
  static Schema schema();
  static std::unique_ptr<Schedule> create(const Json& options);

  std::string type() const override { return "linear_decay_second_half"; }
  float factor(std::size_t epoch, std::size_t epochs) const override;
};

}  // namespace fflab
