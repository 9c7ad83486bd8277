#pragma once
// PepitaRule ("pepita", Dellaferrera & Kreiman 2022): no backward pass at
// all. The trainer runs the clean forward pass (block outputs h), computes
// the output error e = softmax(z) - onehot, then a second pass on the
// modulated input x' = x + e F (F [classes, inputs] fixed random; entries
// U(-1, 1) * modulation_scale * sqrt(6 / inputs), the paper's 0.05 scale),
// giving block outputs h'. Each block's weight change is
//   dW = x'_k^T (h - h') / B      (x'_k: the block's input in the modulated pass)
// i.e. the signal (h - h') / B at the pre-activation, without f'(a), taken
// against the modulated pass. No loss of its own (reports 0). The output
// layer learns on the modulated pass too (output_pass): with z' its output
// on the modulated pass and h'_L the last block's modulated output,
//   dW_out = (softmax(z') - onehot)^T h'_L / B
// as the official code (GiorgiaD/PEPITA) computes it. Dropout layers apply
// the same masks in both passes.
#include "fflab/local/local_rule.hpp"

namespace fflab {

class PepitaRule : public LocalRule {
 public:
  static Schema schema();
  explicit PepitaRule(const Json& options);
  std::string type() const override { return "pepita"; }
  LocalRuleNeeds needs() const override;
  GradientAt gradient_at() const override { return GradientAt::pre_activation; }
  RulePass pass() const override { return RulePass::modulated; }
  RulePass output_pass() const override { return RulePass::modulated; }
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* dpre) override;

 private:
  double modulation_scale_;
};

}  // namespace fflab
