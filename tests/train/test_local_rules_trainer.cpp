// local_rules trainer: the pass schedule follows the rule's needs, one step
// of dfa and pepita against the update computed by hand, locality (no
// gradient crosses blocks), configuration errors, learning, determinism and
// resuming through the runner.
#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/layers/dense.hpp"
#include "fflab/layers/dropout.hpp"
#include "fflab/layers/locally_connected.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/train/local_rules_trainer.hpp"
#include "fflab/train/registry.hpp"
#include "support/fixtures.hpp"
#include "support/gradient_check.hpp"
#include "support/networks.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::cycling_labels_data;
using fflab::test::random_matrix;
using fflab::test::relu_blocks;
using fflab::test::StopAfter;
using fflab::test::TempDir;

namespace {

std::unique_ptr<Trainer> make_trainer(Json options) {
  options["type"] = "local_rules";
  return trainer_registry().build(options, "/trainer");
}

Matrix relu_mask(const Matrix& a) { return xt::cast<float>(a > 0.0f); }

/// Row-wise softmax minus one-hot.
Matrix output_error(const Matrix& z, const Labels& y) {
  Matrix e = z;
  for (std::size_t i = 0; i < z.shape()[0]; ++i) {
    float m = z(i, 0), s = 0.0f;
    for (std::size_t j = 0; j < z.shape()[1]; ++j) m = std::max(m, z(i, j));
    for (std::size_t j = 0; j < z.shape()[1]; ++j) s += std::exp(z(i, j) - m);
    for (std::size_t j = 0; j < z.shape()[1]; ++j) e(i, j) = std::exp(z(i, j) - m) / s;
    e(i, static_cast<std::size_t>(y[i])) -= 1.0f;
  }
  return e;
}

Matrix affine(const Matrix& x, const Matrix& w, const Matrix& b) {
  Matrix y({x.shape()[0], w.shape()[1]});
  gemm(x, w, y);
  return y + b;
}

Json local_manifest(const std::string& rule) {
  Json m = Json::parse(R"({
    "study": "tests", "name": "local", "seed": 5, "threads": 1,
    "dataset": {"type": "synthetic", "train": 600, "validation": 100, "test": 200, "features": 12,
                "classes": 4, "separation": 1.5},
    "network": {"layers": [{"type": "dense", "units": 32}, {"type": "relu"},
                           {"type": "dense", "units": 32}, {"type": "relu"}, {"type": "dense", "units": 4}]},
    "trainer": {"type": "local_rules", "epochs": 6, "batch_size": 50,
                "optimizer": {"type": "sgd", "lr": 0.05, "momentum": 0.9}}
  })");
  m["name"] = "local_" + rule;
  m["trainer"]["rule"] = {{"type", rule}};
  return m;
}

}  // namespace

TEST_CASE("the pass schedule follows the rule's needs", "[local_rules]") {
  using S = LocalRulesTrainer::PassSchedule;
  auto schedule = [](const char* rule) {
    auto t = make_trainer({{"epochs", 1}, {"rule", {{"type", rule}}}});
    return dynamic_cast<LocalRulesTrainer&>(*t).pass_schedule();
  };
  CHECK(schedule("local_head") == S::streaming);
  CHECK(schedule("drtp") == S::streaming);
  CHECK(schedule("dfa") == S::forward_first);
  CHECK(schedule("pepita") == S::two_pass);
  CHECK(schedule("fa") == S::top_down);
  CHECK(schedule("sign_symmetry") == S::top_down);
}

TEST_CASE("one dfa step equals the update computed by hand", "[local_rules]") {
  const Dataset data = cycling_labels_data(6, 5, 3, 21);
  Network net = relu_blocks(5, {4}, 8, 3);
  auto t = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "dfa"}}},
                         {"optimizer", {{"type", "sgd"}, {"lr", 1.0}, {"momentum", 0.0}}}});
  t->attach(net, data);
  Rng init(2);
  t->initialize(init);
  auto& lt = dynamic_cast<LocalRulesTrainer&>(*t);
  const Matrix F = lt.feedback(0);
  REQUIRE(F.shape()[0] == 3);
  REQUIRE(F.shape()[1] == 4);
  CHECK(xt::amax(xt::abs(F))() > 0.0f);
  auto& d0 = dynamic_cast<DenseLayer&>(net.layer(0));
  auto& d1 = dynamic_cast<DenseLayer&>(net.layer(2));
  const Matrix W0 = d0.weight(), b0 = d0.bias(), W1 = d1.weight(), b1 = d1.bias();

  const Matrix& x = data.train.x;
  const Matrix a0 = affine(x, W0, b0);
  const Matrix h = xt::maximum(a0, 0.0f);
  const Matrix e = output_error(affine(h, W1, b1), data.train.y);
  Matrix eF({6, 4});
  gemm(e, F, eF);
  const Matrix delta = eF * relu_mask(a0) / 6.0f;
  Matrix dW0({5, 4});
  gemm(x, delta, dW0, true);
  Matrix dW1({4, 3});
  gemm(h, e, dW1, true, false, 1.0f / 6.0f);

  Rng rng(1);
  t->train_epoch(net, data.train, data.shape, 0, rng, {});
  const Matrix expected0 = W0 - dW0, expected1 = W1 - dW1;
  CHECK(xt::allclose(d0.weight(), expected0, 1e-4, 1e-5));
  CHECK(xt::allclose(d0.bias(), b0 - xt::sum(delta, {0}), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.weight(), expected1, 1e-4, 1e-5));
}

