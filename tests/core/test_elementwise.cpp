// Element-wise passes: hand-computed values on matrices large enough to run on
// two threads, the same bits on one thread, in-place aliasing, shape errors.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"
#include "support/fixtures.hpp"

using namespace fflab;
using fflab::test::ThreadCount;

namespace {
/// [rows, cols] with entry i = (i % 13) - 6 (exact in float).
Matrix ramp(std::size_t rows, std::size_t cols, float shift = 0.0f) {
  Matrix m = Matrix::from_shape({rows, cols});
  for (std::size_t i = 0; i < m.size(); ++i) m.data()[i] = static_cast<float>(i % 13) - 6.0f + shift;
  return m;
}
}  // namespace

TEST_CASE("element-wise passes compute their formulas on every element, on any thread count", "[core]") {
  const std::size_t rows = 101, cols = 1001;  // 101,101 floats: split over the threads off the vector width
  Matrix a = ramp(rows, cols), b = ramp(rows, cols, 0.5f);
  for (std::size_t i = 0; i < a.size(); i += 3) a.data()[i] *= 0.1f;  // values that round
  for (std::size_t i = 0; i < b.size(); i += 5) b.data()[i] /= 3.0f;
  Matrix reference[6];
  for (int threads : {3, 2, 1}) {
    ThreadCount t(threads);
    Matrix y = a;
    scale_in_place(y, 0.5f);
    Matrix added = a;
    add_in_place(added, b);
    Matrix axpy = a;
    add_scaled(axpy, -2.0f, b);
    Matrix sum;
    sum_of(a, b, sum);
    Matrix scaled;
    scaled_copy(b, 0.25f, scaled);
    Matrix blended = a;
    blend(blended, 0.3f, 0.7f, b);
    Matrix into_b = b;
    sum_of(a, into_b, into_b);  // out aliases the second input
    CHECK(bool(into_b == sum));
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      const float x = a.data()[i], z = b.data()[i];
      wrong += y.data()[i] != 0.5f * x;
      wrong += added.data()[i] != x + z;
      wrong += std::abs(axpy.data()[i] - (x - 2.0f * z)) > 1e-5f;  // may be fused
      wrong += sum.data()[i] != x + z;
      wrong += scaled.data()[i] != 0.25f * z;
      wrong += std::abs(blended.data()[i] - (0.3f * x + 0.7f * z)) > 1e-5f;
    }
    CHECK(wrong == 0);
    const Matrix* out[6] = {&y, &added, &axpy, &sum, &scaled, &blended};
    for (int k = 0; k < 6; ++k) {
      if (threads == 3)
        reference[k] = *out[k];
      else
        CHECK(bool(*out[k] == reference[k]));  // the same bits on any thread count
    }
  }
}

TEST_CASE("element-wise passes work in place and refuse mismatched shapes", "[core]") {
  Matrix a = ramp(3, 4), b = ramp(3, 4, 1.0f);
  const Matrix a0 = a;
  sum_of(a, b, a);  // out aliases an input
  CHECK(a(2, 3) == a0(2, 3) + b(2, 3));
  scaled_copy(b, 2.0f, b);
  CHECK(b(0, 1) == 2.0f * (ramp(3, 4, 1.0f)(0, 1)));
  Matrix c = ramp(4, 3);
  CHECK_THROWS_AS(add_in_place(a, c), ShapeError);
  CHECK_THROWS_WITH(sum_of(a, c, b), Catch::Contains("sum_of") && Catch::Contains("must have one shape"));
  CHECK_THROWS_AS(blend(a, 0.5f, 0.5f, c), ShapeError);
  CHECK_THROWS_AS(add_scaled(a, 1.0f, c), ShapeError);
}
