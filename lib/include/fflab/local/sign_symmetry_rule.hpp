#pragma once
// SignSymmetryRule ("sign_symmetry", Liao, Leibo & Poggio 2016): as feedback
// alignment, but the feedback matrix shares the signs of the transposed
// forward weight of the layer above, W [units, above]:
//   B[a][u] = sign(W[u][a]) * M[a][u]      (sign(0) = 0)
//   dL/d(input of the dense layer above) = d B
// magnitudes:
//  - "batchwise_random" (default; BioTorch's "brsf"): M drawn afresh every
//    batch from U(0, s), s = sqrt(6 / (units + above)) (Glorot's bound),
//    from the training generator in row-major order of B;
//  - "uniform" (BioTorch's "usf"): M = 1, B = sign(W^T).
// No loss of its own (reports 0).
#include "fflab/local/local_rule.hpp"

namespace fflab {

class SignSymmetryRule : public LocalRule {
 public:
  static Schema schema();
  explicit SignSymmetryRule(const Json& options);
  std::string type() const override { return "sign_symmetry"; }
  LocalRuleNeeds needs() const override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* gradient) override;
  Json options() const override { return Json{{"type", "sign_symmetry"}, {"magnitudes", magnitudes_}}; }
  /// The feedback matrix of the latest evaluate ([above, units]).
  const Matrix& feedback() const { return feedback_; }

 private:
  std::string magnitudes_;
  Matrix feedback_;
};

}  // namespace fflab