TEST_CASE("dfa's feedback_init draws F of classes x units with that initialiser over (classes, units)", "[local_rules]") {
  const Dataset data = cycling_labels_data(6, 5, 3, 28);
  Matrix drawn[2];
  const char* inits[] = {"normal_fan_in", "glorot"};
  for (int i = 0; i < 2; ++i) {
    Network net = relu_blocks(5, {40}, 9, 3);
    auto t = make_trainer({{"epochs", 1}, {"rule", {{"type", "dfa"}, {"feedback_init", inits[i]}}}});
    t->attach(net, data);
    Rng init(2);
    t->initialize(init);
    drawn[i] = dynamic_cast<LocalRulesTrainer&>(*t).feedback(0);
    REQUIRE(drawn[i].shape() == (std::array<std::size_t, 2>{3, 40}));
  }
  const float glorot = std::sqrt(6.0f / 43.0f);  // U(+-0.37), where N(0, 1/3) reaches past it
  CHECK(xt::amax(xt::abs(drawn[1]))() <= glorot);
  CHECK(xt::amax(xt::abs(drawn[1]))() > 0.5f * glorot);
  CHECK(xt::amax(xt::abs(drawn[0]))() > glorot);
}

TEST_CASE("one pepita step equals the update computed by hand", "[local_rules]") {
  const Dataset data = cycling_labels_data(6, 5, 3, 22);
  Network net = relu_blocks(5, {4, 4}, 9, 3);
  auto t = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "pepita"}, {"modulation_scale", 1.0}}},
                         {"optimizer", {{"type", "sgd"}, {"lr", 1.0}, {"momentum", 0.0}}}});
  t->attach(net, data);
  Rng init(2);
  t->initialize(init);
  const Matrix Fm = dynamic_cast<LocalRulesTrainer&>(*t).modulation();
  REQUIRE(Fm.shape()[0] == 3);
  REQUIRE(Fm.shape()[1] == 5);
  CHECK(xt::amax(xt::abs(Fm))() <= std::sqrt(6.0f / 5.0f));
  auto& d0 = dynamic_cast<DenseLayer&>(net.layer(0));
  auto& d1 = dynamic_cast<DenseLayer&>(net.layer(2));
  auto& d2 = dynamic_cast<DenseLayer&>(net.layer(4));
  const Matrix W0 = d0.weight(), b0 = d0.bias(), W1 = d1.weight(), b1 = d1.bias(), W2 = d2.weight(), b2 = d2.bias();

  const Matrix& x = data.train.x;
  const Matrix h0 = xt::maximum(affine(x, W0, b0), 0.0f);
  const Matrix h1 = xt::maximum(affine(h0, W1, b1), 0.0f);
  const Matrix e = output_error(affine(h1, W2, b2), data.train.y);
  Matrix xm = x;
  gemm(e, Fm, xm, false, false, 1.0f, 1.0f);
  const Matrix m0 = xt::maximum(affine(xm, W0, b0), 0.0f);
  const Matrix m1 = xt::maximum(affine(m0, W1, b1), 0.0f);
  Matrix dW0({5, 4}), dW1({4, 4});
  const Matrix diff0 = (h0 - m0) / 6.0f, diff1 = (h1 - m1) / 6.0f;
  gemm(xm, diff0, dW0, true);
  gemm(m0, diff1, dW1, true);  // block 1's change is taken against its modulated input
  CHECK(xt::amax(xt::abs(diff1))() > 0.0f);
  // The output layer learns on the modulated pass: its own error there,
  // against the last block's modulated output.
  const Matrix em = output_error(affine(m1, W2, b2), data.train.y) / 6.0f;
  Matrix dW2({4, 3});
  gemm(m1, em, dW2, true);
  CHECK(!xt::allclose(em, e / 6.0f, 1e-3, 1e-4));  // the two passes differ enough to tell apart

  Rng rng(1);
  t->train_epoch(net, data.train, data.shape, 0, rng, {});
  CHECK(xt::allclose(d0.weight(), Matrix(W0 - dW0), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.weight(), Matrix(W1 - dW1), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.bias(), Matrix(b1 - xt::sum(diff1, {0})), 1e-4, 1e-5));
  CHECK(xt::allclose(d2.weight(), Matrix(W2 - dW2), 1e-4, 1e-5));
  CHECK(xt::allclose(d2.bias(), Matrix(b2 - xt::sum(em, {0})), 1e-4, 1e-5));
}

