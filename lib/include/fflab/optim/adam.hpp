#pragma once
// Adam (Kingma & Ba), bias-corrected, with L2 weight decay added to the
// gradient (not decoupled AdamW). With g = grad + weight_decay * value and
// t = number of this step (1, 2, ...):
//   m = beta1 * m + (1 - beta1) * g
//   v = beta2 * v + (1 - beta2) * g^2
//   value -= lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)
#include <memory>

#include "fflab/layers/layer.hpp"
#include "fflab/optim/optimizer.hpp"

namespace fflab {

struct AdamOptions {
  float beta1 = 0.9f;
  float beta2 = 0.999f;
  float eps = 1e-8f;
  float weight_decay = 0.0f;  // already 0 for blocks that do not decay
};

class Adam : public Optimizer {
 public:
  explicit Adam(const AdamOptions& options) : options_(options) {}

  static Schema schema();
  static std::unique_ptr<Optimizer> create(const Json& options, const Parameter& param);

  std::string type() const override { return "adam"; }
  void step(Matrix& value, const Matrix& grad, float lr) override;
  /// {first moment m, second moment v}: empty until the first step. The
  /// step count t is steps().
  std::vector<Matrix*> state() override { return {&m_, &v_}; }
  const AdamOptions& options() const { return options_; }

 private:
  AdamOptions options_;
  Matrix m_, v_;
};

}  // namespace fflab
