#include "fflab/local/local_rule.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

const Goodness& require_goodness(const LocalRuleInput& input, const std::string& rule) {
  if (!input.goodness)
    throw Error("local rule \"" + rule + "\" scores goodness, but its trainer gave it none; run it with the "
                "forward_forward trainer (trainer.objective)");
  return *input.goodness;
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
