// The FF heads' step over row slices: a LinearHead fed a batch in slices
// takes the step it takes on the whole batch (and the first step against a
// hand computation); the forward_forward trainer's neutral-label pass in
// slices trains the same model as in one piece, and nets with batch_norm
// never run it in slices.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/data/registry.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/forward_forward_head.hpp"
#include "fflab/train/forward_forward_trainer.hpp"
#include "fflab/train/registry.hpp"
#include "support/fixtures.hpp"
#include "support/gradient_check.hpp"
#include "support/networks.hpp"

using namespace fflab;

namespace {

constexpr std::size_t kRows = 10, kClasses = 3;

LinearHead make_head() {
  Json sgd = {{"type", "sgd"}, {"lr", 0.5}, {"momentum", 0.9}};
  optimizer_registry().validate(sgd, "/head/optimizer");
  return LinearHead("softmax_head", {0, 1}, {3, 4}, kClasses, sgd, "/head/optimizer");
}

/// Scores rows [0, kRows) of x in slices of the given sizes, then steps; returns the loss.
float step_in_slices(LinearHead& head, const Matrix& x, const Labels& labels, const std::vector<std::size_t>& sizes) {
  head.begin_batch(kRows);
  std::size_t first = 0;
  for (std::size_t n : sizes) {
    Matrix& f = head.features(n);
    std::copy_n(x.data() + first * x.shape()[1], n * x.shape()[1], f.data());
    head.score_slice(first, labels);
    first += n;
  }
  return head.step(0.5f, local_updater());
}

void check_close(const Matrix& a, const Matrix& b, float tol) {
  REQUIRE(a.shape() == b.shape());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO("element " << i);
    CHECK(std::abs(a.data()[i] - b.data()[i]) <= tol);
  }
}

ForwardForwardTrainer make_trainer(Json options) {
  options["type"] = "forward_forward";
  trainer_registry().validate(options, "/trainer");
  return ForwardForwardTrainer(options);
}

std::unique_ptr<Dataset> blobs(std::uint64_t seed) {
  Rng rng(seed);
  Json spec = {{"type", "synthetic"}, {"train", 250}, {"validation", 0}, {"test", 20},
               {"features", 12},      {"classes", 3}, {"separation", 1.0}};
  return dataset_registry().build(spec, "/dataset", rng);
}

/// dense 8 -> relu -> batch_norm -> dense 8 -> relu: two blocks, the first with batch norm.
Network batch_norm_net() {
  Json layers = Json::parse(R"([{"type": "dense", "units": 8}, {"type": "relu"}, {"type": "batch_norm"},
                                {"type": "dense", "units": 8}, {"type": "relu"}])");
  Network net = build_layers(layers, "/network/layers", FeatureShape::flat(12));
  Rng rng(5);
  net.initialize(rng);
  return net;
}

/// Every parameter of the blocks and the heads after one epoch of batches of 100, 100 and 50
/// (from the second batch on the head's logits are not all 0, so its offsets and scores count).
std::vector<Matrix> trained(Network net, const Json& neutral_pass_rows, bool batch_norm) {
  auto data = blobs(3);
  Json options = {{"epochs", 1},
                  {"batch_size", 100},
                  {"schedule", {{"type", "constant"}}},
                  {"negatives", {{"type", "hard_label"}}},
                  {"neutral_pass_rows", neutral_pass_rows}};
  if (batch_norm) options["normalization"] = "none";
  ForwardForwardTrainer trainer = make_trainer(options);
  trainer.attach(net, *data);
  Rng rng(9);
  trainer.train_epoch(net, data->train, data->shape, 0, rng, {});
  std::vector<Matrix> out;
  for (auto& p : net.parameters()) out.push_back(*p.value);
  for (Matrix* m : trainer.model().state(false)) out.push_back(*m);
  return out;
}

}  // namespace

