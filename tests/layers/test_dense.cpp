#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xio.hpp>
#include <xtensor/xmath.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/dense.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/layers/weight_budget.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("dense forward matches a hand-computed 2x3 case", "[dense]") {
  DenseLayer layer(2, 3);
  layer.weight() = Matrix{{1, 2, 3}, {4, 5, 6}};
  layer.bias() = Matrix{{0.5f, -1, 2}};
  const Matrix x = {{1, 1}, {2, -1}};
  Matrix y;
  layer.forward(x, y, {});
  const Matrix expected = {{5.5f, 6, 11}, {-1.5f, -2, 2}};
  INFO(y);
  CHECK((y == expected));
}

TEST_CASE("dense gradients match finite differences", "[dense][gradcheck]") {
  for (bool bias : {true, false}) {
    DenseLayer layer(7, 5, bias);
    Rng rng(1);
    layer.initialize(rng);
    if (bias)
      for (auto& v : layer.bias()) v = rng.normal();
    const auto r = check_layer_gradients(layer, random_matrix(6, 7, 2));
    INFO(r.report());
    CHECK(r.ok());
    CHECK(r.blocks.size() == (bias ? 3u : 2u));
  }
}

TEST_CASE("dense parameters, decay flags and shapes", "[dense]") {
  DenseLayer layer(4, 3);
  auto p = layer.parameters();
  REQUIRE(p.size() == 2);
  CHECK(p[0].name == "weight");
  CHECK(p[0].decay);
  CHECK(p[0].value->shape()[0] == 4);
  CHECK(p[0].value->shape()[1] == 3);
  CHECK(p[1].name == "bias");
  CHECK_FALSE(p[1].decay);
  CHECK(p[1].value->shape()[0] == 1);
  CHECK(p[1].value->shape()[1] == 3);
  CHECK(layer.parameter_count() == 15);
  Matrix y;
  CHECK_THROWS_AS(layer.forward(Matrix::from_shape({2, 5}), y, {}), ShapeError);
}

TEST_CASE("dense initialisers have the documented scale", "[dense][init]") {
  const std::size_t in = 400, out = 300;
  auto stats = [&](const std::string& init) {
    DenseLayer layer(in, out, true, init);
    Rng rng(9);
    layer.bias().fill(5.0f);
    layer.initialize(rng);
    const Matrix& w = layer.weight();
    double s = 0, s2 = 0, maxabs = 0;
    for (float v : w) {
      s += v;
      s2 += double(v) * v;
      maxabs = std::max(maxabs, double(std::abs(v)));
    }
    const double n = double(w.size());
    CHECK(xt::all(xt::equal(layer.bias(), 0.0f)));
    return std::array<double, 3>{s / n, s2 / n, maxabs};
  };
  auto nf = stats("normal_fan_in");
  CHECK(std::abs(nf[0]) < 1e-3);
  CHECK(nf[1] == Approx(1.0 / in).epsilon(0.02));
  auto he = stats("he");
  CHECK(he[1] == Approx(2.0 / in).epsilon(0.02));
  auto hu = stats("he_uniform");
  const double b = std::sqrt(6.0 / in);
  CHECK(hu[1] == Approx(b * b / 3).epsilon(0.02));
  CHECK(hu[2] <= b);
  CHECK(hu[2] > 0.99 * b);
  auto uf = stats("uniform_fan_in");
  const double u = 1.0 / std::sqrt(double(in));
  CHECK(uf[1] == Approx(u * u / 3).epsilon(0.02));
  CHECK(uf[2] <= u);
  CHECK(uf[2] > 0.99 * u);
  auto gl = stats("glorot");
  const double a = std::sqrt(6.0 / (in + out));
  CHECK(gl[1] == Approx(a * a / 3).epsilon(0.02));
  CHECK(gl[2] <= a);
  auto z = stats("zeros");
  CHECK(z[2] == 0.0);

  // Same seed, same weights.
  DenseLayer l1(5, 4), l2(5, 4);
  Rng r1(42), r2(42);
  l1.initialize(r1);
  l2.initialize(r2);
  CHECK((l1.weight() == l2.weight()));
}

TEST_CASE("dense is built from the registry with defaults filled", "[dense][registry]") {
  Json o = {{"type", "dense"}, {"units", 8}};
  auto layer = layer_registry().build(o, "/layers/0", FeatureShape{1, 4, 4});
  CHECK(layer->type() == "dense");
  CHECK(layer->input_shape().size() == 16);
  CHECK(layer->output_shape() == FeatureShape::flat(8));
  CHECK(o["bias"] == true);
  CHECK(o["init"] == "normal_fan_in");
  Json bad = {{"type", "dense"}, {"units", 8}, {"init", "xavier"}};
  CHECK_THROWS_AS(layer_registry().build(bad, "/layers/0", FeatureShape::flat(3)), ConfigError);
  Json missing = {{"type", "dense"}};
  CHECK_THROWS_WITH(layer_registry().build(missing, "/layers/1", FeatureShape::flat(3)),
                    Catch::Contains("/layers/1/units"));
}

