#pragma once
// FeedbackAlignmentRule ("fa", Lillicrap et al. 2016): the error travels down
// layer by layer as in backprop, but through a fixed random matrix B_k
// [above, units] per block instead of the transposed weight of the layer
// above. With d the signal at the output of the dense layer above (the
// output layer's dL/dz for the top block, else the block above's
// dL/d(pre-activation) computed the same way):
//   dL/d(input of that dense layer) = d B_k
// and the trainer applies the block's f'(a). With B_k = W_{k+1}^T this is
// exactly backprop. No loss of its own (reports 0).
#include "fflab/local/local_rule.hpp"

namespace fflab {

class FeedbackAlignmentRule : public LocalRule {
 public:
  static Schema schema();
  explicit FeedbackAlignmentRule(const Json& options);
  std::string type() const override { return "fa"; }
  LocalRuleNeeds needs() const override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* gradient) override;
  Json options() const override { return Json{{"type", "fa"}, {"feedback_scale", feedback_scale_}}; }

 private:
  double feedback_scale_;  // double: echoed into records exactly as written
};

}  // namespace fflab
