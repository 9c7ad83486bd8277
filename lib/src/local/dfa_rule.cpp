#include "fflab/local/dfa_rule.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"

namespace fflab {

Schema DfaRule::schema() {
  Schema s;
  s.optional("feedback_scale", KeyType::number, 1.0,
             "the fixed feedback matrix has entries N(0, 1) * feedback_scale / sqrt(classes)")
      .above(0);
  return s;
}

DfaRule::DfaRule(const Json& options)
    : LocalRule(schema(), options), feedback_scale_(resolved("feedback_scale").get<double>()) {}

LocalRuleNeeds DfaRule::needs() const {
  LocalRuleNeeds n;
  n.labels = true;
  n.output_error = true;
  n.feedback = true;
  n.feedback_scale = static_cast<float>(feedback_scale_);
  return n;
}

LocalRuleResult DfaRule::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  const Matrix& e = require_signal(input.output_error, "dfa", "output error");
  const Matrix& f = require_signal(input.feedback, "dfa", "feedback matrix");
  // e holds each row's own error; the step is the mean over the rows.
  const float mean = 1.0f / static_cast<float>(input.output.shape()[0]);
  project_through_feedback(e, f, input.output, mean, "dfa", "output error", "[B, C], [C, units], [B, units]", doutput);
  return {};
}

}  // namespace fflab
