// Forward-Forward trainer: the block gradient against finite differences,
// locality (no gradient crosses blocks), configuration errors, learning and
// determinism through the runner, and resuming from a checkpoint.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/train/forward_forward_trainer.hpp"
#include "fflab/train/registry.hpp"
#include "support/fixtures.hpp"
#include "support/gradient_check.hpp"
#include "support/networks.hpp"
#include "support/record_checks.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::check_block_measures;
using fflab::test::relu_blocks;
using fflab::test::StopAfter;
using fflab::test::TempDir;

namespace {

std::unique_ptr<Dataset> blobs(std::size_t train, std::size_t features, std::size_t classes, std::uint64_t seed) {
  Rng rng(seed);
  Json spec = {{"type", "synthetic"}, {"train", train}, {"validation", 0}, {"test", 100},
               {"features", features}, {"classes", classes}};
  return dataset_registry().build(spec, "/dataset", rng);
}

ForwardForwardTrainer make_trainer(Json options) {
  options["type"] = "forward_forward";
  trainer_registry().validate(options, "/trainer");
  return ForwardForwardTrainer(options);
}

Json ff_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "ff", "seed": 4, "threads": 1,
    "dataset": {"type": "synthetic", "train": 600, "validation": 100, "test": 200,
                "image_shape": [1, 6, 6], "classes": 4, "separation": 1.0},
    "network": {"layers": [{"type": "dense", "units": 40}, {"type": "relu"},
                           {"type": "dense", "units": 40}, {"type": "relu"}]},
    "trainer": {"type": "forward_forward", "epochs": 4, "batch_size": 50,
                "optimizer": {"type": "adam", "lr": 0.003},
                "schedule": {"type": "constant"},
                "peer_normalization": {"strength": 0.03}},
    "evaluation": {"procedures": [{"type": "goodness_every_label", "blocks": "all"}, {"type": "one_pass_softmax"}]}
  })");
}

}  // namespace

TEST_CASE("the gradient of a dense + relu block matches finite differences of its FF loss", "[ff]") {
  for (const char* goodness_name : {"sum_squares", "neg_sum_squares"}) {
    Network net = relu_blocks(6, {5}, 3);
    const auto blocks = split_into_blocks(net);
    REQUIRE(blocks.size() == 1);
    Json gspec = {{"type", goodness_name}};
    auto goodness = goodness_registry().build(gspec, "/g");
    Json rspec = {{"type", "softplus"}};
    auto rule = local_rule_registry().build(rspec, "/r");
    const Matrix x = fflab::test::random_matrix(6, 6, 11);  // 3 positive, 3 negative rows
    const float theta = goodness->oriented_threshold(2.0f);
    const RunContext ctx{false, nullptr};
    BlockActivations acts;
    BlockGradients work;
    auto loss = [&]() {
      const Matrix& y = forward_block(net, blocks[0], x, acts, ctx);
      return rule->evaluate({y, 3, goodness.get(), theta}, nullptr).loss;
    };
    const Matrix& y = forward_block(net, blocks[0], x, acts, ctx);
    Matrix dy;
    rule->evaluate({y, 3, goodness.get(), theta}, &dy);
    net.zero_grad();
    backward_block(net, blocks[0], x, acts, dy, work);
    for (auto& p : net.parameters()) {
      double diff = 0, norm = 0;
      for (std::size_t i = 0; i < p.value->size(); ++i) {
        float& w = p.value->data()[i];
        const float saved = w, h = 1e-3f;
        w = saved + h;
        const double up = loss();
        w = saved - h;
        const double down = loss();
        w = saved;
        const double numeric = (up - down) / (2.0 * h);
        diff += std::pow(numeric - p.grad->data()[i], 2);
        norm += numeric * numeric;
      }
      INFO(goodness_name << " " << p.name << " relative error " << std::sqrt(diff / norm));
      CHECK(norm > 0);
      CHECK(std::sqrt(diff / std::max(norm, 1e-12)) < 1e-2);
    }
  }
}

