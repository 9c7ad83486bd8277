#include "fflab/local/local_rule.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"

namespace fflab {

const Goodness& require_goodness(const LocalRuleInput& input, const std::string& rule) {
  if (!input.goodness)
    throw Error("local rule \"" + rule + "\" scores goodness, but its trainer gave it none; run it with the "
                "forward_forward trainer (trainer.objective)");
  return *input.goodness;
}

void project_through_feedback(const Matrix& signal, const Matrix& feedback, const Matrix& output, float scale,
                              const std::string& rule, const char* signal_name, const char* shapes,
                              Matrix* gradient) {
  const std::size_t rows = output.shape()[0];
  if (signal.shape()[0] != rows || feedback.shape()[0] != signal.shape()[1] || feedback.shape()[1] != output.shape()[1])
    throw ShapeError(rule + ": " + signal_name + " " + shape_string(signal) + ", feedback " + shape_string(feedback) +
                     " and block output " + shape_string(output) + " do not fit (" + shapes + ")");
  if (!gradient) return;
  ensure_shape(*gradient, rows, feedback.shape()[1]);
  gemm(signal, feedback, *gradient, false, false, scale, 0.0f);
}

void send_through_above(const LocalRuleInput& input, const Matrix& weight, const std::string& rule,
                        Matrix& gradient) {
  const Matrix& d = require_signal(input.upstream, rule, "signal of the part above");
  const Matrix& w = require_signal(input.above_weight, rule, "weight of the layer above");
  const std::size_t rows = input.output.shape()[0], units = input.output.shape()[1];
  if (weight.shape() != w.shape() || d.shape()[0] != rows)
    throw ShapeError(rule + ": upstream signal " + shape_string(d) + ", weight above " + shape_string(w) +
                     ", stand-in " + shape_string(weight) + " and block output " + shape_string(input.output) +
                     " do not fit (the stand-in is shaped like the weight; the signal has a row per output row)");
  if (input.through_above) {
    input.through_above(weight, gradient);
  } else {
    if (w.shape()[0] != units || d.shape()[1] != w.shape()[1])
      throw ShapeError(rule + ": upstream signal " + shape_string(d) + ", weight above " + shape_string(w) +
                       " and block output " + shape_string(input.output) +
                       " do not fit ([B, above], [units, above], [B, units])");
    ensure_shape(gradient, rows, units);
    gemm(d, weight, gradient, false, /*transpose_b=*/true);
  }
}

const Matrix& require_signal(const Matrix* signal, const std::string& rule, const char* what) {
  if (!signal)
    throw Error("local rule \"" + rule + "\" reads the " + what +
                " but was not given it: declare it in the rule's needs()");
  return *signal;
}

const Labels& require_labels(const LocalRuleInput& input, const std::string& rule) {
  if (!input.labels)
    throw Error("local rule \"" + rule + "\" reads the labels but was not given them: declare needs().labels");
  if (input.labels->size() != input.output.shape()[0])
    throw ShapeError("local rule \"" + rule + "\": " + std::to_string(input.labels->size()) + " labels for " +
                     shape_string(input.output) + " block outputs");
  return *input.labels;
}

Json LocalRule::options() const {
  Json out{{"type", type()}};
  for (const auto& [key, value] : resolved_.items()) out[key] = value;
  return out;
}

}  // namespace fflab
