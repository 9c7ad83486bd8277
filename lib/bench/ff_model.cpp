#include "ff_model.hpp"

#include "fflab/core/rng.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/train/registry.hpp"

namespace fflab::bench {

namespace {

Split mnist_shaped_split(std::size_t rows, std::uint64_t seed) {
  Rng rng(seed);
  Split s;
  s.x = Matrix::from_shape({rows, kFFWidths.front()});
  for (auto& v : s.x) v = rng.uniform();
  s.y.resize(rows);
  for (std::size_t i = 0; i < rows; ++i) s.y[i] = static_cast<std::int32_t>(i % 10);
  return s;
}

}  // namespace

Dataset mnist_shaped_dataset(std::size_t train_rows, std::size_t test_rows) {
  Dataset data;
  data.name = "mnist-shaped uniform noise";
  data.shape = FeatureShape::flat(kFFWidths.front());
  data.num_classes = 10;
  data.train = mnist_shaped_split(train_rows, 3);
  data.test = mnist_shaped_split(test_rows, 4);
  return data;
}

Network build_mlp(bool class_output) {
  Network network;
  FeatureShape shape = FeatureShape::flat(kFFWidths.front());
  for (std::size_t l = 1; l < kFFWidths.size(); ++l) {
    Json dense = {{"type", "dense"}, {"units", kFFWidths[l]}};
    network.add(layer_registry().build(dense, "/layers", shape));
    Json relu = {{"type", "relu"}};
    network.add(layer_registry().build(relu, "/layers", network.output_shape()));
    shape = network.output_shape();
  }
  if (class_output) {
    Json out = {{"type", "dense"}, {"units", 10}};
    network.add(layer_registry().build(out, "/layers", shape));
  }
  Rng rng(1);
  network.initialize(rng);
  return network;
}

std::unique_ptr<FFModel> build_ff_model(Json trainer_options, std::size_t train_rows, std::size_t test_rows) {
  auto m = std::make_unique<FFModel>();
  m->data = mnist_shaped_dataset(train_rows, test_rows);
  m->network = build_mlp(false);
  trainer_options["type"] = "forward_forward";
  m->trainer = trainer_registry().build(trainer_options, "/trainer");
  m->trainer->attach(m->network, m->data);
  return m;
}

}  // namespace fflab::bench
