// A user's own local learning rule, written, registered and trained without
// touching the library: the proof behind docs/extending.md. The rule lives in
// tests/support/target_mse_rule.hpp, outside lib/; the test registers it with
// local_rule_registry().add(), checks its gradient against finite differences
// of its loss and a case by hand, trains it with the local_rules trainer
// (directly and through the runner) and checks that its options are validated
// under /trainer/rule. test_plugin.cpp loads the same rule as a plugin into
// the stock CLI.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

#include <xtensor/xbuilder.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/train/local_rules_trainer.hpp"
#include "fflab/train/registry.hpp"
#include "support/fixtures.hpp"
#include "support/gradient_check.hpp"
#include "support/target_mse_rule.hpp"

using namespace fflab;
using fflab::test::gradient_error;
using fflab::test::random_matrix;
using fflab::test::TempDir;
using fflab::test::register_target_mse;
using fflab::test::TargetMseRule;
using fflab::test::target_mse_evaluations;
using fflab::test::target_mse_manifest;

namespace {

std::unique_ptr<LocalRule> build_rule(Json spec, const std::string& pointer = "/trainer/rule") {
  return local_rule_registry().build(spec, pointer);
}

}  // namespace

TEST_CASE("a user rule registers without a library change and is built from a manifest section", "[user_rule]") {
  register_target_mse();
  register_target_mse();  // a second registration is skipped, not an error
  REQUIRE(local_rule_registry().contains("target_mse"));
  CHECK_THROWS_WITH(local_rule_registry().add({"target_mse", "", Schema(), nullptr}),
                    Catch::Contains("registered twice"));
  auto rule = build_rule({{"type", "target_mse"}});
  CHECK(rule->type() == "target_mse");
  CHECK(rule->options() == Json{{"type", "target_mse"}, {"feedback_scale", 1.0}});
  CHECK(rule->needs().labels);
  CHECK(rule->needs().feedback);
  CHECK_FALSE(rule->needs().output_error);
  CHECK(rule->gradient_at() == GradientAt::output);
  CHECK(rule->pass() == RulePass::clean);
  CHECK(rule->parameters().empty());
  // The trainer reads the needs: labels and feedback only -> learn as the forward pass goes.
  Json trainer = {{"type", "local_rules"}, {"epochs", 1}, {"rule", {{"type", "target_mse"}}}};
  auto t = trainer_registry().build(trainer, "/trainer");
  CHECK(dynamic_cast<LocalRulesTrainer&>(*t).pass_schedule() == LocalRulesTrainer::PassSchedule::streaming);
}

TEST_CASE("target_mse: a case by hand and its gradient against finite differences of its loss", "[user_rule]") {
  register_target_mse();
  auto rule = build_rule({{"type", "target_mse"}});
  // By hand: classes 2, units 2. Targets F[0] = (1, 1) and F[1] = (0, -1);
  // y - tF = (0, -1) and (0, 3): L = 0.5 * (1 + 9) / 2 = 2.5, dL/dy = (y - tF) / 2.
  const Matrix y = {{1, 0}, {0, 2}};
  const Matrix f = {{1, 1}, {0, -1}};
  const Labels labels = {0, 1};
  LocalRuleInput in{y, 2};
  in.labels = &labels;
  in.feedback = &f;
  Matrix dy;
  const LocalRuleResult r = rule->evaluate(in, &dy);
  CHECK(r.loss == Approx(2.5));
  CHECK(dy(0, 0) == Approx(0.0));
  CHECK(dy(0, 1) == Approx(-0.5));
  CHECK(dy(1, 0) == Approx(0.0));
  CHECK(dy(1, 1) == Approx(1.5));
  CHECK(rule->evaluate(in, nullptr).loss == Approx(2.5));  // no gradient asked: same loss

  // Finite differences at a random point: 6 cases, 5 units, 3 classes.
  const Matrix v = random_matrix(6, 5, 11);
  const Matrix fb = random_matrix(3, 5, 12);
  const Labels lab = {0, 2, 1, 1, 0, 2};
  auto loss_at = [&](const Matrix& m) {
    LocalRuleInput at{m, m.shape()[0]};
    at.labels = &lab;
    at.feedback = &fb;
    return rule->evaluate(at, nullptr).loss;
  };
  LocalRuleInput at{v, 6};
  at.labels = &lab;
  at.feedback = &fb;
  Matrix grad;
  rule->evaluate(at, &grad);
  const double err = gradient_error(v, grad, loss_at);
  INFO("relative error " << err);
  CHECK(err < 2e-3);
  // The check can fail: a gradient without its 1/B, or with the wrong sign, is caught.
  CHECK(gradient_error(v, Matrix(grad * 6.0f), loss_at) > 0.5);
  CHECK(gradient_error(v, Matrix(-grad), loss_at) > 0.5);

  // Missing signals are named.
  LocalRuleInput bare{v, 6};
  CHECK_THROWS_WITH(rule->evaluate(bare, &grad), Catch::Contains("feedback matrix"));
  bare.feedback = &fb;
  CHECK_THROWS_WITH(rule->evaluate(bare, &grad), Catch::Contains("labels"));
}

