#pragma once
// Optimizer: updates ONE parameter block; trainers make one instance per
// block (so Forward-Forward's per-layer training and backprop share it).
// step(value, grad, lr) applies L2 weight decay (if the block decays) and the
// update rule. Its state (moments, step count) lives in the instance and is
// exposed for checkpoints.
#include <cstdint>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

class Optimizer {
 public:
  virtual ~Optimizer() = default;
  virtual std::string type() const = 0;
  /// value -= update(grad + weight_decay * value) with learning rate lr.
  virtual void step(Matrix& value, const Matrix& grad, float lr) = 0;
  /// Tensors of state (moments) for checkpoints, in a fixed order.
  virtual std::vector<Matrix*> state() { return {}; }
  std::int64_t steps() const { return steps_; }
  void set_steps(std::int64_t s) { steps_ = s; }

 protected:
  std::int64_t steps_ = 0;
};

}  // namespace fflab
