#pragma once
// DrtpRule ("drtp", direct random target projection, Frenkel et al. 2021):
// like DFA, but the block never waits for the output: the one-hot target t
// [B, classes] stands in for the output error (on the true class the error
// e = softmax(z) - t is negative, so -t carries its sign there), projected by
// the block's own fixed random matrix F [classes, units]:
//   dL/dy = -t F / B   (the trainer then applies f'(a) of the block's activation)
// or, with reduction "sum" (the official code's hook), -t F without the 1/B.
// No loss of its own (reports 0). Needs only the labels: blocks can learn as
// the forward pass reaches them.
#include "fflab/local/local_rule.hpp"

namespace fflab {

class DrtpRule : public LocalRule {
 public:
  static Schema schema();
  explicit DrtpRule(const Json& options);
  std::string type() const override { return "drtp"; }
  bool has_loss() const override { return false; }
  LocalRuleNeeds needs() const override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override;

 private:
  double feedback_scale_;
  bool sum_over_batch_;
  Matrix target_;  // -onehot [B, classes]
};

}  // namespace fflab
