#pragma once
// Adagrad: per-element step sizes from the running sum of squared gradients.
// With g = grad + weight_decay * value:
//   s += g^2                                         (s starts at 0)
//   value -= lr * g / (sqrt(s) + eps)
#include <memory>

#include "fflab/layers/layer.hpp"
#include "fflab/optim/optimizer.hpp"

namespace fflab {

struct AdagradOptions {
  float eps = 1e-10f;
  float weight_decay = 0.0f;  // already 0 for blocks that do not decay
};

class Adagrad : public Optimizer {
 public:
  explicit Adagrad(const AdagradOptions& options) : options_(options) {}

  static Schema schema();
  static std::unique_ptr<Optimizer> create(const Json& options, const Parameter& param);

  std::string type() const override { return "adagrad"; }
  void step(Matrix& value, const Matrix& grad, float lr) override;
  /// {sum of squared gradients}: empty until the first step.
  std::vector<Matrix*> state() override { return {&sum_squares_}; }
  const AdagradOptions& options() const { return options_; }

 private:
  AdagradOptions options_;
  Matrix sum_squares_;
};

}  // namespace fflab