TEST_CASE("a pepita step on a conv block is the conv weight's summed update over the map's positions, "
          "divided by the positions by default",
          "[local_rules]") {
  // 1 x 4 x 4 images, conv2d 2 @ 3x3 -> 2 x 2 x 2 (4 positions), relu, dense 3.
  Dataset data = cycling_labels_data(6, 16, 3, 23);
  data.shape = FeatureShape{1, 4, 4};
  auto build = [](Json first) {
    Network net;
    Json relu = {{"type", "relu"}}, dense = {{"type", "dense"}, {"units", 3}};
    net.add(layer_registry().build(first, "/l", FeatureShape{1, 4, 4}));
    const FeatureShape map = net.layer(0).output_shape();
    net.add(layer_registry().build(relu, "/l", map));
    net.add(layer_registry().build(dense, "/l", map));
    Rng weights(4);
    net.initialize(weights);
    return net;
  };
  auto first_weight = [](Network& net) -> Matrix {
    if (auto* conv = dynamic_cast<Conv2D*>(&net.layer(0))) return conv->weight();
    return dynamic_cast<LocallyConnected2D&>(net.layer(0)).weight();
  };
  Json first = {{"type", "conv2d"}, {"channels", 2}, {"kernel", 3}};
  auto step = [&](const char* mode) {
    Network net = build(first);
    const Matrix before = first_weight(net);
    const Matrix out_before = dynamic_cast<DenseLayer&>(net.layer(2)).weight();
    Json rule = {{"type", "pepita"}, {"modulation_scale", 1.0}};
    if (mode) rule["conv_update"] = mode;
    auto t = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", rule},
                           {"optimizer", {{"type", "sgd"}, {"lr", 1.0}, {"momentum", 0.0}}}});
    t->attach(net, data);
    Rng init(2);
    t->initialize(init);
    Rng rng(1);
    t->train_epoch(net, data.train, data.shape, 0, rng, {});
    return std::pair<Matrix, Matrix>{first_weight(net) - before,
                                     dynamic_cast<DenseLayer&>(net.layer(2)).weight() - out_before};
  };
  const auto [sum, sum_out] = step("sum");
  const auto [mean, mean_out] = step(nullptr);
  const auto [root, root_out] = step("sqrt");
  const auto [official, official_out] = step("official");
  REQUIRE(xt::amax(xt::abs(sum))() > 1e-4f);
  CHECK(xt::allclose(mean, Matrix(sum / 4.0f), 1e-4, 1e-6));
  CHECK(xt::allclose(root, Matrix(sum / 2.0f), 1e-4, 1e-6));
  CHECK(xt::allclose(official, Matrix(sum / 24.0f), 1e-4, 1e-7));  // 4 positions, then the batch of 6 again
  // The output layer learns as before: its step does not depend on the mode.
  CHECK(xt::allclose(mean_out, sum_out, 1e-5, 1e-7));
  CHECK(xt::allclose(root_out, sum_out, 1e-5, 1e-7));
  CHECK(xt::allclose(official_out, sum_out, 1e-5, 1e-7));
  // A locally connected layer has its own weights at each position: nothing is shared, every mode is the sum.
  first = {{"type", "locally_connected"}, {"units_per_location", 2}, {"kernel", 3}};
  const auto [lc_sum, lc_sum_out] = step("sum");
  const auto [lc_mean, lc_mean_out] = step(nullptr);
  REQUIRE(xt::amax(xt::abs(lc_sum))() > 1e-4f);
  CHECK(xt::allclose(lc_mean, lc_sum, 1e-5, 1e-7));
}

TEST_CASE("pepita's official conv update divides by the batch again on a conv block with a 1 x 1 map too",
          "[local_rules]") {
  // 1 x 3 x 3 images, conv2d 2 @ 3x3 -> 2 x 1 x 1 (one position, as LeNet-5's C5), relu, dense 3.
  Dataset data = cycling_labels_data(6, 9, 3, 25);
  data.shape = FeatureShape{1, 3, 3};
  auto step = [&](const char* mode) {
    Json conv = {{"type", "conv2d"}, {"channels", 2}, {"kernel", 3}}, relu = {{"type", "relu"}},
         dense = {{"type", "dense"}, {"units", 3}};
    Network net;
    net.add(layer_registry().build(conv, "/l", data.shape));
    const FeatureShape map = net.layer(0).output_shape();
    REQUIRE(map.height * map.width == 1);
    net.add(layer_registry().build(relu, "/l", map));
    net.add(layer_registry().build(dense, "/l", map));
    Rng weights(4);
    net.initialize(weights);
    const Matrix before = dynamic_cast<Conv2D&>(net.layer(0)).weight();
    auto t = make_trainer({{"epochs", 1}, {"batch_size", 6},
                           {"rule", {{"type", "pepita"}, {"modulation_scale", 1.0}, {"conv_update", mode}}},
                           {"optimizer", {{"type", "sgd"}, {"lr", 1.0}, {"momentum", 0.0}}}});
    t->attach(net, data);
    Rng init(2);
    t->initialize(init);
    Rng rng(1);
    t->train_epoch(net, data.train, data.shape, 0, rng, {});
    return Matrix(dynamic_cast<Conv2D&>(net.layer(0)).weight() - before);
  };
  const Matrix mean = step("mean"), official = step("official");
  REQUIRE(xt::amax(xt::abs(mean))() > 1e-4f);
  CHECK(xt::allclose(official, Matrix(mean / 6.0f), 1e-4, 1e-7));  // one position, then the batch of 6 again
}

TEST_CASE("a pepita step with dropout applies the same mask in both passes and to the block's signal",
          "[local_rules][dropout]") {
  const Dataset data = cycling_labels_data(6, 5, 3, 24);
  Network net;
  for (Json layer : {Json{{"type", "dense"}, {"units", 4}}, Json{{"type", "relu"}},
                     Json{{"type", "dropout"}, {"rate", 0.5}}, Json{{"type", "dense"}, {"units", 3}}})
    net.add(layer_registry().build(layer, "/l", net.size() == 0 ? FeatureShape::flat(5) : FeatureShape::flat(4)));
  Rng weights(3);
  net.initialize(weights);
  auto t = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "pepita"}, {"modulation_scale", 1.0}}},
                         {"optimizer", {{"type", "sgd"}, {"lr", 1.0}, {"momentum", 0.0}}}});
  t->attach(net, data);
  Rng init(2);
  t->initialize(init);
  const Matrix Fm = dynamic_cast<LocalRulesTrainer&>(*t).modulation();
  auto& d0 = dynamic_cast<DenseLayer&>(net.layer(0));
  auto& d1 = dynamic_cast<DenseLayer&>(net.layer(3));
  const Matrix W0 = d0.weight(), b0 = d0.bias(), W1 = d1.weight(), b1 = d1.bias();

  Rng rng(1);
  t->train_epoch(net, data.train, data.shape, 0, rng, {});
  const Matrix mask = dynamic_cast<Dropout&>(net.layer(2)).mask();  // the one drawn for this batch
  REQUIRE(xt::any(xt::equal(mask, 0.0f)));

  // The batch holds the rows in the epoch's shuffled order (its first draw).
  const auto order = Rng(1).permutation(6);
  Matrix x({6, 5});
  Labels y(6);
  for (std::size_t i = 0; i < 6; ++i) {
    xt::row(x, i) = xt::row(data.train.x, order[i]);
    y[i] = data.train.y[order[i]];
  }
  const Matrix h = xt::maximum(affine(x, W0, b0), 0.0f);
  const Matrix e = output_error(affine(h * mask, W1, b1), y);
  Matrix xm = x;
  gemm(e, Fm, xm, false, false, 1.0f, 1.0f);
  const Matrix m = xt::maximum(affine(xm, W0, b0), 0.0f);
  const Matrix diff = (h - m) * mask / 6.0f;  // the activities after dropout, as in PEPITA's code
  Matrix dW0({5, 4});
  gemm(xm, diff, dW0, true);
  const Matrix mm = m * mask;
  const Matrix em = output_error(affine(mm, W1, b1), y) / 6.0f;
  Matrix dW1({4, 3});
  gemm(mm, em, dW1, true);
  CHECK(xt::allclose(d0.weight(), Matrix(W0 - dW0), 1e-4, 1e-5));
  CHECK(xt::allclose(d0.bias(), Matrix(b0 - xt::sum(diff, {0})), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.weight(), Matrix(W1 - dW1), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.bias(), Matrix(b1 - xt::sum(em, {0})), 1e-4, 1e-5));
}

