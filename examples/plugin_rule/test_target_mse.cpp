// The rule's tests, with fflab::testing (no test framework needed): a case
// worked out by hand, the gradient against central differences of the loss,
// and the schema as a manifest section reaches it. Exit status 0 = all pass.
#include <cstdio>
#include <string>

#include "fflab/testing/local_rule_check.hpp"
#include "target_mse_rule.hpp"

namespace {

int failures = 0;

void expect(const std::string& what, const fflab::testing::RuleCheckResult& result) {
  std::printf("%s: %s\n", what.c_str(), result.report().c_str());
  if (!result.ok()) ++failures;
}

}  // namespace

int main() {
  using namespace fflab;
  my_rules::register_target_mse();

  // y = [[1, 0], [0, 2]], F = [[1, 1], [0, -1]], labels (0, 1): y - tF = (0, -1), (0, 3),
  // so L = 0.5 * (1 + 9) / 2 = 2.5 and dL/dy = (y - tF) / 2 = [[0, -0.5], [0, 1.5]].
  testing::LocalRuleHandCase hand;
  hand.output = Matrix{{1.0f, 0.0f}, {0.0f, 2.0f}};
  hand.feedback = Matrix{{1.0f, 1.0f}, {0.0f, -1.0f}};
  hand.labels = {0, 1};
  hand.loss = 2.5;
  hand.gradient = Matrix{{0.0f, -0.5f}, {0.0f, 1.5f}};
  my_rules::TargetMseRule rule(Json{{"feedback_scale", 1.0}});
  expect("hand case and finite differences", testing::check_local_rule(rule, hand));

  expect("schema, defaults", testing::check_rule_schema(Json{{"type", "target_mse"}}));
  expect("schema, feedback_scale 3", testing::check_rule_schema(Json{{"type", "target_mse"}, {"feedback_scale", 3}}));
  return failures == 0 ? 0 : 1;
}
