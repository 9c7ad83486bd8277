#include "fflab/local/symba_objective.hpp"

#include "fflab/core/errors.hpp"
#include "logistic.hpp"

namespace fflab {

Schema SymbaObjective::schema() {
  Schema s;
  s.optional("alpha", KeyType::number, 4.0,
             "scale of the goodness margin G_pos - G_neg inside softplus(-alpha * margin); suits a "
             "goodness of order 1 such as mean_squares")
      .above(0);
  return s;
}

SymbaObjective::SymbaObjective(const Json& options)
    : LocalRule(schema(), options), alpha_(resolved("alpha").get<double>()) {}

LocalRuleResult SymbaObjective::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  const Matrix& y = input.output;
  const std::size_t rows = y.shape()[0], pos = input.positives;
  if (pos == 0 || 2 * pos != rows)
    throw ShapeError("symba objective: pairs positive row i with negative row i, so it needs as many "
                     "negative as positive rows; got " + std::to_string(pos) + " positive of " +
                     std::to_string(rows));
  const Goodness& goodness = require_goodness(input, "symba");
  goodness.value(y, g_);
  if (dg_.size() != rows) dg_.resize({rows});
  LocalRuleResult r;
  double loss = 0.0;
  for (std::size_t i = 0; i < pos; ++i) {
    const double gp = g_(i), gn = g_(pos + i), d = gp - gn;
    loss += detail::softplus(-alpha_ * d);
    const double grad = -alpha_ * detail::sigmoid(-alpha_ * d) / static_cast<double>(pos);
    dg_(i) = static_cast<float>(grad);
    dg_(pos + i) = static_cast<float>(-grad);
    r.positive_goodness += gp;
    r.negative_goodness += gn;
    r.mistakes += d <= 0.0;
  }
  const auto p = static_cast<double>(pos);
  r.loss = loss / p;
  r.positive_goodness /= p;
  r.negative_goodness /= p;
  r.cases = pos;
  if (doutput) goodness.gradient(y, dg_, *doutput);
  return r;
}

}  // namespace fflab
