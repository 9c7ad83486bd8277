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
#include "fflab/core/fnv1a.hpp"
#include "fflab/experiment/program_identity.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_record.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/testing/local_rule_check.hpp"
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

TEST_CASE("a record of a program's own run names the components it registered and the executable's hash",
          "[user_rule][runner][provenance]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  // Built-in components only: the library's commit says it all, no "program".
  Json builtin = target_mse_manifest();
  builtin["name"] = "builtin_rule";
  builtin["trainer"]["rule"] = {{"type", "dfa"}};
  if (!local_rule_registry().contains("target_mse")) {
    CHECK(components_registered_outside().empty());
    CHECK_FALSE(run_experiment(builtin, options).contains("program"));
  }
  register_target_mse();
  CHECK(components_registered_outside() == Json::array({"local rule target_mse"}));
  const Json record = run_experiment(target_mse_manifest(), options);
  REQUIRE(record.contains("program"));
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe");
  CHECK(record["program"]["path"] == exe.string());
  CHECK(record["program"]["registered"] == Json::array({"local rule target_mse"}));
  // The hash of this very executable's bytes.
  CHECK(record["program"]["fnv1a64"] == fnv1a64_hex(fflab::test::read_text(exe)));
  // Written to the record file, and read back.
  const Json stored = read_result_file(dir / "tests/user_rule/record.json");
  CHECK(stored["program"] == record["program"]);
  CHECK(RunRecord::from_json(stored).to_json()["program"] == record["program"]);
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

TEST_CASE("fflab::testing's check_local_rule passes target_mse's hand case and finds a wrong loss or gradient",
          "[user_rule][testing]") {
  register_target_mse();
  // The hand case of docs/extending.md: L = 2.5, dL/dy = [[0, -0.5], [0, 1.5]].
  fflab::testing::LocalRuleHandCase hand;
  hand.output = Matrix{{1.0f, 0.0f}, {0.0f, 2.0f}};
  hand.feedback = Matrix{{1.0f, 1.0f}, {0.0f, -1.0f}};
  hand.labels = {0, 1};
  hand.loss = 2.5;
  hand.gradient = Matrix{{0.0f, -0.5f}, {0.0f, 1.5f}};
  TargetMseRule rule(Json::object());
  const auto ok = fflab::testing::check_local_rule(rule, hand);
  INFO(ok.report());
  CHECK(ok.ok());
  CHECK(ok.gradient_relative_error < 1e-3);

  auto wrong = hand;
  wrong.loss = 2.4;
  CHECK_THAT(fflab::testing::check_local_rule(rule, wrong).report(), Catch::Contains("loss is 2.5, the hand case says 2.4"));
  wrong = hand;
  wrong.gradient(1, 1) = 3.0f;
  CHECK_THAT(fflab::testing::check_local_rule(rule, wrong).report(),
             Catch::Contains("gradient(1, 1) is 1.5, the hand case says 3"));

  // A rule whose gradient lacks the 1/B: the finite differences say so, whatever the hand case claims.
  struct WithoutMean : TargetMseRule {
    using TargetMseRule::TargetMseRule;
    LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override {
      LocalRuleResult r = TargetMseRule::evaluate(input, doutput);
      if (doutput) *doutput *= static_cast<float>(input.output.shape()[0]);
      return r;
    }
  } without_mean(Json::object());
  auto unchecked = hand;
  unchecked.gradient = Matrix();
  CHECK_THAT(fflab::testing::check_local_rule(without_mean, unchecked).report(),
             Catch::Contains("gradient differs from central differences of the loss"));
  // One row cannot tell a missing 1/B.
  auto one_row = unchecked;
  one_row.output = Matrix{{1.0f, 0.0f}};
  one_row.labels = {0};
  one_row.loss = 0.5;
  CHECK_THAT(fflab::testing::check_local_rule(rule, one_row).report(), Catch::Contains("use at least 2 rows"));
}
