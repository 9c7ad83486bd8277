#include "fflab/local/feedback_alignment_rule.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"

namespace fflab {

Schema FeedbackAlignmentRule::schema() {
  Schema s;
  s.optional("feedback_scale", KeyType::number, 1.0,
             "the fixed feedback matrix [above, units] has entries N(0, 1) * feedback_scale / sqrt(units)")
      .above(0);
  return s;
}

FeedbackAlignmentRule::FeedbackAlignmentRule(const Json& options)
    : feedback_scale_(options.value("feedback_scale", 1.0)) {}

LocalRuleNeeds FeedbackAlignmentRule::needs() const {
  LocalRuleNeeds n;
  n.upstream = true;
  n.feedback = true;
  n.feedback_scale = static_cast<float>(feedback_scale_);
  return n;
}

LocalRuleResult FeedbackAlignmentRule::evaluate(const LocalRuleInput& input, Matrix* gradient) {
  const Matrix& d = require_signal(input.upstream, "fa", "signal of the part above");
  const Matrix& b = require_signal(input.feedback, "fa", "feedback matrix");
  project_through_feedback(d, b, input.output, 1.0f, "fa", "upstream signal", "[B, above], [above, units], [B, units]",
                           gradient);
  return {};
}

}  // namespace fflab
