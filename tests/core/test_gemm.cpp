#include <catch2/catch.hpp>

#include <limits>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"

using namespace fflab;

TEST_CASE("gemm computes all four transpose combinations", "[gemm]") {
  Matrix a = {{1, 2, 3}, {4, 5, 6}};        // 2x3
  Matrix at = {{1, 4}, {2, 5}, {3, 6}};     // 3x2
  Matrix b = {{1, 0}, {0, 1}, {2, 3}};      // 3x2
  Matrix bt = {{1, 0, 2}, {0, 1, 3}};       // 2x3
  Matrix expected = {{7, 11}, {16, 23}};
  Matrix c({2, 2});
  gemm(a, b, c);
  CHECK((c == expected));
  gemm(at, b, c, true, false);
  CHECK((c == expected));
  gemm(a, bt, c, false, true);
  CHECK((c == expected));
  gemm(at, bt, c, true, true);
  CHECK((c == expected));
  gemm(a, b, c, false, false, 2.0f, 1.0f);  // c = 2ab + c = 3 * expected
  CHECK((c == Matrix(3.0f * expected)));
}

TEST_CASE("gemm rejects mismatched shapes", "[gemm]") {
  Matrix a({2, 3}), b({2, 2}), c({2, 2});
  CHECK_THROWS_AS(gemm(a, b, c), ShapeError);
  Matrix b2({3, 2}), c2({3, 2});
  CHECK_THROWS_WITH(gemm(a, b2, c2), Catch::Contains("does not fit C[3 x 2]"));
}

TEST_CASE("gemm with an empty inner dimension gives beta * C, and zeros for beta 0 whatever C held",
          "[gemm]") {
  const Matrix a({2, 0}), b({0, 3}), at({0, 2}), bt({3, 0});
  Matrix c = {{1, 2, 3}, {4, 5, 6}};
  gemm(a, b, c, false, false, 2.0f, 0.5f);
  CHECK((c == Matrix{{0.5f, 1, 1.5f}, {2, 2.5f, 3}}));
  gemm(at, bt, c, true, true, 1.0f, 2.0f);
  CHECK((c == Matrix{{1, 2, 3}, {4, 5, 6}}));
  // beta = 0 overwrites C, as BLAS does: an uninitialised NaN must not survive.
  c.fill(std::numeric_limits<float>::quiet_NaN());
  gemm(a, b, c);
  CHECK((c == Matrix({2, 3}, 0.0f)));
}
