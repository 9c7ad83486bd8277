#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/layers/batch_norm.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

/// Per channel mean and biased variance of x by plain loops, in double.
void naive_statistics(FeatureShape s, const Matrix& x, std::vector<double>& mean, std::vector<double>& var) {
  const std::size_t L = s.height * s.width, n = x.shape()[0] * L;
  mean.assign(s.channels, 0.0);
  var.assign(s.channels, 0.0);
  for (std::size_t c = 0; c < s.channels; ++c) {
    for (std::size_t b = 0; b < x.shape()[0]; ++b)
      for (std::size_t l = 0; l < L; ++l) mean[c] += x(b, c * L + l);
    mean[c] /= double(n);
    for (std::size_t b = 0; b < x.shape()[0]; ++b)
      for (std::size_t l = 0; l < L; ++l) var[c] += (x(b, c * L + l) - mean[c]) * (x(b, c * L + l) - mean[c]);
    var[c] /= double(n);
  }
}

/// gain and bias set to distinct values so a mix-up of channels shows.
BatchNorm make_layer(FeatureShape s, double momentum = 0.1) {
  BatchNorm layer(s, momentum, 1e-5);
  for (std::size_t c = 0; c < s.channels; ++c) {
    layer.gain()(0, c) = 0.5f + 0.25f * float(c);
    layer.bias()(0, c) = 0.1f * float(c) - 0.2f;
  }
  return layer;
}

const FeatureShape kShapes[] = {{3, 4, 5}, {5, 1, 1}, {2, 3, 1}, {9, 2, 3}};

}  // namespace

TEST_CASE("batch norm in training normalises each channel by the batch's statistics", "[batch_norm]") {
  for (const FeatureShape& s : kShapes) {
    INFO(to_string(s));
    BatchNorm layer = make_layer(s, 0.1);
    Matrix x = random_matrix(4, s.size(), 3, 2.0f);
    x += 1.5f;
    Rng rng(1);
    Matrix y;
    layer.forward(x, y, {true, &rng});
    std::vector<double> mean, var;
    naive_statistics(s, x, mean, var);
    const std::size_t L = s.height * s.width, n = 4 * L;
    for (std::size_t b = 0; b < 4; ++b)
      for (std::size_t f = 0; f < s.size(); ++f) {
        const std::size_t c = f / L;
        const double expected = layer.gain()(0, c) * (x(b, f) - mean[c]) / std::sqrt(var[c] + 1e-5) + layer.bias()(0, c);
        CHECK(y(b, f) == Approx(expected).margin(1e-5));
      }
    // The running statistics moved a tenth of the way to the batch's (variance unbiased).
    for (std::size_t c = 0; c < s.channels; ++c) {
      CHECK(layer.running_mean()(0, c) == Approx(0.1 * mean[c]).margin(1e-6));
      CHECK(layer.running_var()(0, c) == Approx(0.9 + 0.1 * var[c] * double(n) / double(n - 1)).margin(1e-5));
    }
  }
}

TEST_CASE("batch norm at evaluation uses the running statistics and leaves them alone", "[batch_norm]") {
  const FeatureShape s{3, 2, 2};
  BatchNorm layer = make_layer(s);
  for (std::size_t c = 0; c < 3; ++c) {
    layer.running_mean()(0, c) = float(c) - 1.0f;
    layer.running_var()(0, c) = 0.25f * float(c + 1);
  }
  const Matrix x = random_matrix(2, s.size(), 9);
  Matrix y;
  layer.forward(x, y, {});
  for (std::size_t b = 0; b < 2; ++b)
    for (std::size_t f = 0; f < s.size(); ++f) {
      const std::size_t c = f / 4;
      const double expected = layer.gain()(0, c) * (x(b, f) - (double(c) - 1.0)) / std::sqrt(0.25 * (c + 1) + 1e-5) +
                              layer.bias()(0, c);
      CHECK(y(b, f) == Approx(expected).margin(1e-5));
    }
  CHECK(layer.running_mean()(0, 2) == 1.0f);
  CHECK(layer.running_var()(0, 2) == 0.75f);
  // The same rows in a batch of their own give the same outputs (no batch statistics).
  Matrix first = Matrix::from_shape({1, s.size()}), y_first;
  for (std::size_t f = 0; f < s.size(); ++f) first(0, f) = x(0, f);
  layer.forward(first, y_first, {});
  for (std::size_t f = 0; f < s.size(); ++f) CHECK(y_first(0, f) == y(0, f));
}

TEST_CASE("batch norm gradients match finite differences in training and at evaluation", "[batch_norm]") {
  for (const FeatureShape& s : kShapes)
    for (bool training : {true, false}) {
      INFO(to_string(s) << (training ? " training" : " evaluation"));
      BatchNorm layer = make_layer(s);
      layer.running_mean().fill(0.3f);
      layer.running_var().fill(2.0f);
      GradCheckOptions options;
      options.training = training;
      options.eps = 1e-2;
      const GradCheckResult r = check_layer_gradients(layer, random_matrix(3, s.size(), 21), options);
      INFO(r.report());
      CHECK(r.ok());
    }
}

TEST_CASE("batch norm declares its running statistics as state, reset by initialize", "[batch_norm]") {
  BatchNorm layer = make_layer({4, 3, 3});
  auto state = layer.state();
  REQUIRE(state.size() == 2);
  CHECK(state[0].name == "running_mean");
  CHECK(state[1].name == "running_var");
  CHECK(state[0].value->shape()[0] == 1);
  CHECK(state[0].value->shape()[1] == 4);
  Rng rng(2);
  Matrix y;
  layer.forward(random_matrix(3, 36, 4), y, {true, &rng});
  CHECK(layer.running_var()(0, 1) != 1.0f);
  layer.initialize(rng);
  CHECK(layer.running_mean()(0, 1) == 0.0f);
  CHECK(layer.running_var()(0, 1) == 1.0f);
  CHECK(layer.gain()(0, 3) == 1.0f);
  auto params = layer.parameters();
  REQUIRE(params.size() == 2);
  CHECK_FALSE(params[0].decay);
  CHECK_FALSE(params[1].decay);
}

TEST_CASE("batch norm manifest errors name the key", "[batch_norm][registry]") {
  Json bad = {{"type", "batch_norm"}, {"momentum", 0.0}};
  try {
    build_layer(bad, "/network/layers/2", {3, 4, 4});
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/2/momentum");
  }
}
