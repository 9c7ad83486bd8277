// channel_affine: y = gain[c] x + bias[c] per channel; forward on hand values,
// gradients against finite differences, dx in place, flat rows per feature,
// starting values and the options it records.
#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/channel_affine.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("channel_affine scales and shifts each channel", "[channel_affine]") {
  ChannelAffine layer({2, 1, 2});
  layer.gain() = Matrix({{2.0f, -0.5f}});
  layer.bias() = Matrix({{1.0f, 3.0f}});
  const Matrix x = {{1.0f, 2.0f, 4.0f, -2.0f}, {0.0f, -1.0f, 0.5f, 8.0f}};
  Matrix y;
  layer.forward(x, y, {});
  const Matrix expected = {{3.0f, 5.0f, 1.0f, 4.0f}, {1.0f, -1.0f, 2.75f, -1.0f}};
  CHECK((y == expected));
  const Matrix dy = {{1.0f, 1.0f, 2.0f, 0.0f}, {-1.0f, 3.0f, 1.0f, 1.0f}};
  layer.zero_grad();
  layer.accumulate_grad(x, y, dy);
  auto p = layer.parameters();
  // gain: sum dy * x per channel; bias: sum dy per channel.
  CHECK((*p[0].grad == Matrix({{1.0f + 2.0f + 0.0f - 3.0f, 8.0f + 0.0f + 0.5f + 8.0f}})));
  CHECK((*p[1].grad == Matrix({{1.0f + 1.0f - 1.0f + 3.0f, 2.0f + 0.0f + 1.0f + 1.0f}})));
  CHECK_FALSE(p[0].decay);
  CHECK_FALSE(p[1].decay);
  Matrix dx = dy;
  layer.backward_input(x, y, dx, dx);
  CHECK((dx == Matrix({{2.0f, 2.0f, -1.0f, 0.0f}, {-2.0f, 6.0f, -0.5f, -0.5f}})));
}

TEST_CASE("channel_affine gradients match finite differences", "[channel_affine]") {
  for (FeatureShape shape : {FeatureShape{3, 4, 5}, FeatureShape::flat(7)}) {
    INFO(to_string(shape));
    ChannelAffine layer(shape, 0.7f);
    Rng rng(2);
    for (auto& v : layer.gain()) v = rng.normal();
    for (auto& v : layer.bias()) v = rng.normal();
    const Matrix x = random_matrix(3, shape.size(), 4);
    const GradCheckResult r = check_layer_gradients(layer, x);
    INFO(r.report());
    CHECK(r.ok());
  }
}

TEST_CASE("channel_affine starts at its gain and a zero bias, and records the gain", "[channel_affine][registry]") {
  Json spec = {{"type", "channel_affine"}, {"gain", 0.25}};
  auto layer = build_layer(spec, "/network/layers/3", {6, 14, 14});
  Rng rng(1);
  layer->initialize(rng);
  auto p = layer->parameters();
  CHECK(p[0].value->shape()[1] == 6);
  CHECK((*p[0].value == Matrix({{0.25f, 0.25f, 0.25f, 0.25f, 0.25f, 0.25f}})));
  CHECK((*p[1].value == Matrix({{0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}})));
  CHECK(layer->options() == Json({{"type", "channel_affine"}, {"gain", 0.25}}));
  CHECK(layer->output_shape() == FeatureShape{6, 14, 14});
  Json bad = {{"type", "channel_affine"}, {"gain", "one"}};
  CHECK_THROWS_AS(build_layer(bad, "/network/layers/3", {6, 14, 14}), ConfigError);
}
