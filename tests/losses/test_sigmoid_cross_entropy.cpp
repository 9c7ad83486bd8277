#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/losses/sigmoid_cross_entropy.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("sigmoid cross-entropy sums binary cross-entropy over classes, mean over the batch", "[bce]") {
  SigmoidCrossEntropy loss;
  // z = 0 gives s = 1/2 (each class costs log 2); z = log 3 gives s = 3/4.
  const float l3 = std::log(3.0f);
  const Matrix z = {{0.0f, l3}, {l3, 0.0f}};
  Matrix d;
  // Row 0, label 1: log 2 + (-log 3/4);  row 1, label 1: -log(1 - 3/4) + log 2 = log 4 + log 2.
  const float l = loss.evaluate(z, {1, 1}, &d);
  const double row0 = std::log(2.0) - std::log(0.75), row1 = std::log(4.0) + std::log(2.0);
  CHECK(l == Approx((row0 + row1) / 2).epsilon(1e-6));
  // (s - t) / B.
  CHECK(xt::allclose(d, Matrix{{0.25f, -0.125f}, {0.375f, -0.25f}}));
}

TEST_CASE("sigmoid cross-entropy averaged over classes divides loss and gradient by K", "[bce]") {
  SigmoidCrossEntropy sum, mean(true);
  const Matrix z = {{0.3f, -1.2f, 2.0f}};
  Matrix ds, dm;
  const float ls = sum.evaluate(z, {2}, &ds), lm = mean.evaluate(z, {2}, &dm);
  CHECK(lm == Approx(ls / 3));
  CHECK(xt::allclose(dm, ds / 3.0f));
}

TEST_CASE("sigmoid cross-entropy stays finite for large logits", "[bce]") {
  SigmoidCrossEntropy loss;
  Matrix d;
  const float l = loss.evaluate(Matrix{{200.0f, -200.0f}}, {1}, &d);
  CHECK(l == Approx(400.0f));
  CHECK(d(0, 0) == Approx(1.0f));
  CHECK(d(0, 1) == Approx(-1.0f));
}

TEST_CASE("sigmoid cross-entropy gradient matches finite differences", "[bce][gradcheck]") {
  for (bool mean : {false, true}) {
    SigmoidCrossEntropy loss(mean);
    const auto r = check_loss_gradient(loss, random_matrix(5, 4, 8), {0, 1, 2, 3, 0});
    INFO(r.report());
    CHECK(r.ok());
  }
}

TEST_CASE("loss registry builds sigmoid_cross_entropy with its option", "[bce][registry]") {
  Json o = {{"type", "sigmoid_cross_entropy"}, {"mean_over_classes", true}};
  auto loss = loss_registry().build(o, "/trainer/loss");
  CHECK(dynamic_cast<SigmoidCrossEntropy&>(*loss).mean_over_classes());
  Json bad = {{"type", "sigmoid_cross_entropy"}, {"mean_over_classes", 1}};
  CHECK_THROWS_AS(loss_registry().build(bad, "/trainer/loss"), ConfigError);
}
