#pragma once
// Sgd: stochastic gradient descent with optional momentum, dampening and
// Nesterov look-ahead. With g = grad + weight_decay * value:
//   v = momentum * v + (1 - dampening) * g          (v starts at 0)
//   value -= lr * v                                  (classical)
//   value -= lr * (g + momentum * v)                 (nesterov)
// With momentum 0 no state is kept: value -= lr * (1 - dampening) * g.
// Hinton's "gradient smoothing" (grad = 0.9 * grad + 0.1 * new) is
// momentum 0.9, dampening 0.9.
#include <memory>

#include "fflab/layers/layer.hpp"
#include "fflab/optim/optimizer.hpp"

namespace fflab {

struct SgdOptions {
  float momentum = 0.0f;
  float dampening = 0.0f;
  bool nesterov = false;
  float weight_decay = 0.0f;  // already 0 for blocks that do not decay
};

class Sgd : public Optimizer {
 public:
  explicit Sgd(const SgdOptions& options) : options_(options) {}

  /// The manifest keys (lr, weight_decay, momentum, dampening, nesterov).
  static Schema schema();
  /// Builds from a validated section for one parameter block.
  static std::unique_ptr<Optimizer> create(const Json& options, const Parameter& param);

  std::string type() const override { return "sgd"; }
  void step(Matrix& value, const Matrix& grad, float lr) override;
  /// {velocity}: empty ([0 x 0]) until the first step, or always with momentum 0.
  std::vector<Matrix*> state() override { return {&velocity_}; }
  const SgdOptions& options() const { return options_; }

 private:
  /// The momentum update, value and velocity in one pass (velocity_ sized).
  void momentum_step(Matrix& value, const Matrix& grad, float lr);

  SgdOptions options_;
  Matrix velocity_;
};

}  // namespace fflab
