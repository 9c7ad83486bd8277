#include <catch2/catch.hpp>

#include <xtensor/xmath.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/dropout.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("dropout is the identity outside training", "[dropout]") {
  Dropout layer(FeatureShape::flat(10), 0.5f);
  const Matrix x = random_matrix(4, 10, 1);
  Matrix y, dx;
  layer.forward(x, y, {false, nullptr});
  CHECK((y == x));
  layer.backward_input(x, y, x, dx);
  CHECK((dx == x));
}

TEST_CASE("dropout in training keeps 1 - rate of the values, scaled", "[dropout]") {
  const float rate = 0.3f;
  Dropout layer(FeatureShape::flat(500), rate);
  Matrix x = Matrix::from_shape({200, 500});
  x.fill(2.0f);
  Rng rng(7);
  Matrix y, dx;
  layer.forward(x, y, {true, &rng});
  std::size_t kept = 0;
  for (float v : y) {
    const bool zero = v == 0.0f;
    const bool scaled = v == Approx(2.0f / (1.0f - rate));
    CHECK((zero || scaled));
    kept += zero ? 0 : 1;
  }
  const double kept_fraction = double(kept) / double(y.size());
  CHECK(kept_fraction == Approx(1.0 - rate).margin(0.005));  // 1e5 draws: sd 0.0015
  // Backward applies the same mask.
  Matrix ones = Matrix::from_shape({200, 500});
  ones.fill(1.0f);
  layer.backward_input(x, y, ones, dx);
  CHECK(xt::allclose(dx * 2.0f, y));
  // In place (dx over dy) gives the same gradient.
  REQUIRE(layer.backward_in_place());
  Matrix shared = ones;
  layer.backward_input(x, y, shared, shared);
  CHECK((shared == dx));
  REQUIRE(layer.forward_in_place());
  // A second draw differs; training without an rng is an error.
  Matrix y2;
  layer.forward(x, y2, {true, &rng});
  CHECK_FALSE((y2 == y));
  CHECK_THROWS_AS(layer.forward(x, y2, {true, nullptr}), Error);
}

TEST_CASE("dropout gradient matches finite differences with a fixed mask", "[dropout][gradcheck]") {
  Dropout layer(FeatureShape::flat(8), 0.4f);
  const auto r = check_layer_gradients(layer, random_matrix(5, 8, 3), {.training = true});
  INFO(r.report());
  CHECK(r.ok());
}

TEST_CASE("dropout options", "[dropout][registry]") {
  Json o = {{"type", "dropout"}};
  auto layer = layer_registry().build(o, "/l", FeatureShape::flat(3));
  CHECK(o["rate"] == 0.5);
  Json bad = {{"type", "dropout"}, {"rate", 1.0}};
  CHECK_THROWS_AS(layer_registry().build(bad, "/l", FeatureShape::flat(3)), ConfigError);
}

TEST_CASE("dropout with reuse_masks applies the latest training mask again and draws nothing", "[dropout]") {
  Dropout layer(FeatureShape::flat(50), 0.5);
  const Matrix x = random_matrix(6, 50, 3), x2 = random_matrix(6, 50, 4);
  Rng rng(11);
  Matrix y, y2;
  RunContext again{true, &rng, true};
  CHECK_THROWS_WITH(layer.forward(x, y, again), Catch::Contains("drew none"));
  layer.forward(x, y, {true, &rng});
  const Matrix mask = layer.mask();
  const Rng before = rng;
  layer.forward(x2, y2, again);
  CHECK((y2 == x2 * mask));
  CHECK((layer.mask() == mask));
  CHECK(rng.uniform() == Rng(before).uniform());  // no draw
  const Matrix other = random_matrix(3, 50, 5);
  CHECK_THROWS_WITH(layer.forward(other, y2, again), Catch::Contains("had shape [6 x 50]"));
}