TEST_CASE("a loss on block j changes no parameter of another block", "[ff][locality]") {
  auto data = blobs(100, 12, 3, 1);
  Json options = {{"epochs", 3}, {"batch_size", 100}, {"block_schedule", "greedy"},
                  {"schedule", {{"type", "constant"}}}};
  ForwardForwardTrainer trainer = make_trainer(options);
  Network net = relu_blocks(12, {8, 8, 8}, 5);
  trainer.attach(net, *data);
  std::vector<Matrix> before;
  for (auto& p : net.parameters()) before.push_back(*p.value);
  Rng rng(9);
  trainer.train_epoch(net, data->train, data->shape, 1, rng, {});  // greedy epoch 1: block 1 only
  const auto params = net.parameters();
  REQUIRE(params.size() == 6);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const bool in_block_1 = i == 2 || i == 3;
    INFO("parameter " << i);
    CHECK((*params[i].value == before[i]) == !in_block_1);
  }
}

TEST_CASE("block j+1's update does not depend on block j's gradient", "[ff][locality]") {
  auto data = blobs(100, 12, 3, 2);
  Json common = {{"epochs", 3}, {"batch_size", 100}, {"schedule", {{"type", "constant"}}},
                 {"softmax_head", {{"enabled", false}}}};
  Json greedy = common;
  greedy["block_schedule"] = "greedy";
  ForwardForwardTrainer all = make_trainer(common), only = make_trainer(greedy);
  Network a = relu_blocks(12, {8, 8, 8}, 5), b = relu_blocks(12, {8, 8, 8}, 5);
  all.attach(a, *data);
  only.attach(b, *data);
  Rng ra(9), rb(9);
  // One batch: every block learns in `a`; in `b` only block 1 (greedy epoch 1).
  all.train_epoch(a, data->train, data->shape, 1, ra, {});
  only.train_epoch(b, data->train, data->shape, 1, rb, {});
  const auto pa = a.parameters(), pb = b.parameters();
  CHECK(!(*pa[0].value == *pb[0].value));  // block 0 moved only in `a`
  for (std::size_t i : {2, 3}) CHECK((*pa[i].value == *pb[i].value));
}

TEST_CASE("forward_forward configuration errors name the key and the fix", "[ff]") {
  auto data = blobs(50, 12, 3, 3);
  SECTION("a network ending in a class layer") {
    ForwardForwardTrainer t = make_trainer({{"epochs", 1}});
    Network net = relu_blocks(12, {8}, 1);
    Json d = {{"type", "dense"}, {"units", 3}};
    net.add(layer_registry().build(d, "/d", FeatureShape::flat(8)));
    CHECK_THROWS_WITH(t.attach(net, *data), Catch::Contains("/network/layers") && Catch::Contains("activation"));
  }
  SECTION("hybrid negatives in supervised mode") {
    CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"negatives", {{"type", "hybrid"}}}}),
                      Catch::Contains("/trainer/negatives/type"));
  }
  SECTION("a bad threshold") {
    CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"threshold", "unit"}}),
                      Catch::Contains("/trainer/threshold") && Catch::Contains("\"units\""));
  }
  SECTION("hard negatives without the softmax head") {
    ForwardForwardTrainer t = make_trainer(
        {{"epochs", 1}, {"negatives", {{"type", "hard_label"}}}, {"softmax_head", {{"enabled", false}}}});
    Network net = relu_blocks(12, {8}, 1);
    CHECK_THROWS_WITH(t.attach(net, *data), Catch::Contains("/trainer/softmax_head/enabled"));
  }
  SECTION("too few features for the label") {
    auto narrow = blobs(50, 2, 3, 3);
    ForwardForwardTrainer t = make_trainer({{"epochs", 1}});
    Network net = relu_blocks(2, {8}, 1);
    CHECK_THROWS_WITH(t.attach(net, *narrow), Catch::Contains("/dataset"));
  }
}

