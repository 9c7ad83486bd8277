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

}  // namespace fflab
