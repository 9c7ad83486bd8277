#include "target_mse_rule.hpp"

#include <memory>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/local/registry.hpp"

namespace my_rules {

using namespace fflab;

Schema TargetMseRule::schema() {
  Schema s;
  s.optional("feedback_scale", KeyType::number, 1.0,
             "the fixed target projection F has entries N(0, 1) * feedback_scale / sqrt(classes)")
      .above(0);
  return s;
}

// LocalRule(schema(), options): the resolved options, defaults filled from the
// schema, are what options() writes into the run record.
TargetMseRule::TargetMseRule(const Json& options)
    : LocalRule(schema(), options), feedback_scale_(resolved("feedback_scale").get<float>()) {}

LocalRuleNeeds TargetMseRule::needs() const {
  LocalRuleNeeds n;
  n.labels = true;
  n.feedback = true;
  n.feedback_scale = feedback_scale_;
  return n;
}

LocalRuleResult TargetMseRule::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  const Matrix& y = input.output;
  const Matrix& f = require_signal(input.feedback, "target_mse", "feedback matrix");
  const Labels& labels = require_labels(input, "target_mse");
  const std::size_t rows = y.shape()[0], units = y.shape()[1], classes = f.shape()[0];
  if (f.shape()[1] != units)
    throw ShapeError("target_mse: feedback " + shape_string(f) + " and block output " + shape_string(y) +
                     " do not fit");
  if (doutput) ensure_shape(*doutput, rows, units);
  const float inv_rows = 1.0f / static_cast<float>(rows);
  double sum = 0.0;
  for (std::size_t i = 0; i < rows; ++i) {
    const auto label = static_cast<std::size_t>(labels[i]);
    if (labels[i] < 0 || label >= classes)
      throw ShapeError("target_mse: label " + std::to_string(labels[i]) + " outside 0.." + std::to_string(classes - 1));
    for (std::size_t j = 0; j < units; ++j) {
      const float d = y(i, j) - f(label, j);  // (y - t F)_ij: t_i F is row `label` of F
      sum += static_cast<double>(d) * d;
      if (doutput) (*doutput)(i, j) = d * inv_rows;
    }
  }
  LocalRuleResult r;
  r.loss = 0.5 * sum / static_cast<double>(rows);
  return r;
}

void register_target_mse() {
  if (local_rule_registry().contains("target_mse")) return;
  local_rule_registry().add({"target_mse",
                             "local_rules: regress the block output onto onehot(label) F_k (0.5 * mean squared error)",
                             TargetMseRule::schema(),
                             [](const Json& o) { return std::make_unique<TargetMseRule>(o); }});
}

}  // namespace my_rules