TEST_CASE("an FF run through the runner learns and is deterministic", "[ff][runner]") {
  TempDir a, b;
  RunOptions oa, ob;
  oa.results_dir = a.path();
  ob.results_dir = b.path();
  const Json first = run_experiment(ff_manifest(), oa);
  const Json second = run_experiment(ff_manifest(), ob);
  CHECK(without_timings(first).dump() == without_timings(second).dump());
  CHECK(first["status"] == "completed");
  CHECK(first["trainer"]["mode"] == "supervised");
  CHECK(first["trainer"]["blocks"] == Json::array({40, 40}));
  CHECK(first["trainer"]["negatives"]["type"] == "wrong_label");
  check_block_measures(first, 2, true);
  INFO(first["final"].dump());
  CHECK(first["final"]["by_procedure"]["goodness_every_label"]["test"].get<double>() < 25.0);  // chance: 75
  CHECK(first["final"]["by_procedure"]["one_pass_softmax"]["test"].get<double>() < 25.0);
}

TEST_CASE("unsupervised FF with hybrid negatives and a linear readout runs and learns", "[ff][runner]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json m = ff_manifest();
  m["name"] = "ff_unsup";
  m["trainer"]["supervised"] = false;
  m["trainer"]["block_schedule"] = "greedy";
  m["evaluation"] = Json::parse(R"({"procedures": [{"type": "linear_readout"}]})");
  const Json record = run_experiment(m, options);
  CHECK(record["trainer"]["negatives"]["type"] == "hybrid");
  CHECK(record["final"]["test_error"].get<double>() < 25.0);
  Json wrong = m;
  wrong["evaluation"] = Json::parse(R"({"procedures": [{"type": "goodness_every_label"}]})");
  CHECK_THROWS_WITH(run_experiment(wrong, options), Catch::Contains("label in the input"));
}

TEST_CASE("an interrupted FF run resumes and matches an uninterrupted one", "[ff][checkpoint]") {
  TempDir reference_dir, dir;
  RunOptions reference;
  reference.results_dir = reference_dir.path();
  Json m = ff_manifest();
  m["trainer"]["optimizer"] = {{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.9}, {"dampening", 0.9}};
  m["trainer"]["negatives"] = {{"type", "hard_label"}};
  const Json full = run_experiment(m, reference);
  // Interrupted twice (after epochs 1 and 2), as a run spread over sessions is.
  for (std::size_t stop_epoch : {1, 2}) {
    StopAfter stop(stop_epoch);
    RunOptions interrupted;
    interrupted.results_dir = dir.path();
    interrupted.observer = &stop;
    CHECK_THROWS_WITH(run_experiment(m, interrupted), "interrupted");
    REQUIRE(std::filesystem::exists(checkpoint_path(full["manifest"], dir.path())));
  }
  RunOptions resume;
  resume.results_dir = dir.path();
  const Json resumed = run_experiment(m, resume);
  REQUIRE(resumed.contains("resumes"));
  REQUIRE(resumed["resumes"].size() == 2);  // every resume is kept, not just the last
  CHECK(resumed["resumes"][0]["after_epoch"] == 1);
  CHECK(resumed["resumes"][1]["after_epoch"] == 2);
  CHECK(resumed["resumes"][1]["source"] == resumed["source"]);
  CHECK(without_timings(resumed).dump() == without_timings(full).dump());
}

TEST_CASE("a diverging FF run names the epoch and batch", "[ff]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json m = ff_manifest();
  m["trainer"]["optimizer"] = {{"type", "sgd"}, {"lr", 1e30}};
  CHECK_THROWS_WITH(run_experiment(m, options), Catch::Contains("diverged in epoch 1, batch"));
}

TEST_CASE("the FF procedures refuse another trainer with a clear message", "[ff]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json m = Json::parse(R"({
    "study": "tests", "name": "bp_ff_eval", "seed": 3, "threads": 1,
    "dataset": {"type": "synthetic", "train": 100, "validation": 0, "test": 50, "features": 8, "classes": 3},
    "network": {"layers": [{"type": "dense", "units": 3}]},
    "trainer": {"type": "backprop", "epochs": 1},
    "evaluation": {"procedures": [{"type": "one_pass_softmax"}]}
  })");
  CHECK_THROWS_WITH(run_experiment(m, options), Catch::Contains("/trainer/type") && Catch::Contains("forward_forward"));
}
