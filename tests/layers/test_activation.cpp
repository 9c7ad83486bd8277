#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xio.hpp>
#include <xtensor/xmath.hpp>

#include "fflab/layers/activation.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {
/// Random inputs kept at least 0.1 away from 0 (the kink of relu and friends).
Matrix away_from_zero(std::size_t rows, std::size_t cols, std::uint64_t seed) {
  Matrix x = random_matrix(rows, cols, seed);
  for (auto& v : x) v = v >= 0 ? v + 0.1f : v - 0.1f;
  return x;
}
}  // namespace

TEST_CASE("activation forward values", "[activation]") {
  const Matrix x = {{-2.0f, -0.5f, 0.0f, 1.5f}};
  Matrix y;
  auto run = [&](Activation kind, float p) {
    ActivationLayer layer(kind, FeatureShape::flat(4), p);
    layer.forward(x, y, {});
    return y;
  };
  CHECK((run(Activation::relu, 0) == Matrix{{0, 0, 0, 1.5f}}));
  CHECK(xt::allclose(run(Activation::leaky_relu, 0.1f), Matrix{{-0.2f, -0.05f, 0, 1.5f}}));
  CHECK(xt::allclose(run(Activation::elu, 2.0f),
                     Matrix{{2 * (std::exp(-2.0f) - 1), 2 * (std::exp(-0.5f) - 1), 0, 1.5f}}));
  CHECK(xt::allclose(run(Activation::sigmoid, 0),
                     Matrix{{1 / (1 + std::exp(2.0f)), 1 / (1 + std::exp(0.5f)), 0.5f,
                             1 / (1 + std::exp(-1.5f))}}));
  CHECK(xt::allclose(run(Activation::tanh, 1),
                     Matrix{{std::tanh(-2.0f), std::tanh(-0.5f), 0, std::tanh(1.5f)}}));
  // Sigmoid saturates without NaN.
  ActivationLayer sig(Activation::sigmoid, FeatureShape::flat(2));
  sig.forward(Matrix{{-200.0f, 200.0f}}, y, {});
  CHECK((y == Matrix{{0.0f, 1.0f}}));
}

TEST_CASE("activation input gradients match finite differences", "[activation][gradcheck]") {
  const Matrix x = away_from_zero(5, 6, 3);
  for (auto [kind, p] : {std::pair{Activation::relu, 0.0f}, {Activation::leaky_relu, 0.2f},
                         {Activation::elu, 1.5f}, {Activation::sigmoid, 0.0f},
                         {Activation::tanh, 1.0f}}) {
    ActivationLayer layer(kind, FeatureShape::flat(6), p);
    const auto r = check_layer_gradients(layer, x);
    INFO(layer.type() << ": " << r.report());
    CHECK(r.ok());
    CHECK(layer.parameters().empty());
  }
  ActivationLayer lecun(Activation::tanh, FeatureShape::flat(6), 2.0 / 3.0, 1.7159);
  const auto r = check_layer_gradients(lecun, x);
  INFO("tanh with amplitude 1.7159, slope 2/3: " << r.report());
  CHECK(r.ok());
}

