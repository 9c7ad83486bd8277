#pragma once
// Rmsprop: per-element step sizes from a leaky mean of squared gradients.
// With g = grad + weight_decay * value:
//   m = alpha * m + (1 - alpha) * g^2                (m starts at 0)
//   value -= lr * g / (sqrt(m) + eps)
// This is torch.optim.RMSprop (no momentum, not centred) and torch7's
// optim.rmsprop (the one anokland/dfa-torch calls): both take alpha = 0.99,
// eps = 1e-8, and add eps after the square root (TensorFlow adds it inside).
#include <memory>

#include "fflab/layers/layer.hpp"
#include "fflab/optim/optimizer.hpp"

namespace fflab {

struct RmspropOptions {
  float alpha = 0.99f;
  float eps = 1e-8f;
  float weight_decay = 0.0f;  // already 0 for blocks that do not decay
};

class Rmsprop : public Optimizer {
 public:
  explicit Rmsprop(const RmspropOptions& options) : options_(options) {}

  static Schema schema();
  static std::unique_ptr<Optimizer> create(const Json& options, const Parameter& param);

  std::string type() const override { return "rmsprop"; }
  void step(Matrix& value, const Matrix& grad, float lr) override;
  /// {leaky mean of squared gradients}: empty until the first step.
  std::vector<Matrix*> state() override { return {&mean_square_}; }
  const RmspropOptions& options() const { return options_; }

 private:
  RmspropOptions options_;
  Matrix mean_square_;
};

}  // namespace fflab
