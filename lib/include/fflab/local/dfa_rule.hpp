#pragma once
// DfaRule ("dfa", direct feedback alignment, Nøkland 2016): the global output
// error e = softmax(z) - onehot(label) [B, classes] reaches each block through
// the block's own fixed random matrix F [classes, units] instead of the
// transposed forward weights:
//   dL/dy = e F / B    (the trainer then applies f'(a) of the block's activation)
// so the weight change is ((e F) .* f'(a))^T-style, as in the paper. The rule
// has no loss of its own (reports 0); the output layer learns from e directly.
// Needs a full forward pass before any block learns (the trainer does that).
// F's entries: N(0, 1) / sqrt(classes) by default, or any initialiser over
// fans (classes, units) (feedback_init: glorot is BioTorch's), times
// feedback_scale.
#include "fflab/local/local_rule.hpp"

namespace fflab {

class DfaRule : public LocalRule {
 public:
  static Schema schema();
  explicit DfaRule(const Json& options);
  std::string type() const override { return "dfa"; }
  bool has_loss() const override { return false; }
  LocalRuleNeeds needs() const override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override;

 private:
  double feedback_scale_;
  std::string feedback_init_;
};

}  // namespace fflab
