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
  const std::size_t rows = input.output.shape()[0];
  if (e.shape()[0] != rows || f.shape()[0] != e.shape()[1] || f.shape()[1] != input.output.shape()[1])
    throw ShapeError("dfa: output error " + shape_string(e) + ", feedback " + shape_string(f) + " and block output " +
                     shape_string(input.output) + " do not fit ([B, C], [C, units], [B, units])");
  if (doutput) {
    ensure_shape(*doutput, rows, f.shape()[1]);
    gemm(e, f, *doutput, false, false, 1.0f / static_cast<float>(rows), 0.0f);
  }
  return {};
}

}  // namespace fflab