TEST_CASE("the local_rules trainer lowers a user rule's loss in every block", "[user_rule]") {
  register_target_mse();
  Rng data_rng(3);
  Json data_spec = {{"type", "synthetic"}, {"train", 300}, {"validation", 0}, {"test", 30},
                    {"features", 8}, {"classes", 3}};
  auto data = dataset_registry().build(data_spec, "/dataset", data_rng);
  Network net;
  std::size_t width = 8;
  for (std::size_t units : {16, 16}) {
    Json d = {{"type", "dense"}, {"units", units}}, act = {{"type", "relu"}};
    net.add(layer_registry().build(d, "/d", FeatureShape::flat(width)));
    net.add(layer_registry().build(act, "/a", FeatureShape::flat(units)));
    width = units;
  }
  Json out = {{"type", "dense"}, {"units", 3}};
  net.add(layer_registry().build(out, "/o", FeatureShape::flat(width)));
  Rng init(5);
  net.initialize(init);
  Json options = {{"type", "local_rules"}, {"epochs", 5}, {"batch_size", 50},
                  {"rule", {{"type", "target_mse"}, {"feedback_scale", 3.0}}},
                  {"optimizer", {{"type", "sgd"}, {"lr", 0.05}, {"momentum", 0.0}}}};
  auto trainer = trainer_registry().build(options, "/trainer");
  auto& t = dynamic_cast<LocalRulesTrainer&>(*trainer);
  t.attach(net, *data);
  t.initialize(init);
  REQUIRE(t.blocks().size() == 2);
  REQUIRE(t.feedback(0).shape()[0] == 3);
  REQUIRE(t.feedback(0).shape()[1] == 16);

  // Each block's rule loss on the whole training split, from a clean forward
  // pass, and the loss of an all-zero block output (the dead-relu collapse).
  auto block_losses = [&](bool zero) {
    net.forward(data->train.x, RunContext{});
    std::vector<double> losses;
    for (std::size_t k = 0; k < 2; ++k) {
      const Matrix& y = net.activation(2 * k + 2);  // after dense, relu of block k
      const Matrix zeros = xt::zeros_like(y);
      LocalRuleInput in{zero ? zeros : y, data->train.size()};
      in.labels = &data->train.y;
      in.feedback = &t.feedback(k);
      losses.push_back(t.rule(k).evaluate(in, nullptr).loss);
    }
    return losses;
  };
  const std::vector<double> before = block_losses(false), collapsed = block_losses(true);
  target_mse_evaluations = 0;
  Rng rng(1);
  for (std::size_t epoch = 0; epoch < 5; ++epoch) t.train_epoch(net, data->train, data->shape, epoch, rng, {});
  CHECK(target_mse_evaluations == 5 * 6 * 2);  // once per block per batch
  const std::vector<double> after = block_losses(false);
  for (std::size_t k = 0; k < 2; ++k) {
    INFO("block " << k << ": loss " << before[k] << " -> " << after[k] << "; all-zero output " << collapsed[k]);
    CHECK(after[k] < 0.5 * before[k]);
    CHECK(after[k] < 0.8 * collapsed[k]);  // learned class-dependent outputs, not silence
  }
}

TEST_CASE("a user rule trains through a manifest and the record echoes it", "[user_rule][runner]") {
  register_target_mse();
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  target_mse_evaluations = 0;
  const Json record = run_experiment(target_mse_manifest(), options);
  CHECK(target_mse_evaluations == 6 * 6 * 2);  // 6 epochs of 6 batches, 2 blocks
  CHECK(record["status"] == "completed");
  CHECK(record["manifest"]["trainer"]["rule"] == Json{{"type", "target_mse"}, {"feedback_scale", 3.0}});
  CHECK(record["trainer"]["rule"] == Json{{"type", "target_mse"}, {"feedback_scale", 3.0}});
  CHECK(record["trainer"]["pass_schedule"] == "streaming");
  CHECK(record["trainer"]["blocks"] == Json::array({16, 16}));
  REQUIRE(record["epochs"].size() == 6);
  INFO(record["final"].dump());
  CHECK(record["final"]["test_error"].get<double>() < 20.0);  // chance: 66.7
}

TEST_CASE("a user rule's bad options fail with the JSON pointer under /trainer/rule", "[user_rule]") {
  register_target_mse();
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  auto error_of = [&](const Json& manifest) -> std::string {
    try {
      run_experiment(manifest, options);
    } catch (const ConfigError& e) {
      return e.pointer() + " | " + e.what();
    }
    return "no ConfigError";
  };
  Json negative = target_mse_manifest();
  negative["trainer"]["rule"]["feedback_scale"] = -1.0;
  const std::string a = error_of(negative);
  CHECK_THAT(a, Catch::StartsWith("/trainer/rule/feedback_scale | ") && Catch::Contains("out of range"));
  Json typo = target_mse_manifest();
  typo["trainer"]["rule"] = {{"type", "target_mse"}, {"feedbak_scale", 0.5}};
  const std::string b = error_of(typo);
  CHECK_THAT(b, Catch::StartsWith("/trainer/rule/feedbak_scale | ") && Catch::Contains("did you mean \"feedback_scale\""));
  Json unknown = target_mse_manifest();
  unknown["trainer"]["rule"] = {{"type", "target_mes"}};
  const std::string c = error_of(unknown);
  CHECK_THAT(c, Catch::StartsWith("/trainer/rule/type | ") && Catch::Contains("did you mean 'target_mse'"));
  CHECK(std::filesystem::is_empty(dir.path()));  // nothing written
}