TEST_CASE("a dfa step with a sigmoid cross-entropy output carries e = sigmoid(z) - onehot", "[local_rules][bce]") {
  const Dataset data = cycling_labels_data(6, 5, 3, 25);
  Network net = relu_blocks(5, {4}, 8, 3);
  auto t = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "dfa"}}},
                         {"output_loss", {{"type", "sigmoid_cross_entropy"}}},
                         {"optimizer", {{"type", "sgd"}, {"lr", 1.0}, {"momentum", 0.0}}}});
  t->attach(net, data);
  Rng init(2);
  t->initialize(init);
  const Matrix F = dynamic_cast<LocalRulesTrainer&>(*t).feedback(0);
  auto& d0 = dynamic_cast<DenseLayer&>(net.layer(0));
  auto& d1 = dynamic_cast<DenseLayer&>(net.layer(2));
  const Matrix W0 = d0.weight(), b0 = d0.bias(), W1 = d1.weight(), b1 = d1.bias();

  const Matrix& x = data.train.x;
  const Matrix a0 = affine(x, W0, b0);
  const Matrix h = xt::maximum(a0, 0.0f);
  Matrix e = 1.0f / (1.0f + xt::exp(-affine(h, W1, b1)));
  for (std::size_t i = 0; i < 6; ++i) e(i, static_cast<std::size_t>(data.train.y[i])) -= 1.0f;
  Matrix eF({6, 4});
  gemm(e, F, eF);
  const Matrix delta = eF * relu_mask(a0) / 6.0f;
  Matrix dW0({5, 4}), dW1({4, 3});
  gemm(x, delta, dW0, true);
  gemm(h, e, dW1, true, false, 1.0f / 6.0f);

  Rng rng(1);
  t->train_epoch(net, data.train, data.shape, 0, rng, {});
  CHECK(xt::allclose(d0.weight(), Matrix(W0 - dW0), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.weight(), Matrix(W1 - dW1), 1e-4, 1e-5));
  CHECK(dynamic_cast<LocalRulesTrainer&>(*t).summary()["output_loss"]["type"] == "sigmoid_cross_entropy");
}

namespace {

/// dense 4 + relu, dropout, dense 4 + relu, dropout, dense 3 on 5 inputs (dropout rate 0: none).
Network dropout_net(double rate, std::uint64_t seed) {
  Network net;
  std::size_t width = 5;
  for (int k = 0; k < 2; ++k) {
    for (Json layer : {Json{{"type", "dense"}, {"units", 4}}, Json{{"type", "relu"}}, Json{{"type", "dropout"}, {"rate", rate}}}) {
      net.add(layer_registry().build(layer, "/l", FeatureShape::flat(width)));
      width = 4;
    }
  }
  Json out = {{"type", "dense"}, {"units", 3}};
  net.add(layer_registry().build(out, "/o", FeatureShape::flat(4)));
  Rng rng(seed);
  net.initialize(rng);
  return net;
}

Matrix transposed(const Matrix& m) { return Matrix(xt::transpose(m)); }

}  // namespace

TEST_CASE("feedback alignment with B_k = W_{k+1} is exactly a backprop step", "[local_rules][fa]") {
  for (double rate : {0.0, 0.5}) {
    INFO("dropout " << rate);
    const Dataset data = cycling_labels_data(6, 5, 3, 26);
    Network fa_net = dropout_net(rate, 4), bp_net = dropout_net(rate, 4);
    const Json sgd = {{"type", "sgd"}, {"lr", 0.5}, {"momentum", 0.0}};
    auto fa = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "fa"}}}, {"optimizer", sgd}});
    Json bp_options = {{"type", "backprop"}, {"epochs", 1}, {"batch_size", 6}, {"optimizer", sgd}};
    auto bp = trainer_registry().build(bp_options, "/trainer");
    fa->attach(fa_net, data);
    bp->attach(bp_net, data);
    Rng init(2);
    fa->initialize(init);
    auto& lt = dynamic_cast<LocalRulesTrainer&>(*fa);
    REQUIRE(lt.feedback(0).shape() == (std::array<std::size_t, 2>{4, 4}));  // shaped like the weight above
    REQUIRE(lt.feedback(1).shape() == (std::array<std::size_t, 2>{4, 3}));
    CHECK(xt::amax(xt::abs(lt.feedback(1)))() > 0.0f);
    lt.feedback(0) = dynamic_cast<DenseLayer&>(fa_net.layer(3)).weight();
    lt.feedback(1) = dynamic_cast<DenseLayer&>(fa_net.layer(6)).weight();
    Rng r1(1), r2(1);
    fa->train_epoch(fa_net, data.train, data.shape, 0, r1, {});
    bp->train_epoch(bp_net, data.train, data.shape, 0, r2, {});
    for (std::size_t i : {0, 3, 6}) {
      INFO("layer " << i);
      auto& a = dynamic_cast<DenseLayer&>(fa_net.layer(i));
      auto& b = dynamic_cast<DenseLayer&>(bp_net.layer(i));
      CHECK(xt::allclose(a.weight(), b.weight(), 1e-5, 1e-6));
      CHECK(xt::allclose(a.bias(), b.bias(), 1e-5, 1e-6));
    }
    const Matrix w0 = dynamic_cast<DenseLayer&>(dropout_net(rate, 4).layer(0)).weight();
    CHECK(!xt::allclose(dynamic_cast<DenseLayer&>(fa_net.layer(0)).weight(), w0));  // the first layer learned
  }
}

