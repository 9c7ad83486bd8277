#pragma once
// ChannelCompetitiveObjective ("channel_competitive"; Papachristodoulou et
// al., AAAI 2024, "CwComp"): the block's output row of n units splits into
// one contiguous group of m = n / classes units per class (for a CHW map:
// n / classes channels each, whole maps), and the classes compete:
//   gf[r, c] = (1/m) sum_{j in group c} y_rj^2   (the group's mean square)
//   L = mean_r -log softmax(gf[r])_{label r}
//   dL/dy_rj = (softmax(gf[r])_c - [c = label r]) / B * 2 y_rj / m, c = j's group.
// No negatives and no threshold: the goodness is always the groups' mean
// square (the run's goodness key is not read). A case is a mistake when the
// label's group is not the one of highest goodness (ties count as mistakes).
#include "fflab/local/local_rule.hpp"

namespace fflab {

class ChannelCompetitiveObjective : public LocalRule {
 public:
  static Schema schema();
  explicit ChannelCompetitiveObjective(const Json& options = Json::object());
  std::string type() const override { return "channel_competitive"; }
  LocalRuleNeeds needs() const override { return class_group_objective_needs(); }
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override;

  /// gf [R, classes]: the mean square of each class group of each row of y;
  /// ShapeError unless y's width is a multiple of classes.
  static void group_goodness(const Matrix& y, std::size_t classes, Matrix& gf);

 private:
  Matrix gf_;
};

}  // namespace fflab
