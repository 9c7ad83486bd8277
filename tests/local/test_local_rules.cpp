// Local learning rules (local_head, drtp, dfa, pepita): hand-computed
// signals on tiny cases, finite differences where a rule has a loss, needs
// and registry errors.
#include <catch2/catch.hpp>

#include <cmath>
#include <utility>

#include "fflab/core/errors.hpp"
#include "fflab/local/dfa_rule.hpp"
#include "fflab/local/drtp_rule.hpp"
#include "fflab/local/local_head_rule.hpp"
#include "fflab/local/pepita_rule.hpp"
#include "fflab/local/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using fflab::test::gradient_error_in_place;
using fflab::test::random_matrix;

namespace {

std::unique_ptr<LocalRule> build_rule(Json spec) { return local_rule_registry().build(spec, "/trainer/rule"); }


}  // namespace

TEST_CASE("local_head: loss by hand, and its gradients against finite differences", "[local_rules]") {
  LocalHeadRule rule;
  rule.attach(LocalRuleBlock{0, 1, 3, 2, 2});  // 2 units, 2 classes
  // Head W = [[1, 0], [0, 2]], b = [0, 1]: logits of y = [1, 1] are [1, 3].
  rule.head().weight() = Matrix{{1, 0}, {0, 2}};
  rule.head().bias() = Matrix{{0, 1}};
  const Matrix y = {{1, 1}};
  const Labels labels = {0};
  LocalRuleInput in{y, 1};
  in.labels = &labels;
  Matrix dy;
  for (auto& p : rule.parameters()) std::fill(p.grad->begin(), p.grad->end(), 0.0f);
  const auto r = rule.evaluate(in, &dy);
  const double expected = std::log(std::exp(1.0) + std::exp(3.0)) - 1.0;
  CHECK(r.loss == Approx(expected));
  CHECK(r.cases == 1);
  CHECK(r.mistakes == 1);  // argmax is class 1
  // dL/dz = softmax - onehot = [p0 - 1, p1]; dL/dy = dL/dz W^T.
  const double p0 = std::exp(1.0) / (std::exp(1.0) + std::exp(3.0));
  CHECK(dy(0, 0) == Approx(p0 - 1.0));
  CHECK(dy(0, 1) == Approx(2.0 * (1.0 - p0)));

  // Finite differences on a random case: the block output and the head's weights.
  LocalHeadRule big;
  big.attach(LocalRuleBlock{0, 1, 5, 6, 4});
  Rng rng(3);
  big.initialize(rng);
  Matrix v = random_matrix(5, 6, 11);
  const Labels many = {0, 3, 1, 1, 2};
  auto loss = [&]() {
    LocalRuleInput i{v, 5};
    i.labels = &many;
    return big.evaluate(i, nullptr).loss;
  };
  for (auto& p : big.parameters()) std::fill(p.grad->begin(), p.grad->end(), 0.0f);
  LocalRuleInput i{v, 5};
  i.labels = &many;
  Matrix grad;
  big.evaluate(i, &grad);
  CHECK(gradient_error_in_place(v, grad, loss) < 2e-3);
  // evaluate accumulates into the head's grads: zero them, evaluate once, compare.
  const auto params = big.parameters();
  REQUIRE(params.size() == 2);
  for (const auto& p : params) std::fill(p.grad->begin(), p.grad->end(), 0.0f);
  big.evaluate(i, nullptr);
  const Matrix analytic_w = *params[0].grad, analytic_b = *params[1].grad;
  CHECK(gradient_error_in_place(*params[0].value, analytic_w, loss) < 2e-3);
  CHECK(gradient_error_in_place(*params[1].value, analytic_b, loss) < 2e-3);
  CHECK(params[0].name == "head_weight");
  // The labels must match the rows.
  const Labels short_labels = {0};
  LocalRuleInput bad{v, 5};
  bad.labels = &short_labels;
  CHECK_THROWS_AS(big.evaluate(bad, nullptr), ShapeError);
}

TEST_CASE("dfa: the output error through the block's feedback matrix, per case mean", "[local_rules]") {
  auto rule = build_rule({{"type", "dfa"}});
  const auto needs = rule->needs();
  CHECK(needs.output_error);
  CHECK(needs.feedback);
  CHECK_FALSE(needs.negatives);
  CHECK(rule->gradient_at() == GradientAt::output);
  const Matrix y = {{1, 2, 3}, {4, 5, 6}};              // 2 rows, 3 units
  const Matrix e = {{0.5f, -0.5f}, {-1, 1}};            // 2 classes
  const Matrix f = {{1, 0, 2}, {0, 1, -1}};             // [classes, units]
  LocalRuleInput in{y, 2};
  in.output_error = &e;
  in.feedback = &f;
  Matrix dy;
  const auto r = rule->evaluate(in, &dy);
  CHECK(r.loss == 0.0);
  // row 0: (0.5 [1 0 2] - 0.5 [0 1 -1]) / 2 = [0.25, -0.25, 0.75]
  CHECK(dy(0, 0) == Approx(0.25));
  CHECK(dy(0, 1) == Approx(-0.25));
  CHECK(dy(0, 2) == Approx(0.75));
  // row 1: (-[1 0 2] + [0 1 -1]) / 2 = [-0.5, 0.5, -1.5]
  CHECK(dy(1, 0) == Approx(-0.5));
  CHECK(dy(1, 2) == Approx(-1.5));
  LocalRuleInput missing{y, 2};
  missing.feedback = &f;
  CHECK_THROWS_WITH(rule->evaluate(missing, &dy), Catch::Contains("output error"));
}