namespace {

/// conv 2@3x3 (padding 1) + relu on 1x6x6, then max pool 2x2 + conv 3@3x3 + relu, then dense 3: the
/// error to block 0 crosses a convolution and a pooling layer.
Network conv_pool_net(const std::string& pool, std::uint64_t seed) {
  Json layers = Json::array({{{"type", "conv2d"}, {"channels", 2}, {"kernel", 3}, {"padding", 1}},
                             {{"type", "relu"}},
                             {{"type", pool}, {"kernel", 2}},
                             {{"type", "conv2d"}, {"channels", 3}, {"kernel", 3}, {"padding", 1}},
                             {{"type", "relu"}},
                             {{"type", "dense"}, {"units", 3}}});
  Network net = build_layers(layers, "/l", FeatureShape{1, 6, 6});
  Rng rng(seed);
  net.initialize(rng);
  return net;
}

}  // namespace

TEST_CASE("feedback alignment on a conv net with B_k = W_{k+1} is exactly a backprop step", "[local_rules][fa][conv]") {
  for (const char* pool : {"max_pool2d", "avg_pool2d"}) {
    INFO(pool);
    Dataset data = cycling_labels_data(6, 36, 3, 31);
    data.shape = FeatureShape{1, 6, 6};
    Network fa_net = conv_pool_net(pool, 4), bp_net = conv_pool_net(pool, 4);
    const Json sgd = {{"type", "sgd"}, {"lr", 0.5}, {"momentum", 0.0}};
    auto fa = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "fa"}}}, {"optimizer", sgd}});
    Json bp_options = {{"type", "backprop"}, {"epochs", 1}, {"batch_size", 6}, {"optimizer", sgd}};
    auto bp = trainer_registry().build(bp_options, "/trainer");
    fa->attach(fa_net, data);
    bp->attach(bp_net, data);
    Rng init(2);
    fa->initialize(init);
    auto& lt = dynamic_cast<LocalRulesTrainer&>(*fa);
    Matrix& w3 = dynamic_cast<Conv2D&>(fa_net.layer(3)).weight();
    REQUIRE(lt.feedback(0).shape() == w3.shape());  // [3, 2*3*3]
    CHECK(!xt::allclose(lt.feedback(0), w3));
    lt.feedback(0) = w3;
    lt.feedback(1) = dynamic_cast<DenseLayer&>(fa_net.layer(5)).weight();
    Rng r1(1), r2(1);
    fa->train_epoch(fa_net, data.train, data.shape, 0, r1, {});
    bp->train_epoch(bp_net, data.train, data.shape, 0, r2, {});
    for (std::size_t i : {0, 3}) {
      INFO("layer " << i);
      auto& a = dynamic_cast<Conv2D&>(fa_net.layer(i));
      auto& b = dynamic_cast<Conv2D&>(bp_net.layer(i));
      CHECK(xt::allclose(a.weight(), b.weight(), 1e-5, 1e-6));
      CHECK(xt::allclose(a.bias(), b.bias(), 1e-5, 1e-6));
    }
    CHECK(xt::allclose(dynamic_cast<DenseLayer&>(fa_net.layer(5)).weight(),
                       dynamic_cast<DenseLayer&>(bp_net.layer(5)).weight(), 1e-5, 1e-6));
    CHECK(!xt::allclose(dynamic_cast<Conv2D&>(fa_net.layer(0)).weight(),
                        dynamic_cast<Conv2D&>(conv_pool_net(pool, 4).layer(0)).weight()));  // block 0 learned
  }
}

TEST_CASE("sign_symmetry on a conv net sends the error through sign(W) of the conv above", "[local_rules][sign][conv]") {
  // With uniform magnitudes and every weight above replaced by its sign, sign symmetry is backprop.
  Dataset data = cycling_labels_data(6, 36, 3, 32);
  data.shape = FeatureShape{1, 6, 6};
  Network ss_net = conv_pool_net("max_pool2d", 5), bp_net = conv_pool_net("max_pool2d", 5);
  for (Network* net : {&ss_net, &bp_net}) {
    Matrix& w3 = dynamic_cast<Conv2D&>(net->layer(3)).weight();
    Matrix& w5 = dynamic_cast<DenseLayer&>(net->layer(5)).weight();
    w3 = xt::sign(w3);
    w5 = xt::sign(w5);
  }
  const Json sgd = {{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.0}};
  auto ss = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"optimizer", sgd},
                          {"rule", {{"type", "sign_symmetry"}, {"magnitudes", "uniform"}}}});
  Json bp_options = {{"type", "backprop"}, {"epochs", 1}, {"batch_size", 6}, {"optimizer", sgd}};
  auto bp = trainer_registry().build(bp_options, "/trainer");
  ss->attach(ss_net, data);
  bp->attach(bp_net, data);
  Rng init(2);
  ss->initialize(init);
  Rng r1(1), r2(1);
  ss->train_epoch(ss_net, data.train, data.shape, 0, r1, {});
  bp->train_epoch(bp_net, data.train, data.shape, 0, r2, {});
  CHECK(xt::allclose(dynamic_cast<Conv2D&>(ss_net.layer(0)).weight(), dynamic_cast<Conv2D&>(bp_net.layer(0)).weight(),
                     1e-5, 1e-6));
  CHECK(xt::allclose(dynamic_cast<Conv2D&>(ss_net.layer(3)).weight(), dynamic_cast<Conv2D&>(bp_net.layer(3)).weight(),
                     1e-5, 1e-6));
}

