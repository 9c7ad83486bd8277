#pragma once
// Schedule: learning-rate multiplier for an epoch. factor(epoch, epochs) with
// epoch counted from 0 of `epochs` in all; the rate used is lr * factor.
#include <cstddef>
#include <string>

namespace fflab {

class Schedule {
 public:
  virtual ~Schedule() = default;
  virtual std::string type() const = 0;
  virtual float factor(std::size_t epoch, std::size_t epochs) const = 0;
};

}  // namespace fflab
