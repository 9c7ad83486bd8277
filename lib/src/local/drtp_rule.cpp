#include "fflab/local/drtp_rule.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"

namespace fflab {

Schema DrtpRule::schema() {
  Schema s;
  s.optional("feedback_scale", KeyType::number, 1.0,
             "the fixed projection matrix has entries N(0, 1) * feedback_scale / sqrt(classes)")
      .above(0);
  s.optional("reduction", KeyType::string, "mean",
             "how the block's signal combines the batch's cases: \"mean\" (dL/dy = -t F / B, as the global "
             "losses) or \"sum\" (-t F, no 1/B: the official DRTP code's hook)")
      .one_of({"mean", "sum"});
  return s;
}

DrtpRule::DrtpRule(const Json& options)
    : LocalRule(schema(), options),
      feedback_scale_(resolved("feedback_scale").get<double>()),
      sum_over_batch_(resolved("reduction").get<std::string>() == "sum") {}

LocalRuleNeeds DrtpRule::needs() const {
  LocalRuleNeeds n;
  n.labels = true;
  n.feedback = true;
  n.feedback_scale = static_cast<float>(feedback_scale_);
  return n;
}

LocalRuleResult DrtpRule::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  const Labels& labels = require_labels(input, "drtp");
  const Matrix& f = require_signal(input.feedback, "drtp", "feedback matrix");
  const std::size_t rows = input.output.shape()[0], classes = f.shape()[0];
  if (f.shape()[1] != input.output.shape()[1])
    throw ShapeError("drtp: feedback " + shape_string(f) + " and block output " + shape_string(input.output) +
                     " do not fit ([classes, units], [B, units])");
  if (doutput) {
    ensure_shape(target_, rows, classes);
    std::fill(target_.begin(), target_.end(), 0.0f);
    for (std::size_t i = 0; i < rows; ++i) {
      if (labels[i] < 0 || static_cast<std::size_t>(labels[i]) >= classes)
        throw ShapeError("drtp: label " + std::to_string(labels[i]) + " outside 0.." + std::to_string(classes - 1));
      target_(i, static_cast<std::size_t>(labels[i])) = -1.0f;
    }
    ensure_shape(*doutput, rows, f.shape()[1]);
    const float scale = sum_over_batch_ ? 1.0f : 1.0f / static_cast<float>(rows);
    gemm(target_, f, *doutput, false, false, scale, 0.0f);
  }
  return {};
}

}  // namespace fflab