TEST_CASE("one sign_symmetry step with uniform magnitudes equals the update computed by hand", "[local_rules][sign]") {
  const Dataset data = cycling_labels_data(6, 5, 3, 27);
  Network net = relu_blocks(5, {4, 4}, 9, 3);
  auto t = make_trainer({{"epochs", 1}, {"batch_size", 6}, {"rule", {{"type", "sign_symmetry"}, {"magnitudes", "uniform"}}},
                         {"optimizer", {{"type", "sgd"}, {"lr", 20.0}, {"momentum", 0.0}}}});  // large: signs of W1 flip
  t->attach(net, data);
  Rng init(2);
  t->initialize(init);
  auto& d0 = dynamic_cast<DenseLayer&>(net.layer(0));
  auto& d1 = dynamic_cast<DenseLayer&>(net.layer(2));
  auto& d2 = dynamic_cast<DenseLayer&>(net.layer(4));
  const Matrix W0 = d0.weight(), b0 = d0.bias(), W1 = d1.weight(), b1 = d1.bias(), W2 = d2.weight(), b2 = d2.bias();

  const Matrix& x = data.train.x;
  const Matrix a0 = affine(x, W0, b0), h0 = xt::maximum(a0, 0.0f);
  const Matrix a1 = affine(h0, W1, b1), h1 = xt::maximum(a1, 0.0f);
  const Matrix d = output_error(affine(h1, W2, b2), data.train.y) / 6.0f;
  const Matrix S2 = transposed(xt::sign(W2)), S1 = transposed(xt::sign(W1));  // [3, 4], [4, 4]
  Matrix g1({6, 4}), g0({6, 4});
  gemm(d, S2, g1);
  g1 *= relu_mask(a1);
  gemm(g1, S1, g0);  // through the sign of block 1's weight as it was in the forward pass
  g0 *= relu_mask(a0);
  Matrix dW0({5, 4}), dW1({4, 4}), dW2({4, 3});
  gemm(x, g0, dW0, true);
  gemm(h0, g1, dW1, true);
  gemm(h1, d, dW2, true);
  CHECK(xt::amax(xt::abs(g0))() > 0.0f);

  Rng rng(1);
  t->train_epoch(net, data.train, data.shape, 0, rng, {});
  CHECK(xt::allclose(d0.weight(), Matrix(W0 - 20.0f * dW0), 1e-4, 1e-5));
  CHECK(xt::allclose(d0.bias(), Matrix(b0 - 20.0f * xt::sum(g0, {0})), 1e-4, 1e-5));
  CHECK(xt::allclose(d1.weight(), Matrix(W1 - 20.0f * dW1), 1e-4, 1e-5));
  CHECK(xt::allclose(d2.weight(), Matrix(W2 - 20.0f * dW2), 1e-4, 1e-5));
  CHECK(xt::any(xt::not_equal(xt::sign(d1.weight()), xt::sign(W1))));  // block 0 had to use the signs before the step
}

TEST_CASE("fa and sign_symmetry name a network whose part above a block they cannot send the error through",
          "[local_rules][fa]") {
  const Dataset data = cycling_labels_data(4, 6, 3, 1);
  Network net;  // dense 5 + relu, then an output part of two dense layers
  Json d = {{"type", "dense"}, {"units", 5}}, act = {{"type", "relu"}}, o1 = {{"type", "dense"}, {"units", 4}},
       o2 = {{"type", "dense"}, {"units", 3}};
  net.add(layer_registry().build(d, "/d", FeatureShape::flat(6)));
  net.add(layer_registry().build(act, "/a", FeatureShape::flat(5)));
  net.add(layer_registry().build(o1, "/o", FeatureShape::flat(5)));
  net.add(layer_registry().build(o2, "/o", FeatureShape::flat(4)));
  Network normed;  // dense 5 + relu, then rms_norm before the next relu: no weight feeds block 1's activation
  Json n = {{"type", "rms_norm"}};
  normed.add(layer_registry().build(d, "/d", FeatureShape::flat(6)));
  normed.add(layer_registry().build(act, "/a", FeatureShape::flat(5)));
  normed.add(layer_registry().build(o1, "/o", FeatureShape::flat(5)));
  normed.add(layer_registry().build(n, "/n", FeatureShape::flat(4)));
  normed.add(layer_registry().build(act, "/a", FeatureShape::flat(4)));
  normed.add(layer_registry().build(o2, "/o", FeatureShape::flat(4)));
  for (const char* rule : {"fa", "sign_symmetry"}) {
    auto t = make_trainer({{"epochs", 1}, {"rule", {{"type", rule}}}});
    CHECK_THROWS_WITH(t->attach(net, data), Catch::Contains("/network/layers/2") && Catch::Contains("dense") &&
                                                Catch::Contains("parameter-free"));
    auto u = make_trainer({{"epochs", 1}, {"rule", {{"type", rule}}}});
    CHECK_THROWS_WITH(u->attach(normed, data), Catch::Contains("/network/layers/3") && Catch::Contains("rms_norm") &&
                                                   Catch::Contains("put a dense or conv2d layer there"));
  }
}

