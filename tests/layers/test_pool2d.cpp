#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include "fflab/core/errors.hpp"
#include "fflab/layers/pool2d.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

struct PoolCase {
  std::size_t channels, height, width, kernel, stride, padding;
};

const PoolCase kCases[] = {{2, 6, 6, 2, 2, 0}, {3, 7, 5, 2, 2, 0}, {3, 7, 5, 3, 2, 1}, {1, 5, 8, 2, 1, 1}, {2, 9, 4, 3, 3, 0}, {3, 4, 7, 4, 2, 2}};

/// Distinct values 0.1 apart in a random order, so no window has a near tie
/// and finite differences of 0.01 never change a window's maximum.
Matrix distinct_values(std::size_t rows, std::size_t cols, std::uint64_t seed) {
  Rng rng(seed);
  const auto order = rng.permutation(rows * cols);
  Matrix x = Matrix::from_shape({rows, cols});
  for (std::size_t i = 0; i < x.size(); ++i) x.data()[i] = 0.1f * (float(order[i]) - float(x.size()) / 2);
  return x;
}

/// The definition by plain loops over every window position and offset.
Matrix naive_pool(PoolKind kind, const PoolCase& c, const Matrix& x) {
  const std::size_t OH = (c.height + 2 * c.padding - c.kernel) / c.stride + 1;
  const std::size_t OW = (c.width + 2 * c.padding - c.kernel) / c.stride + 1;
  Matrix y = Matrix::from_shape({x.shape()[0], c.channels * OH * OW});
  for (std::size_t b = 0; b < x.shape()[0]; ++b)
    for (std::size_t ch = 0; ch < c.channels; ++ch)
      for (std::size_t oh = 0; oh < OH; ++oh)
        for (std::size_t ow = 0; ow < OW; ++ow) {
          double best = -std::numeric_limits<double>::infinity(), sum = 0.0;
          for (std::size_t i = 0; i < c.kernel; ++i)
            for (std::size_t j = 0; j < c.kernel; ++j) {
              const long h = long(oh * c.stride + i) - long(c.padding), w = long(ow * c.stride + j) - long(c.padding);
              if (h < 0 || w < 0 || h >= long(c.height) || w >= long(c.width)) continue;
              const double v = x(b, (ch * c.height + std::size_t(h)) * c.width + std::size_t(w));
              best = std::max(best, v);
              sum += v;
            }
          y(b, (ch * OH + oh) * OW + ow) =
              float(kind == PoolKind::max ? best : sum / double(c.kernel * c.kernel));
        }
  return y;
}

}  // namespace

TEST_CASE("max and average pooling match naive loops at odd shapes", "[pool2d]") {
  for (PoolKind kind : {PoolKind::max, PoolKind::average})
    for (const PoolCase& c : kCases) {
      Pool2D layer(kind, {c.channels, c.height, c.width}, c.kernel, c.stride, c.padding);
      INFO(layer.type() << " " << c.channels << "x" << c.height << "x" << c.width << " k" << c.kernel << " s"
                        << c.stride << " p" << c.padding);
      const Matrix x = random_matrix(3, c.channels * c.height * c.width, 17);
      Matrix y;
      layer.forward(x, y, {});
      const Matrix expected = naive_pool(kind, c, x);
      REQUIRE(y.shape() == expected.shape());
      CHECK(layer.output_shape().size() == expected.shape()[1]);
      for (std::size_t i = 0; i < y.size(); ++i) CHECK(y.data()[i] == Approx(expected.data()[i]).margin(1e-6));
    }
}

TEST_CASE("pooling input gradients match finite differences", "[pool2d]") {
  for (PoolKind kind : {PoolKind::max, PoolKind::average})
    for (const PoolCase& c : kCases) {
      Pool2D layer(kind, {c.channels, c.height, c.width}, c.kernel, c.stride, c.padding);
      INFO(layer.type() << " k" << c.kernel << " s" << c.stride << " p" << c.padding);
      const GradCheckResult r = check_layer_gradients(layer, distinct_values(3, c.channels * c.height * c.width, 5));
      INFO(r.report());
      CHECK(r.ok());
    }
}

TEST_CASE("max pooling sends a tied window's gradient to one pixel only", "[pool2d]") {
  Pool2D layer(PoolKind::max, {1, 2, 2}, 2, 2);
  Matrix x = Matrix::from_shape({1, 4});
  x.fill(1.0f);
  Matrix y, dx, dy = Matrix::from_shape({1, 1});
  dy.fill(3.0f);
  layer.forward(x, y, {});
  layer.backward_input(x, y, dy, dx);
  CHECK(dx(0, 0) == 3.0f);
  CHECK(dx(0, 1) + dx(0, 2) + dx(0, 3) == 0.0f);
}

