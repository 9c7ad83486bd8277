#pragma once
// TargetMseRule ("target_mse"): each block regresses its output y [B, units]
// onto onehot(label) F, F [classes, units] the block's fixed random feedback:
//   L = 0.5 * mean_i || y_i - t_i F ||^2,   dL/dy = (y - t F) / B
#include "fflab/local/local_rule.hpp"

namespace my_rules {

class TargetMseRule : public fflab::LocalRule {
 public:
  static fflab::Schema schema();
  explicit TargetMseRule(const fflab::Json& options);
  std::string type() const override { return "target_mse"; }
  fflab::LocalRuleNeeds needs() const override;
  fflab::LocalRuleResult evaluate(const fflab::LocalRuleInput& input, fflab::Matrix* doutput) override;

 private:
  float feedback_scale_;
};

/// Adds target_mse to fflab's local rule registry (once).
void register_target_mse();

}  // namespace my_rules