TEST_CASE("local_head and drtp: a block's update does not depend on the blocks above it", "[local_rules][locality]") {
  const Dataset data = cycling_labels_data(8, 6, 3, 23);
  // Block 0's weights after one step of `rule`, with block 1's weights scaled.
  auto block0_after_step = [&](const char* rule, float block1_scale) {
    Network net = relu_blocks(6, {5, 5}, 10, 3);
    dynamic_cast<DenseLayer&>(net.layer(2)).weight() *= block1_scale;  // a different block 1 (and output)
    auto t = make_trainer({{"epochs", 1}, {"batch_size", 8}, {"rule", {{"type", rule}}}});
    t->attach(net, data);
    Rng init(4);
    t->initialize(init);
    Rng rng(1);
    t->train_epoch(net, data.train, data.shape, 0, rng, {});
    return Matrix(dynamic_cast<DenseLayer&>(net.layer(0)).weight());
  };
  for (const char* rule : {"local_head", "drtp"}) {
    INFO(rule);
    CHECK(xt::allclose(block0_after_step(rule, 1.0f), block0_after_step(rule, -3.0f)));
  }
  // ...while dfa's block 0 hears the output error, which block 1 changes.
  CHECK_FALSE(xt::allclose(block0_after_step("dfa", 1.0f), block0_after_step("dfa", -3.0f)));
}

TEST_CASE("local_rules configuration errors name the key and the fix", "[local_rules]") {
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"rule", {{"type", "softplus"}}}}),
                    Catch::Contains("/trainer/rule/type") && Catch::Contains("forward_forward"));
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"rule", {{"type", "channel_competitive"}}}}),
                    Catch::Contains("/trainer/rule/type") && Catch::Contains("class groups against the label") &&
                        Catch::Contains("forward_forward"));
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}}), Catch::Contains("rule"));
  // An all-zero feedback matrix would carry no error down.
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"rule", {{"type", "fa"}, {"feedback_init", "zeros"}}}}),
                    Catch::Contains("/trainer/rule/feedback_init") && Catch::Contains("glorot"));
  // An unknown rule: only the rules this trainer runs are listed (no FF objective), and --plugin is named.
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"rule", {{"type", "dfx"}}}}),
                    Catch::StartsWith("/trainer/rule/type: unknown local rule 'dfx' for the local_rules trainer") &&
                        Catch::Contains("(did you mean 'dfa'?)") &&
                        Catch::Contains("; known: dfa, drtp, fa, local_head, pepita, sign_symmetry; a rule of your own: load its plugin "
                                        "with --plugin"));
  Json unknown_objective = {{"type", "forward_forward"}, {"epochs", 1}, {"objective", {{"type", "softplu"}}}};
  CHECK_THROWS_WITH(trainer_registry().build(unknown_objective, "/trainer"),
                    Catch::StartsWith("/trainer/objective/type: unknown local rule 'softplu' for a Forward-Forward "
                                      "objective") &&
                        Catch::Contains("; known: channel_competitive, softplus, symba; a rule of your own: load its plugin with --plugin"));
  Json ff = {{"type", "forward_forward"}, {"epochs", 1}, {"objective", {{"type", "dfa"}}}};
  CHECK_THROWS_WITH(trainer_registry().build(ff, "/trainer"),
                    Catch::Contains("/trainer/objective/type") && Catch::Contains("local_rules"));
  // A network without an output layer after its last block.
  const Dataset data = cycling_labels_data(4, 6, 3, 1);
  Network no_output;
  Json d = {{"type", "dense"}, {"units", 5}}, act = {{"type", "relu"}};
  no_output.add(layer_registry().build(d, "/d", FeatureShape::flat(6)));
  no_output.add(layer_registry().build(act, "/a", FeatureShape::flat(5)));
  auto t = make_trainer({{"epochs", 1}, {"rule", {{"type", "dfa"}}}});
  CHECK_THROWS_WITH(t->attach(no_output, data), Catch::Contains("/network/layers") && Catch::Contains("output layer"));
  Network ok = relu_blocks(6, {5}, 1, 3);
  t->attach(ok, data);
  Rng rng(1);
  CHECK_THROWS_WITH(t->train_epoch(ok, data.train, data.shape, 0, rng, {}), Catch::Contains("initialize"));
}

TEST_CASE("every shipped rule learns through the runner, deterministically", "[local_rules][runner]") {
  for (const char* rule : {"local_head", "dfa", "pepita", "fa", "sign_symmetry"}) {
    INFO(rule);
    TempDir a, b;
    RunOptions oa, ob;
    oa.results_dir = a.path();
    ob.results_dir = b.path();
    const Json first = run_experiment(local_manifest(rule), oa);
    const Json second = run_experiment(local_manifest(rule), ob);
    CHECK(without_timings(first).dump() == without_timings(second).dump());
    CHECK(first["status"] == "completed");
    CHECK(first["trainer"]["rule"]["type"] == rule);
    // Only a rule with a loss of its own records one per block; the others' would be zeros.
    const bool own_loss = std::string(rule) == "local_head";
    for (const Json& e : first["epochs"])
      CHECK((e.contains("measures") && e["measures"].contains("block0.loss")) == own_loss);
    if (std::string(rule) == "local_head")  // its rule loss is the block's own head's cross-entropy
      CHECK(first["epochs"].back()["measures"]["block0.loss"].get<double>() <
            first["epochs"].front()["measures"]["block0.loss"].get<double>());
    INFO(first["final"].dump());
    CHECK(first["final"]["test_error"].get<double>() < 30.0);  // chance: 75
  }
  // drtp wants bounded units (the projected target has no fixed point with relu): tanh.
  TempDir dir;
  RunOptions o;
  o.results_dir = dir.path();
  Json m = local_manifest("drtp");
  for (auto& layer : m["network"]["layers"])
    if (layer["type"] == "relu") layer["type"] = "tanh";
  m["trainer"]["optimizer"]["lr"] = 0.01;
  const Json drtp = run_experiment(m, o);
  INFO(drtp["final"].dump());
  CHECK(drtp["trainer"]["pass_schedule"] == "streaming");
  for (const Json& e : drtp["epochs"]) CHECK(!(e.contains("measures") && e["measures"].contains("block0.loss")));
  CHECK(drtp["final"]["test_error"].get<double>() < 30.0);
}

