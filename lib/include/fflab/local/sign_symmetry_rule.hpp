#pragma once
// SignSymmetryRule ("sign_symmetry", Liao, Leibo & Poggio 2016): as feedback
// alignment, but the stand-in for the weight W of the layer above (dense or
// conv2d) shares W's signs:
//   B = sign(W) * M      (element-wise, same shape as W; sign(0) = 0)
// magnitudes:
//  - "batchwise_random" (default; BioTorch's "brsf"): M drawn afresh every
//    batch from U(0, s), s = sqrt(6 / (fan_in + fan_out)) of W (Glorot's
//    bound): one draw from the training generator names the batch's stream,
//    entry i of W (row-major) takes the stream's i-th number
//    (core/counter_uniform.hpp), filled on the run's threads;
//  - "uniform": M = 1, B = sign(W);
//  - "glorot_scaled" (BioTorch's "usf"): M = sqrt(2 / (fan_in + fan_out)),
//    the standard deviation of a Glorot-initialised W.
// No loss of its own (reports 0).
#include "fflab/local/local_rule.hpp"

namespace fflab {

class SignSymmetryRule : public LocalRule {
 public:
  static Schema schema();
  explicit SignSymmetryRule(const Json& options);
  std::string type() const override { return "sign_symmetry"; }
  bool has_loss() const override { return false; }
  LocalRuleNeeds needs() const override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* gradient) override;
  Json options() const override { return Json{{"type", "sign_symmetry"}, {"magnitudes", magnitudes_}}; }
  /// The stand-in weight of the latest evaluate (shaped like the weight above).
  const Matrix& feedback() const { return feedback_; }

 private:
  std::string magnitudes_;
  Matrix feedback_;
};

}  // namespace fflab
