// The label as a wave over the whole image (label_input "pattern"): the
// waves against hand-computed values, the neutral label as their mean, one
// wave on every channel, and the misuses refused.
#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "fflab/core/errors.hpp"
#include "fflab/local/label_embedding.hpp"

using namespace fflab;

namespace {
constexpr float kHalfRoot2 = 0.70710678f;
}

TEST_CASE("a pattern label adds the class's wave to the image", "[label][pattern]") {
  LabelEmbedding e{4, 0.5f};  // 4 classes: orientations 0, 45, 90 and 135 degrees
  e.use_patterns(1, 2, 3, 4.0f);  // a 1 x 2 x 3 image, wavelength 4 pixels
  REQUIRE(e.is_pattern());
  CHECK(e.width(6) == 6);
  CHECK(e.label_entries() == 0);
  const Matrix x = {{1, 2, 3, 4, 5, 6}, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}};
  Matrix out;
  e.embed(x, {0, 2, 1, 3}, out);
  // class 0: cos(2 pi x / 4) along the row: 1, 0, -1 in both rows
  const float zero_row[6] = {1.5f, 2.0f, 2.5f, 4.5f, 5.0f, 5.5f};
  for (std::size_t j = 0; j < 6; ++j) CHECK(out(0, j) == Approx(zero_row[j]).margin(1e-6));
  // class 2 (90 degrees): cos(2 pi y / 4): 1 in row 0, 0 in row 1
  for (std::size_t j = 0; j < 3; ++j) CHECK(out(1, j) == Approx(0.5f).margin(1e-6));
  for (std::size_t j = 3; j < 6; ++j) CHECK(out(1, j) == Approx(0.0f).margin(1e-6));
  // class 1 (45 degrees): cos(2 pi (x + y) / (4 sqrt 2)); at x = 1, y = 1 the phase is pi / sqrt 2
  CHECK(out(2, 0) == Approx(0.5f).margin(1e-6));
  CHECK(out(2, 4) == Approx(0.5f * std::cos(2.0 * M_PI * 2.0 * kHalfRoot2 / 4.0)).margin(1e-6));
  // class 3 (135 degrees): cos(2 pi (-x + y) / (4 sqrt 2)); at x = 2, y = 0
  CHECK(out(3, 2) == Approx(0.5f * std::cos(2.0 * M_PI * -2.0 * kHalfRoot2 / 4.0)).margin(1e-6));
}

TEST_CASE("the neutral pattern label is the mean of the classes' waves", "[label][pattern]") {
  LabelEmbedding e{4, 2.0f};
  e.use_patterns(1, 2, 3, 4.0f);
  const Matrix x = {{1, 2, 3, 4, 5, 6}};
  Matrix neutral, labelled;
  e.embed_neutral(x, neutral);
  std::vector<double> mean(6, 0.0);
  for (std::int32_t c = 0; c < 4; ++c) {
    e.embed(x, {c}, labelled);
    for (std::size_t j = 0; j < 6; ++j) mean[j] += labelled(0, j) / 4.0;
  }
  for (std::size_t j = 0; j < 6; ++j) CHECK(neutral(0, j) == Approx(mean[j]).margin(1e-5));
  CHECK(neutral(0, 0) == Approx(1.0f + 2.0f).margin(1e-6));  // every wave is 1 at the origin
}

TEST_CASE("every channel of the image gets the same wave", "[label][pattern]") {
  LabelEmbedding e{3, 1.0f};
  e.use_patterns(2, 3, 3, 5.0f);
  const Matrix x = Matrix::from_shape({1, 18});
  Matrix zeros = x;
  zeros.fill(0.0f);
  Matrix out;
  for (std::int32_t c = 0; c < 3; ++c) {
    e.embed(zeros, {c}, out);
    for (std::size_t j = 0; j < 9; ++j) CHECK(out(0, j) == out(0, 9 + j));
  }
  e.embed(zeros, {1}, out);  // 60 degrees, wavelength 5: the wave at x = 2, y = 1
  const double phase = 2.0 * M_PI * (2.0 * std::cos(M_PI / 3) + 1.0 * std::sin(M_PI / 3)) / 5.0;
  CHECK(out(0, 1 * 3 + 2) == Approx(std::cos(phase)).margin(1e-6));
}

TEST_CASE("pattern labels refuse rows of another size and cannot be written or read alone", "[label][pattern]") {
  LabelEmbedding e{2, 1.0f};
  e.use_patterns(1, 2, 2, 4.0f);
  Matrix out;
  CHECK_THROWS_AS(e.embed(Matrix::from_shape({1, 5}), {0}, out), ShapeError);
  CHECK_THROWS_AS(e.embed_neutral(Matrix::from_shape({1, 3}), out), ShapeError);
  std::vector<float> row(4, 0.0f);
  CHECK_THROWS_AS(e.write(row.data(), 1), std::logic_error);
  CHECK_THROWS_AS(e.read(row.data()), std::logic_error);
  LabelEmbedding channels{2, 1.0f, 4};
  CHECK_THROWS_AS(channels.use_patterns(1, 2, 2, 4.0f), ShapeError);
  LabelEmbedding bad{2, 1.0f};
  CHECK_THROWS_AS(bad.use_patterns(1, 2, 2, 0.0f), ShapeError);
}