TEST_CASE("an interrupted local_rules run resumes to the same record", "[local_rules][checkpoint]") {
  // dfa keeps fixed feedback matrices, local_head private heads: both must be checkpointed.
  for (const char* rule : {"dfa", "local_head"}) {
    INFO(rule);
    TempDir reference_dir, dir;
    RunOptions reference;
    reference.results_dir = reference_dir.path();
    const Json m = local_manifest(rule);
    const Json full = run_experiment(m, reference);
    StopAfter stop(2);
    RunOptions interrupted;
    interrupted.results_dir = dir.path();
    interrupted.observer = &stop;
    CHECK_THROWS_WITH(run_experiment(m, interrupted), "interrupted");
    RunOptions resume;
    resume.results_dir = dir.path();
    const Json resumed = run_experiment(m, resume);
    REQUIRE(resumed["resumes"].size() == 1);
    CHECK(without_timings(resumed).dump() == without_timings(full).dump());
  }
}

TEST_CASE("the readout has its own optimizer: its lr moves only the output layer", "[local_rules]") {
  const Dataset data = cycling_labels_data(8, 6, 3, 23);
  // Weights of block 0 and of the output layer after one batch, plain SGD at lr 0.1 for the blocks.
  auto after_one_batch = [&](const Json& readout) {
    Network net = relu_blocks(6, {5}, 10, 3);
    auto t = make_trainer({{"epochs", 1}, {"batch_size", 8}, {"rule", {{"type", "local_head"}}},
                           {"optimizer", {{"type", "sgd"}, {"lr", 0.1}, {"momentum", 0.0}}},
                           {"readout_optimizer", readout}});
    t->attach(net, data);
    Rng init(4);
    t->initialize(init);
    Rng rng(1);
    t->train_epoch(net, data.train, data.shape, 0, rng, {});
    return std::pair{Matrix(dynamic_cast<DenseLayer&>(net.layer(0)).weight()),
                     Matrix(dynamic_cast<DenseLayer&>(net.layer(2)).weight())};
  };
  const Matrix w_out0 = dynamic_cast<DenseLayer&>(relu_blocks(6, {5}, 10, 3).layer(2)).weight();
  const auto shared = after_one_batch(nullptr);  // the readout as the blocks: lr 0.1
  const auto own = after_one_batch({{"type", "sgd"}, {"lr", 0.7}, {"momentum", 0.0}});
  // The blocks learn the same; the readout's step (the same gradient: the readout's input is
  // the block output before this batch's update) is 7 times as long.
  CHECK(xt::allclose(shared.first, own.first));
  const Matrix step_shared = shared.second - w_out0, step_own = own.second - w_out0;
  REQUIRE(xt::amax(xt::abs(step_shared))() > 1e-4f);
  CHECK(xt::allclose(step_own, step_shared * 7.0f, 1e-4, 1e-6));

  // The summary echoes the readout's optimizer only when one is given, and a bad one is refused at its key.
  auto t = make_trainer({{"epochs", 1}, {"rule", {{"type", "dfa"}}}, {"readout_optimizer", {{"type", "adam"}}}});
  CHECK(t->summary()["readout_optimizer"]["type"] == "adam");
  CHECK_FALSE(make_trainer({{"epochs", 1}, {"rule", {{"type", "dfa"}}}})->summary().contains("readout_optimizer"));
  CHECK_THROWS_WITH(make_trainer({{"epochs", 1}, {"rule", {{"type", "dfa"}}}, {"readout_optimizer", {{"type", "adamw"}}}}),
                    Catch::Contains("/trainer/readout_optimizer/type"));
}

TEST_CASE("an interrupted local_rules run with its own readout optimizer resumes to the same record",
          "[local_rules][checkpoint]") {
  // Adam's moments of the readout, beside SGD with momentum for the blocks: all checkpointed.
  TempDir reference_dir, dir;
  RunOptions reference;
  reference.results_dir = reference_dir.path();
  Json m = local_manifest("local_head");
  m["trainer"]["readout_optimizer"] = {{"type", "adam"}, {"lr", 0.002}};
  const Json full = run_experiment(m, reference);
  CHECK(full["trainer"]["readout_optimizer"]["type"] == "adam");
  StopAfter stop(2);
  RunOptions interrupted;
  interrupted.results_dir = dir.path();
  interrupted.observer = &stop;
  CHECK_THROWS_WITH(run_experiment(m, interrupted), "interrupted");
  RunOptions resume;
  resume.results_dir = dir.path();
  const Json resumed = run_experiment(m, resume);
  REQUIRE(resumed["resumes"].size() == 1);
  CHECK(without_timings(resumed).dump() == without_timings(full).dump());
  // ...and differs from the same run with the readout on the blocks' optimizer.
  TempDir shared_dir;
  RunOptions shared;
  shared.results_dir = shared_dir.path();
  m["trainer"].erase("readout_optimizer");
  CHECK(without_timings(run_experiment(m, shared))["epochs"] != without_timings(full)["epochs"]);
}