TEST_CASE("a head's step from slices of the batch equals its step on the whole batch", "[ff][head]") {
  const Matrix x = fflab::test::random_matrix(kRows, 7, 21);
  const Labels labels = {0, 2, 1, 1, 0, 2, 2, 1, 0, 2};
  LinearHead whole = make_head(), sliced = make_head();
  const float whole_loss = step_in_slices(whole, x, labels, {kRows});
  const float sliced_loss = step_in_slices(sliced, x, labels, {4, 4, 2});
  // Zero weights: every class at probability 1/3, so the loss is ln 3 and the
  // bias gradient of class c is 1/3 - (rows labelled c) / rows.
  CHECK(whole_loss == Approx(std::log(3.0f)).epsilon(1e-6));
  CHECK(sliced_loss == Approx(whole_loss).epsilon(1e-6));
  const std::vector<float> counts = {3.0f, 3.0f, 4.0f};
  for (std::size_t c = 0; c < kClasses; ++c) {
    INFO("class " << c);
    CHECK(whole.state()[1]->data()[c] == Approx(-0.5f * (1.0f / 3.0f - counts[c] / kRows)).margin(1e-6));
  }
  check_close(*whole.state()[0], *sliced.state()[0], 1e-6f);
  check_close(*whole.state()[1], *sliced.state()[1], 1e-6f);
  check_close(whole.batch_logits(), sliced.batch_logits(), 0.0f);  // zero weights: all 0
  // A second batch from the moved weights: the slices' logits land in their rows.
  step_in_slices(whole, x, labels, {kRows});
  step_in_slices(sliced, x, labels, {3, 7});
  check_close(whole.batch_logits(), sliced.batch_logits(), 1e-5f);
  check_close(*whole.state()[0], *sliced.state()[0], 1e-5f);
}

TEST_CASE("a head refuses a slice beyond its batch, and a step before every row is scored", "[ff][head]") {
  LinearHead head = make_head();
  const Labels labels(kRows, 0);
  head.begin_batch(kRows);
  head.features(4);
  CHECK_THROWS_WITH(head.score_slice(8, labels), Catch::Contains("softmax_head") && Catch::Contains("row 8"));
  head.score_slice(0, labels);
  CHECK_THROWS_WITH(head.step(0.1f, local_updater()), Catch::Contains("4 of the batch's 10 rows"));
}

TEST_CASE("the neutral-label pass in slices trains the same FF model as in one piece", "[ff][head]") {
  const auto whole = trained(fflab::test::relu_blocks(12, {8, 8}, 5), nullptr, false);
  const auto sliced = trained(fflab::test::relu_blocks(12, {8, 8}, 5), 7, false);  // 14 slices of 7 and one of 2; 50: 7 x 7 + 1
  Network untrained = fflab::test::relu_blocks(12, {8, 8}, 5);
  REQUIRE(whole.size() == sliced.size());
  CHECK(!(whole[0] == *untrained.parameters()[0].value));  // the epoch trained the blocks
  CHECK(!(whole.back() == Matrix(xt::zeros<float>(whole.back().shape()))));  // and the head (it starts at 0)
  for (std::size_t i = 0; i < whole.size(); ++i) {
    INFO("tensor " << i);
    check_close(whole[i], sliced[i], 1e-5f);
  }
}

TEST_CASE("a net with batch_norm runs the neutral-label pass over the whole batch", "[ff][head]") {
  // Slices would give batch norm other statistics, the heads other features:
  // the trainer ignores neutral_pass_rows, bit for bit.
  const auto whole = trained(batch_norm_net(), nullptr, true);
  const auto asked_to_slice = trained(batch_norm_net(), 7, true);
  auto data = blobs(3);
  ForwardForwardTrainer trainer = make_trainer({{"epochs", 1}, {"normalization", "none"}, {"neutral_pass_rows", 7}});
  Network net = batch_norm_net();
  trainer.attach(net, *data);
  CHECK_THAT(trainer.summary()["neutral_pass"].get<std::string>(),
             Catch::Contains("whole batch") && Catch::Contains("batch_norm"));
  Network plain = fflab::test::relu_blocks(12, {8, 8}, 5);
  trainer.attach(plain, *data);  // attached again: the request holds for a net without batch norm
  CHECK(trainer.summary()["neutral_pass"] == "slices of at most 7 rows");
  REQUIRE(whole.size() == asked_to_slice.size());
  for (std::size_t i = 0; i < whole.size(); ++i) {
    INFO("tensor " << i);
    CHECK(whole[i] == asked_to_slice[i]);
  }
}

TEST_CASE("neutral_pass_rows must be a positive integer or null", "[ff][head]") {
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"neutral_pass_rows", 0}}),
                    Catch::Contains("/trainer/neutral_pass_rows"));
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"neutral_pass_rows", "all"}}),
                    Catch::Contains("/trainer/neutral_pass_rows"));
}