TEST_CASE("drtp: minus the one-hot target through the feedback matrix", "[local_rules]") {
  auto rule = build_rule({{"type", "drtp"}, {"feedback_scale", 0.5}});
  CHECK(rule->options()["feedback_scale"] == 0.5);
  CHECK(rule->needs().feedback_scale == 0.5f);
  CHECK_FALSE(rule->needs().output_error);  // no waiting for the output: a streaming rule
  const Matrix y = {{0, 0, 0}, {0, 0, 0}};
  const Matrix f = {{1, 0, 2}, {0, 1, -1}};
  const Labels labels = {1, 0};
  LocalRuleInput in{y, 2};
  in.labels = &labels;
  in.feedback = &f;
  Matrix dy;
  rule->evaluate(in, &dy);
  CHECK(dy(0, 0) == Approx(0.0));   // -F[1] / 2
  CHECK(dy(0, 1) == Approx(-0.5));
  CHECK(dy(0, 2) == Approx(0.5));
  CHECK(dy(1, 0) == Approx(-0.5));  // -F[0] / 2
  CHECK(dy(1, 2) == Approx(-1.0));
  const Labels out_of_range = {1, 2};
  in.labels = &out_of_range;
  CHECK_THROWS_AS(rule->evaluate(in, &dy), ShapeError);
  // The official code's hook sums over the batch: no 1/B.
  auto summed = build_rule({{"type", "drtp"}, {"reduction", "sum"}});
  in.labels = &labels;
  summed->evaluate(in, &dy);
  CHECK(dy(0, 1) == Approx(-1.0));  // -F[1]
  CHECK(dy(1, 2) == Approx(-2.0));  // -F[0]
}

TEST_CASE("pepita: the clean minus the modulated output at the pre-activation", "[local_rules]") {
  auto rule = build_rule({{"type", "pepita"}});
  CHECK(rule->needs().modulated_pass);
  CHECK(rule->needs().modulation_scale == Approx(0.05));
  CHECK(rule->gradient_at() == GradientAt::pre_activation);
  CHECK(rule->pass() == RulePass::modulated);
  const Matrix h = {{1, 2}, {3, 4}};
  const Matrix hm = {{0, 2}, {5, 1}};
  LocalRuleInput in{h, 2};
  in.modulated_output = &hm;
  Matrix d;
  rule->evaluate(in, &d);
  CHECK(d(0, 0) == Approx(0.5));
  CHECK(d(0, 1) == Approx(0.0));
  CHECK(d(1, 0) == Approx(-1.0));
  CHECK(d(1, 1) == Approx(1.5));

  // A conv block: the signal is divided by the output map's positions (the
  // official conv code's mean), by their square root, or left summed; the
  // official code's step also divides by the batch size (2 rows) once more.
  for (const auto& [mode, factor] : {std::pair<const char*, double>{"mean", 0.25}, {"sqrt", 0.5}, {"sum", 1.0},
                                     {"official", 0.125}}) {
    auto conv = build_rule({{"type", "pepita"}, {"conv_update", mode}});
    conv->attach(LocalRuleBlock{0, 1, 8, 2, 2, 0, 4, 0, true});  // 2 units over 4 positions
    conv->evaluate(in, &d);
    CHECK(d(1, 0) == Approx(-1.0 * factor));
    CHECK(d(1, 1) == Approx(1.5 * factor));
    // A flat block (1 position) is the plain mean over the batch, whatever the mode.
    conv->attach(LocalRuleBlock{0, 1, 8, 2, 2, 0, 1});
    conv->evaluate(in, &d);
    CHECK(d(1, 1) == Approx(1.5));
    // A conv block whose map is 1 x 1 (LeNet-5's C5): nothing to average over positions, but "official"
    // still divides by the batch again, as the official step does for every conv layer.
    conv->attach(LocalRuleBlock{0, 1, 8, 2, 2, 0, 1, 0, true});
    conv->evaluate(in, &d);
    CHECK(d(1, 1) == Approx(std::string(mode) == "official" ? 0.75 : 1.5));
  }
  // "official" divides by the trainer's batch size when the block gives it (here 8, of which this step
  // trains 2 rows, as a data-parallel rank would), else by the rows.
  auto official = build_rule({{"type", "pepita"}, {"conv_update", "official"}});
  official->attach(LocalRuleBlock{0, 1, 8, 2, 2, 0, 4, 8, true});
  official->evaluate(in, &d);
  CHECK(d(1, 1) == Approx(1.5 * 0.25 / 8));
  CHECK_THROWS_WITH(build_rule({{"type", "pepita"}, {"conv_update", "max"}}),
                    Catch::Contains("/trainer/rule/conv_update"));
}

TEST_CASE("local rule options are checked with the key's pointer", "[local_rules]") {
  CHECK_THROWS_WITH(build_rule({{"type", "dfa"}, {"feedback_scale", -1}}), Catch::Contains("/trainer/rule/feedback_scale"));
  CHECK_THROWS_WITH(build_rule({{"type", "pepita"}, {"scale", 1}}), Catch::Contains("/trainer/rule"));
  CHECK_THROWS_WITH(build_rule({{"type", "dfaa"}}), Catch::Contains("dfa"));
  CHECK_THROWS_WITH(build_rule({{"type", "local_head"}, {"init", "uniform"}}), Catch::Contains("/trainer/rule/init"));
}
