#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/layers/network.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/train/backprop_trainer.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/data/registry.hpp"

using namespace fflab;

namespace {

Network small_net(std::size_t in, std::size_t hidden, std::size_t out, Rng& rng) {
  Network net;
  Json d1 = {{"type", "dense"}, {"units", hidden}}, act = {{"type", "tanh"}}, d2 = {{"type", "dense"}, {"units", out}};
  net.add(layer_registry().build(d1, "/0", FeatureShape::flat(in)));
  net.add(layer_registry().build(act, "/1", FeatureShape::flat(hidden)));
  net.add(layer_registry().build(d2, "/2", FeatureShape::flat(hidden)));
  net.initialize(rng);
  return net;
}

}  // namespace

TEST_CASE("network backward matches finite differences of the loss", "[backprop]") {
  Rng rng(11);
  Network net = small_net(5, 7, 3, rng);
  Matrix x({4, 5});
  for (auto& v : x) v = rng.normal();
  Labels y = {0, 2, 1, 2};
  Json spec = {{"type", "softmax_cross_entropy"}};
  auto loss = loss_registry().build(spec, "/loss");
  Matrix dout;
  const RunContext ctx{false, nullptr};
  loss->evaluate(net.forward(x, ctx), y, &dout);
  net.zero_grad();
  net.backward(dout);

  std::size_t checked = 0;
  for (auto& p : net.parameters()) {
    for (std::size_t i = 0; i < p.value->size(); i += 3) {
      float& w = p.value->data()[i];
      const float saved = w, h = 1e-2f;
      w = saved + h;
      const double up = loss->evaluate(net.forward(x, ctx), y, nullptr);
      w = saved - h;
      const double down = loss->evaluate(net.forward(x, ctx), y, nullptr);
      w = saved;
      const double numeric = (up - down) / (2.0 * h);
      const double analytic = p.grad->data()[i];
      INFO(p.name << "[" << i << "] numeric " << numeric << " analytic " << analytic);
      CHECK(std::abs(numeric - analytic) <= 2e-3 + 2e-2 * std::abs(numeric));
      ++checked;
    }
  }
  CHECK(checked > 20);
}

TEST_CASE("backprop trainer learns separable blobs and reports its epoch", "[backprop]") {
  Rng rng(5);
  Json data_spec = {{"type", "synthetic"}, {"train", 600}, {"validation", 0}, {"test", 100}, {"features", 10}, {"classes", 4}};
  auto data = dataset_registry().build(data_spec, "/dataset", rng);
  Network net = small_net(10, 32, 4, rng);
  Json options = {{"type", "backprop"}, {"epochs", 5}, {"batch_size", 50},
                  {"optimizer", {{"type", "sgd"}, {"lr", 0.1}, {"momentum", 0.9}}},
                  {"schedule", {{"type", "linear_decay_second_half"}}}};
  BackpropTrainer::schema().apply(options, "/trainer", {"type"});
  BackpropTrainer trainer(options);
  trainer.attach(net, *data);
  REQUIRE(trainer.optimizers().size() == 4);  // two weights, two biases
  std::size_t calls = 0;
  EpochMetrics first{}, last{};
  for (std::size_t epoch = 0; epoch < 5; ++epoch) {
    const auto m = trainer.train_epoch(net, data->train, data->shape, epoch, rng,
                                       [&](const BatchProgress& p) { calls += p.batch <= p.batches; });
    if (epoch == 0) first = m;
    last = m;
  }
  CHECK(calls == 5 * 12);
  CHECK(first.examples == 600);
  CHECK(first.learning_rate == Approx(0.1));
  CHECK(last.learning_rate == Approx(0.1f * 2.0f * (1.0f - 4.0f / 5.0f)));  // Hinton's decay, epoch 5 of 5
  CHECK(last.train_loss < first.train_loss);
  CHECK(last.train_error < 5.0);
}
