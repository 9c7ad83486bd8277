#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/losses/hinge.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("hinge with a known margin", "[hinge]") {
  MulticlassHinge loss(1.0f);
  // Row 0, label 0: scores (3, 2.5, 1): terms max(0, 1 + 2.5 - 3) = 0.5, max(0, 1 + 1 - 3) = 0.
  // Row 1, label 2: scores (0, 1, 0.5): terms 1 + 0 - 0.5 = 0.5, 1 + 1 - 0.5 = 1.5.
  const Matrix o = {{3, 2.5f, 1}, {0, 1, 0.5f}};
  Matrix d;
  const float l = loss.evaluate(o, {0, 2}, &d);
  CHECK(l == Approx((0.5 + 2.0) / 2));
  CHECK(xt::allclose(d, Matrix{{-0.5f, 0.5f, 0}, {0.5f, 0.5f, -1.0f}}));
  MulticlassHinge wide(3.0f);
  // Row 0 with margin 3: 3 + 2.5 - 3 = 2.5 and 3 + 1 - 3 = 1.
  CHECK(wide.evaluate(Matrix{{3, 2.5f, 1}}, {0}, nullptr) == Approx(3.5));
  // A satisfied margin costs nothing.
  CHECK(loss.evaluate(Matrix{{5, 1, 0}}, {0}, &d) == 0.0f);
  CHECK(xt::all(xt::equal(d, 0.0f)));
}

TEST_CASE("hinge gradient matches finite differences away from the kinks", "[hinge][gradcheck]") {
  MulticlassHinge loss(1.0f);
  Matrix o = random_matrix(6, 5, 4, 1.5f);
  const Labels y = {0, 1, 2, 3, 4, 2};
  // Move scores so every term margin + s_j - s_y is at least 0.1 from 0.
  for (std::size_t b = 0; b < 6; ++b)
    for (std::size_t j = 0; j < 5; ++j) {
      if (int(j) == y[b]) continue;
      float t = 1.0f + o(b, j) - o(b, std::size_t(y[b]));
      if (std::abs(t) < 0.1f) o(b, j) += 0.3f;
    }
  const auto r = check_loss_gradient(loss, o, y, {.eps = 1e-2});
  INFO(r.report());
  CHECK(r.ok());
}
