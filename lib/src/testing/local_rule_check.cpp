#include "fflab/testing/local_rule_check.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/testing/gradient_check.hpp"

namespace fflab::testing {

std::string RuleCheckResult::report() const {
  if (problems.empty()) return "ok";
  std::string out;
  for (const auto& p : problems) out += (out.empty() ? "" : "\n") + p;
  return out;
}

namespace {

std::string number(double v) {
  std::ostringstream s;
  s.precision(9);
  s << v;
  return s.str();
}

bool close(double a, double b, double tolerance) {
  return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

/// The rule's input for `hand_case`, with `output` and `pre_activation` given apart
/// (the finite differences vary one of them).
LocalRuleInput input_of(const LocalRuleHandCase& hand_case, const Matrix& output, const Matrix& pre_activation) {
  LocalRuleInput in{output};
  in.positives = output.shape()[0];
  in.pre_activation = &pre_activation;
  if (hand_case.input.size() > 0) in.input = &hand_case.input;
  if (!hand_case.labels.empty()) in.labels = &hand_case.labels;
  if (hand_case.feedback.size() > 0) in.feedback = &hand_case.feedback;
  if (hand_case.output_error.size() > 0) in.output_error = &hand_case.output_error;
  return in;
}

void compare_gradient(const Matrix& gradient, const LocalRuleHandCase& hand_case, RuleCheckResult& result) {
  if (gradient.shape() != hand_case.gradient.shape()) {
    result.problems.push_back("gradient is " + shape_string(gradient) + ", the hand case says " +
                              shape_string(hand_case.gradient));
    return;
  }
  for (std::size_t i = 0; i < gradient.shape()[0]; ++i)
    for (std::size_t j = 0; j < gradient.shape()[1]; ++j)
      if (!close(gradient(i, j), hand_case.gradient(i, j), hand_case.tolerance)) {
        result.problems.push_back("gradient(" + std::to_string(i) + ", " + std::to_string(j) + ") is " +
                                  number(gradient(i, j)) + ", the hand case says " +
                                  number(hand_case.gradient(i, j)));
        return;
      }
}

/// The gradient against central differences of the rule's loss, and whether
/// that comparison would catch a negated gradient or one without the 1/B.
void compare_with_differences(LocalRule& rule, const LocalRuleHandCase& hand_case, const Matrix& gradient,
                              RuleCheckResult& result) {
  const bool at_pre = rule.gradient_at() == GradientAt::pre_activation;
  const Matrix& pre = hand_case.pre_activation.size() > 0 ? hand_case.pre_activation : hand_case.output;
  Matrix varied = at_pre ? pre : hand_case.output;
  if (varied.shape() != gradient.shape()) {
    result.problems.push_back("gradient is " + shape_string(gradient) + ", the " +
                              (at_pre ? "pre-activation " : "output ") + shape_string(varied));
    return;
  }
  const auto loss_at = [&](const Matrix& v) {
    return rule.evaluate(at_pre ? input_of(hand_case, hand_case.output, v) : input_of(hand_case, v, pre), nullptr)
        .loss;
  };
  result.gradient_relative_error = gradient_error(varied, gradient, loss_at, hand_case.eps);
  if (result.gradient_relative_error > hand_case.gradient_tolerance)
    result.problems.push_back("gradient differs from central differences of the loss: relative error " +
                              number(result.gradient_relative_error) + " > " +
                              number(hand_case.gradient_tolerance));
  const std::size_t rows = gradient.shape()[0];
  const double negated = gradient_error(varied, Matrix(-gradient), loss_at, hand_case.eps);
  const double without_mean =
      gradient_error(varied, Matrix(gradient * static_cast<float>(rows)), loss_at, hand_case.eps);
  if (rows < 2 || negated <= 0.5 || without_mean <= 0.5)
    result.problems.push_back("the case cannot tell a negated gradient or one without the 1/B from the right one: "
                              "use at least 2 rows and a case whose gradient is not zero");
}

}  // namespace

RuleCheckResult check_local_rule(LocalRule& rule, const LocalRuleHandCase& hand_case) {
  RuleCheckResult result;
  const Matrix& pre = hand_case.pre_activation.size() > 0 ? hand_case.pre_activation : hand_case.output;
  Matrix gradient;
  try {
    const LocalRuleResult r = rule.evaluate(input_of(hand_case, hand_case.output, pre), &gradient);
    if (!close(r.loss, hand_case.loss, hand_case.tolerance))
      result.problems.push_back("loss is " + number(r.loss) + ", the hand case says " + number(hand_case.loss));
    if (hand_case.gradient.size() > 0) compare_gradient(gradient, hand_case, result);
    if (hand_case.finite_differences) compare_with_differences(rule, hand_case, gradient, result);
  } catch (const std::exception& e) {
    result.problems.push_back(rule.type() + ": evaluate failed: " + e.what());
  }
  return result;
}

namespace {

bool same_value(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return close(a.get<double>(), b.get<double>(), 1e-6);
  return a == b;
}

/// An unknown key must fail at /trainer/rule/<key>.
void check_unknown_key_refused(const Json& options, RuleCheckResult& result) {
  Json bad = options;
  const std::string key = "no_such_option";
  bad[key] = 1;
  try {
    local_rule_registry().build(bad, "/trainer/rule");
    result.problems.push_back("an unknown key \"" + key + "\" is accepted: declare the options in schema()");
  } catch (const ConfigError& e) {
    if (e.pointer() != "/trainer/rule/" + key)
      result.problems.push_back("an unknown key fails at " + e.pointer() + ", not at /trainer/rule/" + key);
  }
}

}  // namespace

RuleCheckResult check_rule_schema(const Json& options) {
  RuleCheckResult result;
  const std::string name = options.value("type", std::string());
  if (!local_rule_registry().contains(name)) {
    result.problems.push_back("no local rule '" + name + "' is registered");
    return result;
  }
  Json section = options;
  try {
    const auto rule = local_rule_registry().build(section, "/trainer/rule");
    if (rule->type() != name) result.problems.push_back("type() is '" + rule->type() + "', registered as '" + name + "'");
    const Json echoed = rule->options();
    if (!echoed.is_object() || echoed.value("type", std::string()) != name)
      result.problems.push_back("options() is " + echoed.dump() + ": an object whose \"type\" is '" + name + "'");
    for (const KeySpec& key : local_rule_registry().entries().at(name).schema.keys()) {
      if (!echoed.is_object() || !echoed.contains(key.name))
        result.problems.push_back("options() leaves out \"" + key.name + "\": the run record would not have it");
      else if (!same_value(echoed[key.name], section[key.name]))
        result.problems.push_back("options() gives \"" + key.name + "\": " + echoed[key.name].dump() +
                                  ", the manifest section resolves to " + section[key.name].dump());
    }
  } catch (const std::exception& e) {
    result.problems.push_back(name + ": cannot be built from " + options.dump() + ": " + e.what());
    return result;
  }
  check_unknown_key_refused(options, result);
  return result;
}

}  // namespace fflab::testing
