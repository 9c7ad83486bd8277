#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/layers/layer_norm.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("layer norm values", "[layer_norm]") {
  LayerNorm layer(FeatureShape::flat(4), 0.0f);
  Matrix y;
  // Mean 2.5, variance 1.25.
  layer.forward(Matrix{{1, 2, 3, 4}}, y, {});
  const float s = 1.0f / std::sqrt(1.25f);
  CHECK(xt::allclose(y, Matrix{{-1.5f * s, -0.5f * s, 0.5f * s, 1.5f * s}}));
  layer.gain() = Matrix{{2, 2, 2, 2}};
  layer.bias() = Matrix{{1, 0, 0, 0}};
  layer.forward(Matrix{{1, 2, 3, 4}}, y, {});
  CHECK(y(0, 0) == Approx(1 - 3 * s));
  CHECK(y(0, 3) == Approx(3 * s));
}

TEST_CASE("layer norm gradients match finite differences", "[layer_norm][gradcheck]") {
  LayerNorm layer(FeatureShape::flat(6));
  Rng rng(2);
  for (auto& v : layer.gain()) v = 1.0f + 0.5f * rng.normal();
  for (auto& v : layer.bias()) v = rng.normal();
  const auto r = check_layer_gradients(layer, random_matrix(4, 6, 12), {.eps = 1e-3});
  INFO(r.report());
  CHECK(r.ok());
  auto p = layer.parameters();
  REQUIRE(p.size() == 2);
  CHECK(p[0].name == "gain");
  CHECK_FALSE(p[0].decay);
  CHECK_FALSE(p[1].decay);
  layer.initialize(rng);
  CHECK(xt::all(xt::equal(layer.gain(), 1.0f)));
  CHECK(xt::all(xt::equal(layer.bias(), 0.0f)));
}

TEST_CASE("layer norm comes from the registry", "[layer_norm][registry]") {
  Json o = {{"type", "layer_norm"}};
  auto layer = layer_registry().build(o, "/l", FeatureShape::flat(5));
  CHECK(layer->type() == "layer_norm");
  CHECK(layer->parameter_count() == 10);
}
