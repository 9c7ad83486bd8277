#include "fflab/local/feedback_alignment_rule.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/layers/initializers.hpp"

namespace fflab {


Schema FeedbackAlignmentRule::schema() {
  Schema s;
  s.optional("feedback_scale", KeyType::number, 1.0,
             "the fixed feedback matrix, shaped like the weight of the layer above, is drawn with "
             "feedback_init and multiplied by feedback_scale")
      .above(0);
  s.optional("feedback_init", KeyType::string, "normal_fan_in",
             "initialiser of the feedback matrix over the fans of the weight it stands in for (normal_fan_in: "
             "N(0, 1) / sqrt(fan_in); glorot: U(+-sqrt(6 / (fan_in + fan_out))), BioTorch's)")
      .one_of(random_initializer_names());  // zeros would carry no error down
  return s;
}

FeedbackAlignmentRule::FeedbackAlignmentRule(const Json& options)
    : feedback_scale_(options.value("feedback_scale", 1.0)),
      feedback_init_(options.value("feedback_init", std::string("normal_fan_in"))) {}

LocalRuleNeeds FeedbackAlignmentRule::needs() const {
  LocalRuleNeeds n;
  n.upstream = true;
  n.feedback = true;
  n.feedback_scale = static_cast<float>(feedback_scale_);
  n.feedback_init = feedback_init_;
  return n;
}

LocalRuleResult FeedbackAlignmentRule::evaluate(const LocalRuleInput& input, Matrix* gradient) {
  const Matrix& b = require_signal(input.feedback, "fa", "feedback matrix");
  if (gradient) send_through_above(input, b, "fa", *gradient);
  return {};
}

}  // namespace fflab