TEST_CASE("tanh with amplitude and slope: LeCun's 1.7159 tanh(2x/3)", "[activation]") {
  Json spec = {{"type", "tanh"}, {"amplitude", 1.7159}, {"slope", 2.0 / 3.0}};
  auto layer = layer_registry().build(spec, "/l", FeatureShape::flat(3));
  const Matrix x = {{-1.5f, 0.0f, 1.0f}};
  Matrix y;
  layer->forward(x, y, {});
  CHECK(y(0, 0) == Approx(1.7159f * std::tanh(-1.0f)));
  CHECK(y(0, 1) == 0.0f);
  CHECK(y(0, 2) == Approx(1.7159f * std::tanh(2.0f / 3.0f)));
  // The derivative at 0 is A * S (= 1.1439), where plain tanh's is 1.
  Matrix dx;
  layer->backward_input(x, y, Matrix{{1.0f, 1.0f, 1.0f}}, dx);
  CHECK(dx(0, 1) == Approx(1.7159f * 2.0f / 3.0f));
  CHECK(layer->options()["amplitude"] == 1.7159);
  Json plain = {{"type", "tanh"}};
  layer_registry().validate(plain, "/l");
  CHECK(layer_registry().build(plain, "/l", FeatureShape::flat(3))->options() ==
        Json{{"type", "tanh"}, {"amplitude", 1.0}, {"slope", 1.0}});
  Json flat = {{"type", "tanh"}, {"slope", 0}};
  CHECK_THROWS_WITH(layer_registry().validate(flat, "/l"), Catch::Contains("/l/slope"));
  CHECK_THROWS_AS(ActivationLayer(Activation::tanh, FeatureShape::flat(1), 0.0), Error);
}

TEST_CASE("plain tanh (amplitude and slope 1) computes tanh(x) and dy (1 - y^2) as they are written", "[activation]") {
  const Matrix x = random_matrix(3, 9, 8), dy = random_matrix(3, 9, 9);
  ActivationLayer plain(Activation::tanh, FeatureShape::flat(9));
  Matrix y, dx;
  plain.forward(x, y, {});
  plain.backward_input(x, y, dy, dx);
  const Matrix expected_y = xt::tanh(x);
  const Matrix expected_dx = dy * (1.0f - y * y);
  CHECK((y == expected_y));
  CHECK((dx == expected_dx));
}

TEST_CASE("activations work in place (y over x, dx over dy) with the out-of-place results", "[activation]") {
  const Matrix x = away_from_zero(4, 7, 5);
  const Matrix dy = random_matrix(4, 7, 6);
  for (auto [kind, p] : {std::pair{Activation::relu, 0.0f}, {Activation::leaky_relu, 0.2f},
                         {Activation::elu, 1.5f}, {Activation::sigmoid, 0.0f},
                         {Activation::tanh, 1.0f}}) {
    ActivationLayer layer(kind, FeatureShape::flat(7), p);
    REQUIRE(layer.backward_in_place());
    Matrix y, dx;
    layer.forward(x, y, {});
    layer.backward_input(x, y, dy, dx);
    Matrix shared = dy;
    layer.backward_input(x, y, shared, shared);
    INFO(layer.type());
    CHECK((shared == dx));
    CHECK_FALSE((dx == dy));  // the gradient did change: the comparison is not vacuous
    // Forward in place (y over x), then backward given the output as x.
    REQUIRE(layer.forward_in_place());
    Matrix z = x;
    layer.forward(z, z, {});
    CHECK((z == y));
    Matrix dx_from_output;
    layer.backward_input(z, z, dy, dx_from_output);
    CHECK((dx_from_output == dx));
  }
}

TEST_CASE("activations come from the registry with their options", "[activation][registry]") {
  const FeatureShape shape{3, 2, 2};
  for (const char* name : {"relu", "leaky_relu", "elu", "sigmoid", "tanh"}) {
    Json o = {{"type", name}};
    auto layer = layer_registry().build(o, "/l", shape);
    CHECK(layer->type() == name);
    CHECK(layer->output_shape() == shape);
  }
  Json leaky = {{"type", "leaky_relu"}, {"slope", 0.3}};
  auto layer = layer_registry().build(leaky, "/l", FeatureShape::flat(1));
  Matrix y;
  layer->forward(Matrix{{-1.0f}}, y, {});
  CHECK(y(0, 0) == Approx(-0.3f));
  Json elu = {{"type", "elu"}};
  layer_registry().validate(elu, "/l");
  CHECK(elu["alpha"] == 1.0);
  Json relu_extra = {{"type", "relu"}, {"slope", 0.1}};
  CHECK_THROWS_AS(layer_registry().validate(relu_extra, "/l"), ConfigError);
}
