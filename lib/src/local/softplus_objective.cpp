#include "fflab/local/softplus_objective.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"
#include "logistic.hpp"

namespace fflab {

Schema SoftplusObjective::schema() { return Schema(); }

SoftplusObjective::SoftplusObjective(const Json& options) : LocalRule(schema(), options) {}

LocalRuleResult SoftplusObjective::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  const Matrix& y = input.output;
  const std::size_t rows = y.shape()[0], pos = input.positives, neg = rows - pos;
  if (pos == 0 || pos > rows || neg == 0)
    throw ShapeError("softplus objective: needs positive and negative rows, got " +
                     std::to_string(pos) + " positive of " + std::to_string(rows));
  const Goodness& goodness = require_goodness(input, "softplus");
  goodness.value(y, g_);
  if (dg_.size() != rows) dg_.resize({rows});
  const double theta = input.threshold;
  LocalRuleResult r;
  double loss_pos = 0.0, loss_neg = 0.0;
  for (std::size_t i = 0; i < rows; ++i) {
    const double g = g_(i);
    if (i < pos) {
      loss_pos += detail::softplus(theta - g);
      dg_(i) = static_cast<float>(-detail::sigmoid(theta - g) / static_cast<double>(pos));
      r.positive_goodness += g;
      r.mistakes += g <= theta;
    } else {
      loss_neg += detail::softplus(g - theta);
      dg_(i) = static_cast<float>(detail::sigmoid(g - theta) / static_cast<double>(neg));
      r.negative_goodness += g;
      r.mistakes += g > theta;
    }
  }
  r.loss = loss_pos / static_cast<double>(pos) + loss_neg / static_cast<double>(neg);
  r.positive_goodness /= static_cast<double>(pos);
  r.negative_goodness /= static_cast<double>(neg);
  r.cases = rows;
  if (doutput) goodness.gradient(y, dg_, *doutput);
  return r;
}

}  // namespace fflab
