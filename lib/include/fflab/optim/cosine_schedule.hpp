#pragma once
// CosineSchedule: cosine annealing from 1 toward min_factor over `epochs`:
//   factor = min_factor + (1 - min_factor) * 0.5 * (1 + cos(pi * epoch / epochs))
// (min_factor = 0 gives the plain 0.5 * (1 + cos(pi * epoch / epochs))).
#include <memory>

#include "fflab/core/schema.hpp"
#include "fflab/optim/schedule.hpp"

namespace fflab {

class CosineSchedule : public Schedule {
 public:
  explicit CosineSchedule(float min_factor) : min_factor_(min_factor) {}
  static Schema schema();
  static std::unique_ptr<Schedule> create(const Json& options);

  std::string type() const override { return "cosine"; }
  float factor(std::size_t epoch, std::size_t epochs) const override;
  float min_factor() const { return min_factor_; }

 private:
  float min_factor_;
};

}  // namespace fflab
