// Goodness functions and FF objectives: hand-computed values for tiny cases
// and gradients against central differences.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/local/softplus_objective.hpp"
#include "fflab/local/squares_goodness.hpp"
#include "fflab/local/symba_objective.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using fflab::test::gradient_error;
using fflab::test::random_matrix;

namespace {

double softplus(double x) { return std::log1p(std::exp(x)); }


std::unique_ptr<Goodness> goodness(const std::string& name) {
  Json spec = {{"type", name}};
  return goodness_registry().build(spec, "/g");
}

}  // namespace

TEST_CASE("goodness values by hand", "[goodness]") {
  const Matrix y = {{1, 2, 0}, {0.5f, 0, 3}};
  Vector g;
  goodness("sum_squares")->value(y, g);
  CHECK(g(0) == Approx(5.0));
  CHECK(g(1) == Approx(9.25));
  goodness("neg_sum_squares")->value(y, g);
  CHECK(g(0) == Approx(-5.0));
  goodness("mean_squares")->value(y, g);
  CHECK(g(1) == Approx(9.25 / 3));
  CHECK(goodness("neg_sum_squares")->oriented_threshold(7.0f) == -7.0f);
  CHECK(goodness("sum_squares")->oriented_threshold(7.0f) == 7.0f);
  Json bad = {{"type", "sum_square"}};
  CHECK_THROWS_WITH(goodness_registry().build(bad, "/trainer/goodness"),
                    Catch::Contains("did you mean 'sum_squares'"));
}

TEST_CASE("goodness gradients match finite differences", "[goodness]") {
  for (const char* name : {"sum_squares", "neg_sum_squares", "mean_squares"}) {
    auto g = goodness(name);
    const Matrix y = random_matrix(4, 6, 3);
    const Matrix r = random_matrix(4, 1, 4);
    Vector dg = xt::flatten(r);
    Matrix dy;
    g->gradient(y, dg, dy);
    const double err = gradient_error(y, dy, [&](const Matrix& v) {
      Vector out;
      g->value(v, out);
      double s = 0;
      for (std::size_t i = 0; i < out.size(); ++i) s += static_cast<double>(out(i)) * dg(i);
      return s;
    });
    INFO(name << " relative error " << err);
    CHECK(err < 2e-3);
  }
}

TEST_CASE("softplus objective: hand-computed tiny case and finite differences", "[objective]") {
  auto g = goodness("sum_squares");
  SoftplusObjective rule;
  // One positive row (G = 1) and two negative rows (G = 4, 0), theta = 2.
  const Matrix y = {{1, 0}, {2, 0}, {0, 0}};
  Matrix dy;
  const auto r = rule.evaluate({y, 1, g.get(), 2.0f}, &dy);
  const double expected = softplus(2 - 1) + 0.5 * (softplus(4 - 2) + softplus(0 - 2));
  CHECK(r.loss == Approx(expected));
  CHECK(r.positive_goodness == Approx(1.0));
  CHECK(r.negative_goodness == Approx(2.0));
  CHECK(r.cases == 3);
  CHECK(r.mistakes == 2);  // the positive (1 <= 2) and the first negative (4 > 2)
  // dL/dy = dL/dG * 2y: positive row: -sigmoid(1) * 2 * 1.
  CHECK(dy(0, 0) == Approx(-2.0 / (1.0 + std::exp(-1.0))));
  CHECK(dy(1, 0) == Approx(0.5 * 2 * 2 / (1.0 + std::exp(-2.0))));

  for (const char* name : {"sum_squares", "neg_sum_squares", "mean_squares"}) {
    auto good = goodness(name);
    const Matrix v = random_matrix(6, 5, 7);
    const float theta = good->oriented_threshold(3.0f);
    Matrix grad;
    rule.evaluate({v, 2, good.get(), theta}, &grad);
    const double err = gradient_error(v, grad, [&](const Matrix& m) { return rule.evaluate({m, 2, good.get(), theta}, nullptr).loss; });
    INFO(name << " relative error " << err);
    CHECK(err < 2e-3);
  }
}

TEST_CASE("min ssq: positives want a low sum of squares", "[objective]") {
  auto g = goodness("neg_sum_squares");
  SoftplusObjective rule;
  const float theta = g->oriented_threshold(4.0f);
  // A positive with a small sum of squares and a negative with a large one: low loss.
  const Matrix good = {{0.1f, 0}, {3, 0}};
  const Matrix bad = {{3, 0}, {0.1f, 0}};
  CHECK(rule.evaluate({good, 1, g.get(), theta}, nullptr).loss < 0.1);
  CHECK(rule.evaluate({bad, 1, g.get(), theta}, nullptr).loss > 5.0);
  CHECK(rule.evaluate({good, 1, g.get(), theta}, nullptr).mistakes == 0);
}

TEST_CASE("symba objective: hand value, pairing, finite differences", "[objective]") {
  auto g = goodness("mean_squares");
  SymbaObjective rule(2.0);
  const Matrix y = {{2, 0}, {0, 0}, {1, 1}, {0, 2}};  // G = 2, 0 | 1, 2
  const auto r = rule.evaluate({y, 2, g.get(), 0.0f}, nullptr);
  CHECK(r.loss == Approx(0.5 * (softplus(-2.0 * (2 - 1)) + softplus(-2.0 * (0 - 2)))));
  CHECK(r.mistakes == 1);
  CHECK(r.cases == 2);
  CHECK_THROWS_AS(rule.evaluate({y, 1, g.get(), 0.0f}, nullptr), ShapeError);
  const Matrix v = random_matrix(6, 4, 9);
  Matrix grad;
  rule.evaluate({v, 3, g.get(), 0.0f}, &grad);
  const double err = gradient_error(v, grad, [&](const Matrix& m) { return rule.evaluate({m, 3, g.get(), 0.0f}, nullptr).loss; });
  CHECK(err < 2e-3);
  Json spec = {{"type", "symba"}};
  auto built = local_rule_registry().build(spec, "/trainer/objective");
  CHECK(built->options()["alpha"] == 4.0);
}
