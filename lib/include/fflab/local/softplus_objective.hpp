#pragma once
// SoftplusObjective ("softplus"): the paper's layer loss. With goodness G
// (higher = positive) and oriented threshold theta, p(positive) =
// sigmoid(G - theta) and
//   L = mean_pos softplus(theta - G) + mean_neg softplus(G - theta)
// i.e. the logistic loss of each positive and each negative case, averaged
// over the positive rows and over the negative rows. For min ssq (G = -ssq,
// theta -> -theta) this is softplus(ssq_pos - theta) + softplus(theta - ssq_neg).
//   dL/dG_pos = -sigmoid(theta - G) / P,   dL/dG_neg = sigmoid(G - theta) / N.
// A case is a mistake when G <= theta (positive) or G > theta (negative).
#include "fflab/local/local_rule.hpp"

namespace fflab {

class SoftplusObjective : public LocalRule {
 public:
  static Schema schema();
  explicit SoftplusObjective(const Json& options = Json::object());
  std::string type() const override { return "softplus"; }
  LocalRuleNeeds needs() const override { return ff_objective_needs(); }
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override;

 private:
  Vector g_, dg_;
};

}  // namespace fflab
