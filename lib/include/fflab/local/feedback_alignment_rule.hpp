#pragma once
// FeedbackAlignmentRule ("fa", Lillicrap et al. 2016): the error travels down
// layer by layer as in backprop, but through a fixed random matrix B_k per
// block, shaped like the weight of the weighted layer above (dense or
// conv2d), in place of that weight. With d the signal at the output of that
// layer (the output layer's dL/dz for the top block, else the block above's
// dL/d(pre-activation) computed the same way):
//   dL/d(input of that layer) = that layer's input gradient of d, with B_k
//   (dense [units, above]: d B_k^T; conv2d: the transposed convolution)
// and the trainer takes it through pooling / dropout and the block's f'(a).
// With B_k = W_{k+1} this is exactly backprop. No loss of its own (reports 0).
#include "fflab/local/local_rule.hpp"

namespace fflab {

class FeedbackAlignmentRule : public LocalRule {
 public:
  static Schema schema();
  explicit FeedbackAlignmentRule(const Json& options);
  std::string type() const override { return "fa"; }
  bool has_loss() const override { return false; }
  LocalRuleNeeds needs() const override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* gradient) override;
  Json options() const override {
    return Json{{"type", "fa"}, {"feedback_scale", feedback_scale_}, {"feedback_init", feedback_init_}};
  }

 private:
  double feedback_scale_;  // double: echoed into records exactly as written
  std::string feedback_init_;
};

}  // namespace fflab
