#pragma once
// ConstantSchedule: factor 1 at every epoch.
#include <memory>

#include "fflab/optim/schedule.hpp"
#include "fflab/core/schema.hpp"

namespace fflab {

class ConstantSchedule : public Schedule {
 public:
  static Schema schema();
  static std::unique_ptr<Schedule> create(const Json& options);

  std::string type() const override { return "constant"; }
  float factor(std::size_t epoch, std::size_t epochs) const override;
};

}  // namespace fflab
