#include <catch2/catch.hpp>

#include <xtensor/xmath.hpp>

#include "fflab/losses/mse.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("mse is half the squared distance to one-hot, mean over the batch", "[mse]") {
  MeanSquaredError loss;
  const Matrix o = {{0.5f, 1.0f, 0.0f}, {2.0f, 0.0f, 0.0f}};
  Matrix d;
  // Row 0 (label 1): 0.5 * (0.25 + 0 + 0) = 0.125; row 1 (label 0): 0.5 * 1 = 0.5.
  const float l = loss.evaluate(o, {1, 0}, &d);
  CHECK(l == Approx((0.125 + 0.5) / 2));
  CHECK(xt::allclose(d, Matrix{{0.25f, 0, 0}, {0.5f, 0, 0}}));
}

TEST_CASE("mse gradient matches finite differences", "[mse][gradcheck]") {
  MeanSquaredError loss;
  const auto r = check_loss_gradient(loss, random_matrix(5, 4, 8), {0, 1, 2, 3, 0});
  INFO(r.report());
  CHECK(r.ok());
}
