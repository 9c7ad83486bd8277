#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <utility>

#include <xtensor/xview.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/data/augment.hpp"

using namespace fflab;

namespace {

/// Image of every value distinct and non-zero: 1 + index.
Matrix numbered_batch(std::size_t rows, FeatureShape shape) {
  Matrix batch = Matrix::from_shape({rows, shape.size()});
  for (std::size_t i = 0; i < batch.size(); ++i) batch.data()[i] = static_cast<float>(i + 1);
  return batch;
}

/// Reference shift written independently of the library: out(c, y, x) = in(c, y - dy, x - dx).
Matrix moved(const Matrix& batch, std::size_t row, FeatureShape s, int dx, int dy) {
  Matrix out = xt::zeros<float>({std::size_t{1}, s.size()});
  for (std::size_t c = 0; c < s.channels; ++c)
    for (int y = 0; y < static_cast<int>(s.height); ++y)
      for (int x = 0; x < static_cast<int>(s.width); ++x) {
        const int sy = y - dy, sx = x - dx;
        if (sy < 0 || sx < 0 || sy >= static_cast<int>(s.height) || sx >= static_cast<int>(s.width)) continue;
        out(0, (c * s.height + static_cast<std::size_t>(y)) * s.width + static_cast<std::size_t>(x)) =
            batch(row, (c * s.height + static_cast<std::size_t>(sy)) * s.width + static_cast<std::size_t>(sx));
      }
  return out;
}

}  // namespace

TEST_CASE("jitter with k = 0 is the identity", "[data][jitter]") {
  const FeatureShape shape{2, 5, 4};
  const Matrix batch = numbered_batch(3, shape);
  Matrix out;
  Rng rng(1);
  const auto state = rng.state();
  jitter(batch, shape, 0, rng, out);
  CHECK((out == batch));
  CHECK(rng.state() == state);  // no numbers drawn
}

TEST_CASE("a jittered image is the original moved by at most k, zero filled", "[data][jitter]") {
  const FeatureShape shape{3, 6, 7};
  const int k = 2;
  const Matrix batch = numbered_batch(40, shape);
  Matrix out;
  Rng rng(7);
  jitter(batch, shape, k, rng, out);
  REQUIRE(out.shape() == batch.shape());
  std::set<std::pair<int, int>> shifts_seen;
  for (std::size_t r = 0; r < batch.shape()[0]; ++r) {
    const Matrix row = xt::view(out, xt::range(r, r + 1), xt::all());
    int matches = 0;
    for (int dy = -k; dy <= k; ++dy)
      for (int dx = -k; dx <= k; ++dx)
        if (xt::all(xt::equal(moved(batch, r, shape, dx, dy), row))) {
          ++matches;
          shifts_seen.insert({dx, dy});
        }
    CHECK(matches == 1);
  }
  CHECK(shifts_seen.size() > 10);  // 40 draws over 25 shifts
  SECTION("reproducible by seed, and in place") {
    Matrix in_place = batch;
    Rng again(7);
    jitter(in_place, shape, k, again, in_place);
    CHECK((in_place == out));
  }
}

TEST_CASE("shift_image moves by a known amount", "[data][jitter]") {
  const FeatureShape shape{1, 3, 3};
  const std::vector<float> in = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  std::vector<float> out(9);
  shift_image(in.data(), out.data(), shape, 1, -1);  // right 1, up 1
  CHECK(out == std::vector<float>{0, 4, 5, 0, 7, 8, 0, 0, 0});
  shift_image(in.data(), out.data(), shape, -5, 0);  // further than the width
  CHECK(out == std::vector<float>(9, 0.0f));
}

TEST_CASE("shifted-in pixels take their channel's blank value", "[data][jitter]") {
  const FeatureShape shape{2, 2, 3};
  const std::vector<float> in = {1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16};
  const std::vector<float> blank = {-0.5f, 2.25f};
  std::vector<float> out(12);
  shift_image(in.data(), out.data(), shape, 1, 1, blank);  // right 1, down 1
  CHECK(out == std::vector<float>{-0.5f, -0.5f, -0.5f, -0.5f, 1, 2, 2.25f, 2.25f, 2.25f, 2.25f, 11, 12});
  Matrix batch = Matrix::from_shape({1, 12});
  std::copy(in.begin(), in.end(), batch.data());
  Matrix jittered;
  Rng rng(5);
  for (int i = 0; i < 20; ++i) {  // every draw: a pixel is its source's or its channel's blank
    jitter(batch, shape, 1, rng, jittered, blank);
    for (std::size_t j = 0; j < 12; ++j) {
      const float v = jittered(0, j);
      const bool from_image = std::find(in.begin(), in.end(), v) != in.end();
      CHECK((from_image || v == blank[j / 6]));
      if (from_image) CHECK((v > 10.0f) == (j >= 6));  // never from the other channel
    }
  }
  CHECK_THROWS_AS(jitter(batch, shape, 1, rng, jittered, std::vector<float>{0.0f}), ShapeError);
  CHECK_THROWS_AS(shift_image(in.data(), out.data(), shape, 1, 1, std::vector<float>{0.0f}), ShapeError);
}

TEST_CASE("jitter rejects bad arguments", "[data][jitter]") {
  const Matrix batch = numbered_batch(2, FeatureShape{1, 4, 4});
  Matrix out;
  Rng rng(1);
  CHECK_THROWS_AS(jitter(batch, FeatureShape{1, 5, 5}, 1, rng, out), ShapeError);
  CHECK_THROWS_AS(jitter(batch, FeatureShape{1, 4, 4}, -1, rng, out), Error);
}

TEST_CASE("flip mirrors each image left-right or leaves it, about half of them, one draw each", "[augment]") {
  const FeatureShape shape{2, 3, 4};
  const std::size_t rows = 400;
  Matrix batch = Matrix::from_shape({rows, shape.size()});
  for (std::size_t i = 0; i < batch.size(); ++i) batch.data()[i] = float(i % 97);
  const Matrix original = batch;
  Rng rng(11), twin(11);
  flip_horizontally(batch, shape, rng);
  std::size_t flipped = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    const bool mirrored = twin.below(2) == 1;  // the same draws, one per row
    flipped += mirrored;
    for (std::size_t c = 0; c < 2; ++c)
      for (std::size_t y = 0; y < 3; ++y)
        for (std::size_t x = 0; x < 4; ++x) {
          const std::size_t source = (c * 3 + y) * 4 + (mirrored ? 3 - x : x);
          REQUIRE(batch(r, (c * 3 + y) * 4 + x) == original(r, source));
        }
  }
  CHECK(rng.below(1000000) == twin.below(1000000));
  CHECK(flipped > 150);
  CHECK(flipped < 250);
  Matrix wrong = Matrix::from_shape({2, 5});
  CHECK_THROWS_AS(flip_horizontally(wrong, shape, rng), ShapeError);
}