TEST_CASE("pooling manifest errors name the key", "[pool2d][registry]") {
  Json big = {{"type", "max_pool2d"}, {"kernel", 6}};
  try {
    build_layer(big, "/network/layers/3", {2, 5, 7});
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/3/kernel");
    CHECK(e.message() == "kernel 6 is larger than the 5 x 7 padded map (2x5x7 input): use a kernel of at most 5");
  }
  Json padded = {{"type", "avg_pool2d"}, {"kernel", 2}, {"padding", 2}};
  try {
    build_layer(padded, "/network/layers/3", {2, 5, 7});
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/3/padding");
  }
  Json lenet = {{"type", "avg_pool2d"}, {"kernel", 2}};
  CHECK(build_layer(lenet, "/network/layers/3", {6, 28, 28})->output_shape() == FeatureShape{6, 14, 14});
}

TEST_CASE("2x2 pooling's backward overwrites the whole dx and breaks ties in reading order", "[pool2d]") {
  // One channel 3 x 5: windows at rows 0-1, columns 0-1 and 2-3; row 2 and column 4 are in none.
  Pool2D layer(PoolKind::max, {1, 3, 5}, 2, 2);
  const Matrix x = {{1, 4, 2, 2, 9,  //
                     0, 4, 2, 5, 9,  //
                     9, 9, 9, 9, 9}};
  Matrix y, dx = Matrix::from_shape({1, 15}), dy = {{10, 20}};
  dx.fill(7.0f);  // a reused buffer: nothing of it may survive
  layer.forward(x, y, {});
  layer.backward_input(x, y, dy, dx);
  // Window 1 (1 4 / 0 4): the top 4 comes first. Window 2 (2 2 / 2 5): the 5.
  const Matrix expected = {{0, 10, 0, 0, 0,  //
                            0, 0, 0, 20, 0,  //
                            0, 0, 0, 0, 0}};
  CHECK((dx == expected));
  Pool2D average(PoolKind::average, {1, 3, 5}, 2, 2);
  dx.fill(7.0f);
  average.forward(x, y, {});
  average.backward_input(x, y, dy, dx);
  const Matrix quarter = {{2.5, 2.5, 5, 5, 0,  //
                           2.5, 2.5, 5, 5, 0,  //
                           0, 0, 0, 0, 0}};
  CHECK((dx == quarter));
}

TEST_CASE("2x2 pooling's backward matches a naive reference on wide rows full of ties", "[pool2d]") {
  // Rows of 37 pixels: 18 windows, two of 8 taken at once and 2 alone, and a
  // last column no window covers; 5 rows leave a last row uncovered. Values
  // from {0, 1, 2} make most windows tie; the gradient goes to the first
  // maximum in reading order (top-left, top-right, bottom-left, bottom-right).
  const std::size_t C = 2, H = 5, W = 37, OH = 2, OW = 18, batch = 3;
  Rng rng(23);
  Matrix x = Matrix::from_shape({batch, C * H * W});
  for (auto& v : x) v = float(rng.below(3));
  // NaN never wins a comparison, in either pass: a NaN first pixel keeps the
  // window's gradient, a later one never takes it; -0 and +0 tie.
  for (std::size_t i = 0; i < x.size(); i += 7) x.data()[i] = std::numeric_limits<float>::quiet_NaN();
  for (std::size_t i = 3; i < x.size(); i += 11) x.data()[i] = -0.0f;
  for (std::size_t i = 5; i < x.size(); i += 13) x.data()[i] = 0.0f;
  const Matrix dy = random_matrix(batch, C * OH * OW, 24);
  Matrix expected = Matrix::from_shape({batch, C * H * W});
  expected.fill(0.0f);
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t c = 0; c < C; ++c)
      for (std::size_t oh = 0; oh < OH; ++oh)
        for (std::size_t ow = 0; ow < OW; ++ow) {
          std::size_t best = 0;
          for (std::size_t i = 0; i < 4; ++i) {
            const std::size_t at = (c * H + 2 * oh + i / 2) * W + 2 * ow + i % 2;
            const std::size_t held = (c * H + 2 * oh + best / 2) * W + 2 * ow + best % 2;
            if (x(b, at) > x(b, held)) best = i;
          }
          expected(b, (c * H + 2 * oh + best / 2) * W + 2 * ow + best % 2) = dy(b, (c * OH + oh) * OW + ow);
        }
  Pool2D layer(PoolKind::max, {C, H, W}, 2, 2);
  Matrix y, dx = Matrix::from_shape({batch, C * H * W});
  dx.fill(7.0f);
  layer.forward(x, y, {});
  layer.backward_input(x, y, dy, dx);
  CHECK((dx == expected));
  Pool2D average(PoolKind::average, {C, H, W}, 2, 2);
  dx.fill(7.0f);
  average.forward(x, y, {});
  average.backward_input(x, y, dy, dx);
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t i = 0; i < C * H * W; ++i) {
      const std::size_t c = i / (H * W), h = i / W % H, w = i % W;
      const float want = h < 2 * OH && w < 2 * OW ? 0.25f * dy(b, (c * OH + h / 2) * OW + w / 2) : 0.0f;
      CHECK(dx(b, i) == want);
    }
}
