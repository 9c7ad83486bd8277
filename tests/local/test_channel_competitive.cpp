// The channel-wise competitive objective (CwComp): hand-computed group
// goodness, loss and mistakes, and its gradient against central differences.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/local/channel_competitive_objective.hpp"
#include "fflab/local/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using fflab::test::gradient_error;
using fflab::test::random_matrix;

namespace {

LocalRuleInput input_for(const Matrix& y, const Labels& labels, std::size_t classes) {
  LocalRuleInput in{y, y.shape()[0]};
  in.labels = &labels;
  in.classes = classes;
  return in;
}

}  // namespace

TEST_CASE("channel_competitive: group goodness, loss and mistakes by hand", "[objective]") {
  // Two classes of two units each: row 0 groups (1, 1) and (2, 0) -> gf 1, 2;
  // row 1 groups (0, 2) and (0, 0) -> gf 2, 0.
  const Matrix y = {{1, 1, 2, 0}, {0, 2, 0, 0}};
  Matrix gf;
  ChannelCompetitiveObjective::group_goodness(y, 2, gf);
  CHECK(gf(0, 0) == Approx(1.0));
  CHECK(gf(0, 1) == Approx(2.0));
  CHECK(gf(1, 0) == Approx(2.0));
  CHECK(gf(1, 1) == Approx(0.0));
  const Labels labels = {0, 0};
  ChannelCompetitiveObjective rule;
  const LocalRuleResult r = rule.evaluate(input_for(y, labels, 2), nullptr);
  // -log softmax: row 0 log(e^1 + e^2) - 1, row 1 log(e^2 + 1) - 2.
  const double expected = 0.5 * ((std::log(std::exp(1.0) + std::exp(2.0)) - 1.0) + (std::log(std::exp(2.0) + 1.0) - 2.0));
  CHECK(r.loss == Approx(expected));
  CHECK(r.cases == 2);
  CHECK(r.mistakes == 1);  // row 0's label group is not the highest
  CHECK(r.positive_goodness == Approx(1.5));
  CHECK(r.negative_goodness == Approx(1.0));
  // Its gradient at row 0, unit 0: (softmax_0 - 1) / B * 2 y / m.
  Matrix grad;
  rule.evaluate(input_for(y, labels, 2), &grad);
  const double p0 = std::exp(1.0) / (std::exp(1.0) + std::exp(2.0));
  CHECK(grad(0, 0) == Approx((p0 - 1.0) / 2.0 * 2.0 * 1.0 / 2.0));
  CHECK(grad(0, 3) == Approx(0.0));
}

TEST_CASE("channel_competitive: gradient against central differences, with CHW maps of channels", "[objective]") {
  // 3 classes, 6 channels of 2x2: each class's group is 2 channels = 8 units.
  const Matrix y = random_matrix(5, 24, 17);
  const Labels labels = {0, 2, 1, 1, 2};
  ChannelCompetitiveObjective rule;
  Matrix grad;
  rule.evaluate(input_for(y, labels, 3), &grad);
  const double err = gradient_error(y, grad, [&](const Matrix& m) { return rule.evaluate(input_for(m, labels, 3), nullptr).loss; });
  CHECK(err < 2e-3);
}

TEST_CASE("channel_competitive: widths that do not split into the classes and labels out of range are refused", "[objective]") {
  ChannelCompetitiveObjective rule;
  const Matrix y = random_matrix(2, 10, 3);
  const Labels labels = {0, 1};
  CHECK_THROWS_WITH(rule.evaluate(input_for(y, labels, 3), nullptr),
                    Catch::Contains("10 units does not split into 3 equal class groups"));
  const Labels wrong = {0, 5};
  CHECK_THROWS_WITH(rule.evaluate(input_for(y, wrong, 2), nullptr), Catch::Contains("label 5 of row 1"));
  Json spec = {{"type", "channel_competitive"}};
  auto built = local_rule_registry().build(spec, "/trainer/objective");
  CHECK(built->needs().class_groups);
  CHECK(is_ff_objective(built->needs()));
}
