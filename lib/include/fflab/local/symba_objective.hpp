#pragma once
// SymbaObjective ("symba", Lee & Song 2023): pairs positive row i with
// negative row i and asks for a goodness margin between them:
//   L = mean_i softplus(-alpha (G_pos_i - G_neg_i))
//   dL/dG_pos_i = -alpha sigmoid(-alpha D_i) / P,  dL/dG_neg_i = -dL/dG_pos_i
// with D_i = G_pos_i - G_neg_i. Needs as many negative rows as positive ones;
// ignores the threshold. alpha scales goodness differences, so it suits a
// goodness of order 1 (mean_squares); with sum_squares use a small alpha.
// A pair is a mistake when D_i <= 0.
#include "fflab/local/local_rule.hpp"

namespace fflab {

class SymbaObjective : public LocalRule {
 public:
  static Schema schema();
  explicit SymbaObjective(const Json& options);
  explicit SymbaObjective(double alpha) : alpha_(alpha) {}
  std::string type() const override { return "symba"; }
  LocalRuleNeeds needs() const override { return ff_objective_needs(); }
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override;

 private:
  double alpha_;
  Vector g_, dg_;
};

}  // namespace fflab