TEST_CASE("dense refuses weights beyond the layer budget before allocating", "[dense][registry]") {
  Json wide = {{"type", "dense"}, {"units", 1000000}};
  try {
    build_layer(wide, "/network/layers/3", FeatureShape::flat(100000));
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/3/units");
    CHECK(std::string(e.what()) ==
          "/network/layers/3/units: 1000000 units on 100000 inputs need 372.5 GiB of weights, more than the 8 GiB "
          "(2^31 floats) one layer may have; use fewer units");
  }
  for (const char* units : {"2000000000", "4294967299"}) {
    Json huge = {{"type", "dense"}, {"units", Json::parse(units)}};
    CHECK_THROWS_WITH(build_layer(huge, "/network/layers/0", FeatureShape::flat(784)),
                      "/network/layers/0/units: value " + std::string(units) +
                          " is out of range: must be >= 1 and <= 1000000");
  }
  // The budget itself: 2^31 floats pass, one more does not.
  CHECK_NOTHROW(check_weight_budget(2147483648.0, "/units", "w", "f"));
  CHECK_THROWS_AS(check_weight_budget(2147483649.0, "/units", "w", "f"), ConfigError);
}

TEST_CASE("a network budget counts every layer's weights before it allocates and refuses the one that overflows",
          "[dense][registry]") {
  {
    // 12 bytes a weight (value, gradient, momentum), 950 kB available.
    const NetworkMemoryBudget budget(12.0, 9.5e5);
    Json first = {{"type", "dense"}, {"units", 100}};
    build_layer(first, "/network/layers/0", FeatureShape::flat(784));  // 78400 weights: 0.94 MB
    Json second = {{"type", "dense"}, {"units", 10}};
    try {
      build_layer(second, "/network/layers/2", FeatureShape::flat(100));  // 1000 more: 952.8 kB
      FAIL("no error");
    } catch (const ConfigError& e) {
      CHECK(e.pointer() == "/network/layers/2/units");
      CHECK(std::string(e.what()) ==
            "/network/layers/2/units: the network up to this layer needs about 0.9 MiB (79400 weights at 12 bytes "
            "each: value, gradient and optimizer state) but this machine has 0.9 MiB available; use fewer units");
    }
  }
  // Out of the budget's scope nothing is counted.
  Json big = {{"type", "dense"}, {"units", 1000}};
  CHECK_NOTHROW(build_layer(big, "/network/layers/0", FeatureShape::flat(784)));
  CHECK(available_memory_bytes() > 1e8);
}

TEST_CASE("dense bias_init draws the biases from U(+-1/sqrt(fan_in)) after the weights", "[dense][registry]") {
  const std::size_t in = 25, out = 4000;
  DenseLayer zero(in, out), drawn(in, out, true, "uniform_fan_in", "uniform_fan_in");
  Rng r1(7), r2(7);
  zero.initialize(r1);
  drawn.initialize(r2);
  CHECK(std::all_of(zero.bias().begin(), zero.bias().end(), [](float b) { return b == 0.0f; }));
  // bound 1/sqrt(25) = 0.2; U(-0.2, 0.2) has mean 0 and variance 0.04 / 3.
  double sum = 0.0, squares = 0.0;
  for (float b : drawn.bias()) {
    CHECK(std::abs(b) <= 0.2f);
    sum += b;
    squares += double(b) * b;
  }
  const double mean = sum / out, var = squares / out - mean * mean;
  CHECK(std::abs(mean) < 0.01);
  CHECK(var == Approx(0.04 / 3).epsilon(0.1));
  // The weights are those of the same seed without drawn biases.
  DenseLayer plain(in, out, true, "uniform_fan_in");
  Rng r3(7);
  plain.initialize(r3);
  CHECK((plain.weight() == drawn.weight()));
  // Re-initialising draws again: the biases change with the generator's state.
  const Matrix first = drawn.bias();
  drawn.initialize(r2);
  CHECK_FALSE((drawn.bias() == first));
}

TEST_CASE("dense bias_init errors name the key", "[dense][registry]") {
  Json o = {{"type", "dense"}, {"units", 8}};
  layer_registry().build(o, "/layers/0", FeatureShape::flat(3));
  CHECK(o["bias_init"] == "zeros");
  Json unknown = {{"type", "dense"}, {"units", 8}, {"bias_init", "he"}};
  CHECK_THROWS_WITH(build_layer(unknown, "/layers/2", FeatureShape::flat(3)),
                    Catch::Contains("/layers/2/bias_init"));
  Json no_bias = {{"type", "dense"}, {"units", 8}, {"bias", false}, {"bias_init", "uniform_fan_in"}};
  CHECK_THROWS_WITH(build_layer(no_bias, "/layers/3", FeatureShape::flat(3)),
                    Catch::Contains("/layers/3/bias_init") && Catch::Contains("without a bias"));
  CHECK_THROWS_AS(DenseLayer(3, 8, true, "he", "normal"), ConfigError);
}
