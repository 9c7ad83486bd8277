#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/losses/softmax_cross_entropy.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("softmax cross-entropy of a known logit vector", "[softmax_cross_entropy]") {
  SoftmaxCrossEntropy loss;
  // logits (1, 2, 3), label 2: loss = log(e + e^2 + e^3) - 3.
  const Matrix o = {{1, 2, 3}, {0, 0, 0}};
  const Labels y = {2, 0};
  Matrix d;
  const float l = loss.evaluate(o, y, &d);
  const double l0 = std::log(std::exp(1.0) + std::exp(2.0) + std::exp(3.0)) - 3.0;  // 0.4076
  const double l1 = std::log(3.0);
  CHECK(l == Approx((l0 + l1) / 2).epsilon(1e-6));
  const double z = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
  const Matrix expected = {{float(std::exp(1.0) / z / 2), float(std::exp(2.0) / z / 2),
                            float((std::exp(3.0) / z - 1) / 2)},
                           {float((1.0 / 3 - 1) / 2), float(1.0 / 6), float(1.0 / 6)}};
  CHECK(xt::allclose(d, expected, 1e-6, 1e-7));
}

TEST_CASE("softmax cross-entropy is stable for huge logits", "[softmax_cross_entropy]") {
  SoftmaxCrossEntropy loss;
  Matrix d;
  const float l = loss.evaluate(Matrix{{1000.0f, 0.0f, -1000.0f}}, {1}, &d);
  CHECK(l == Approx(1000.0f));
  CHECK(xt::all(xt::isfinite(d)));
  CHECK(d(0, 0) == Approx(1.0f));
  CHECK(d(0, 1) == Approx(-1.0f));
}

TEST_CASE("softmax cross-entropy gradient matches finite differences", "[softmax_cross_entropy][gradcheck]") {
  SoftmaxCrossEntropy loss;
  const Matrix o = random_matrix(6, 10, 3, 2.0f);
  const Labels y = {0, 9, 3, 3, 7, 1};
  const auto r = check_loss_gradient(loss, o, y, {.eps = 1e-2, .tolerance = 5e-3});
  INFO(r.report());
  CHECK(r.ok());
}

TEST_CASE("losses check labels against the output", "[softmax_cross_entropy]") {
  SoftmaxCrossEntropy loss;
  CHECK_THROWS_AS(loss.evaluate(Matrix::from_shape({2, 3}), {0}, nullptr), ShapeError);
  CHECK_THROWS_WITH(loss.evaluate(Matrix::from_shape({2, 3}), {0, 3}, nullptr),
                    Catch::Contains("label 3 of row 1"));
  CHECK_THROWS_AS(loss.evaluate(Matrix::from_shape({1, 3}), {-1}, nullptr), ShapeError);
}
