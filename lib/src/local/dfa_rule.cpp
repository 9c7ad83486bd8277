#include "fflab/local/dfa_rule.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/layers/initializers.hpp"

namespace fflab {

Schema DfaRule::schema() {
  Schema s;
  s.optional("feedback_scale", KeyType::number, 1.0,
             "the fixed feedback matrix [classes, units] is drawn with feedback_init and multiplied by "
             "feedback_scale")
      .above(0);
  s.optional("feedback_init", KeyType::string, "normal_fan_in",
             "initialiser of the feedback matrix with fan_in = classes and fan_out = units (normal_fan_in: "
             "N(0, 1) / sqrt(classes); glorot: U(+-sqrt(6 / (classes + units))), as BioTorch draws it)")
      .one_of(random_initializer_names());
  return s;
}

DfaRule::DfaRule(const Json& options)
    : LocalRule(schema(), options),
      feedback_scale_(resolved("feedback_scale").get<double>()),
      feedback_init_(resolved("feedback_init").get<std::string>()) {}

LocalRuleNeeds DfaRule::needs() const {
  LocalRuleNeeds n;
  n.labels = true;
  n.output_error = true;
  n.feedback = true;
  n.feedback_scale = static_cast<float>(feedback_scale_);
  n.feedback_init = feedback_init_;
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
