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
//
// Conv blocks (a conv2d layer's output map of P = height x width positions):
// the weight is shared over the P positions, so x'^T (h - h') / B sums P
// outer products per case. The official conv code (models.py,
// compute_delta_w_conv) divides that sum by P ("conv_update": "mean", the
// default; "sqrt" divides by sqrt(P), their --sqrt_conv); "sum" keeps the
// plain sum, P times larger steps. Dense and locally connected blocks
// (nothing shared: P = 1) are unaffected by the choice.
#include "fflab/local/local_rule.hpp"

namespace fflab {

class PepitaRule : public LocalRule {
 public:
  static Schema schema();
  explicit PepitaRule(const Json& options);
  std::string type() const override { return "pepita"; }
  bool has_loss() const override { return false; }
  LocalRuleNeeds needs() const override;
  GradientAt gradient_at() const override { return GradientAt::pre_activation; }
  RulePass pass() const override { return RulePass::modulated; }
  RulePass output_pass() const override { return RulePass::modulated; }
  void attach(const LocalRuleBlock& block) override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* dpre) override;

 private:
  double modulation_scale_;
  std::string conv_update_;
  float position_scale_ = 1.0f;  ///< 1 / P, 1 / sqrt(P) or 1 (conv_update; 1 for flat blocks)
  bool divide_by_batch_again_ = false;  ///< conv_update "official" on a conv block
  std::size_t batch_size_ = 0;          ///< the trainer's batch size (0: not given, the rows stand in)
};

}  // namespace fflab
