// sign_symmetry's batchwise random magnitudes: the feedback matrix against
// one computed by hand from the same generator, redrawn every batch.
#include <catch2/catch.hpp>

#include "fflab/core/counter_uniform.hpp"
#include "support/fixtures.hpp"

#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/core/gemm.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/local/sign_symmetry_rule.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;

TEST_CASE("counter_uniform: values from 0 up to 1 with a uniform's moments, a function of the stream and index alone", "[sign][rng]") {
  double sum = 0.0, squares = 0.0;
  float low = 1.0f, high = 0.0f;
  const std::size_t n = 200000;
  for (std::size_t i = 0; i < n; ++i) {
    const float u = counter_uniform(12345, i);
    sum += u;
    squares += double(u) * u;
    low = std::min(low, u);
    high = std::max(high, u);
  }
  CHECK(low >= 0.0f);
  CHECK(high < 1.0f);
  CHECK(sum / n == Approx(0.5).margin(0.005));
  CHECK(squares / n - (sum / n) * (sum / n) == Approx(1.0 / 12.0).margin(0.002));
  CHECK(counter_uniform(12345, 7) == counter_uniform(12345, 7));
  CHECK(counter_uniform(12345, 7) != counter_uniform(12346, 7));
  CHECK(counter_uniform(12345, 7) != counter_uniform(12345, 8));
  // Neighbouring indices are not correlated.
  double products = 0.0;
  for (std::size_t i = 0; i + 1 < n; ++i) products += (counter_uniform(9, i) - 0.5) * (counter_uniform(9, i + 1) - 0.5);
  CHECK(products / n == Approx(0.0).margin(0.002));
}

TEST_CASE("sign_symmetry's magnitudes do not depend on the number of threads", "[sign][threads]") {
  Json spec = {{"type", "sign_symmetry"}};
  const Matrix w = fflab::test::random_matrix(300, 200, 5);  // 60,000 entries: several threads' work
  const Matrix output = fflab::test::random_matrix(2, 300, 6);
  const Matrix upstream = fflab::test::random_matrix(2, 200, 7);
  Matrix b[2];
  for (std::size_t threads : {1, 2}) {
    fflab::test::ThreadCount scope(static_cast<int>(threads));
    auto rule = local_rule_registry().build(spec, "/trainer/rule");
    Rng rng(3);
    LocalRuleInput in{output, 2};
    in.upstream = &upstream;
    in.above_weight = &w;
    in.rng = &rng;
    Matrix g;
    rule->evaluate(in, &g);
    b[threads - 1] = dynamic_cast<SignSymmetryRule&>(*rule).feedback();
  }
  CHECK((b[0] == b[1]));
}

TEST_CASE("sign_symmetry: B = sign(W) times U(0, glorot bound) drawn every batch", "[sign]") {
  Json spec = {{"type", "sign_symmetry"}};
  auto rule = local_rule_registry().build(spec, "/trainer/rule");
  CHECK(rule->options()["magnitudes"] == "batchwise_random");
  const Matrix w = {{0.5f, -1.0f, 0.0f}, {-0.2f, 0.3f, 2.0f}};  // [units 2, above 3]
  const Matrix output = fflab::test::random_matrix(4, 2, 3);  // only its shape matters
  const Matrix upstream = fflab::test::random_matrix(4, 3, 4);
  Rng rng(7);
  LocalRuleInput in{output, 4};
  in.upstream = &upstream;
  in.above_weight = &w;
  in.rng = &rng;
  Matrix g;
  rule->evaluate(in, &g);

  Rng same(7);
  const std::uint64_t stream = same.next_u64();  // one draw names the batch's magnitudes
  const float bound = std::sqrt(6.0f / 5.0f);
  const Matrix sign_w = {{1.0f, -1.0f, 0.0f}, {-1.0f, 1.0f, 1.0f}};  // sign(W), [2, 3]
  Matrix expected_b({2, 3});
  for (std::size_t u = 0; u < 2; ++u)
    for (std::size_t a = 0; a < 3; ++a) expected_b(u, a) = sign_w(u, a) * bound * counter_uniform(stream, u * 3 + a);
  CHECK(rng.state() == same.state());  // exactly one draw from the run's generator
  const Matrix& b = dynamic_cast<SignSymmetryRule&>(*rule).feedback();
  CHECK(xt::allclose(b, expected_b));
  Matrix expected_g({4, 2});
  gemm(upstream, expected_b, expected_g, false, true);
  CHECK(xt::allclose(g, expected_g));

  rule->evaluate(in, &g);  // the next batch: new magnitudes, same signs
  const Matrix b2 = dynamic_cast<SignSymmetryRule&>(*rule).feedback();
  CHECK(!xt::allclose(b2, expected_b));
  CHECK(xt::all(xt::equal(xt::sign(b2), sign_w)));
  CHECK(xt::amax(xt::abs(b2))() <= bound);

  in.above_fans = {40, 60};  // a conv2d weight's fans, not its shape, set the bound
  rule->evaluate(in, &g);
  CHECK(xt::amax(xt::abs(dynamic_cast<SignSymmetryRule&>(*rule).feedback()))() <= std::sqrt(6.0f / 100.0f));
}

TEST_CASE("sign_symmetry with uniform magnitudes is sign(W) and draws nothing", "[sign]") {
  Json spec = {{"type", "sign_symmetry"}, {"magnitudes", "uniform"}};
  auto rule = local_rule_registry().build(spec, "/trainer/rule");
  const Matrix w = {{0.5f, -1.0f}, {-0.2f, 0.0f}};
  const Matrix output({1, 2}, 0.0f), upstream = {{1.0f, 2.0f}};
  LocalRuleInput in{output, 1};
  in.upstream = &upstream;
  in.above_weight = &w;
  Matrix g;
  rule->evaluate(in, &g);  // [1, 2] x [[1, -1], [-1, 0]]
  CHECK(xt::allclose(g, Matrix{{-1.0f, -1.0f}}));
  Json bad = {{"type", "sign_symmetry"}, {"magnitudes", "fixed"}};
  CHECK_THROWS_WITH(local_rule_registry().build(bad, "/trainer/rule"), Catch::Contains("/trainer/rule/magnitudes"));
}

TEST_CASE("sign_symmetry with glorot_scaled magnitudes is sign(W) times the Glorot standard deviation", "[sign]") {
  Json spec = {{"type", "sign_symmetry"}, {"magnitudes", "glorot_scaled"}};
  auto rule = local_rule_registry().build(spec, "/trainer/rule");
  const Matrix w = {{0.5f, -1.0f}, {-0.2f, 0.0f}};
  const Matrix output({1, 2}, 0.0f), upstream = {{1.0f, 2.0f}};
  LocalRuleInput in{output, 1};
  in.upstream = &upstream;
  in.above_weight = &w;
  in.above_fans = {3, 5};  // a layer's fans, not the matrix's shape: s = sqrt(2 / 8) = 0.5
  Matrix g;
  rule->evaluate(in, &g);  // [1, 2] x (0.5 [[1, -1], [-1, 0]])^T = 0.5 [-1, -1]
  CHECK(xt::allclose(dynamic_cast<SignSymmetryRule&>(*rule).feedback(), Matrix{{0.5f, -0.5f}, {-0.5f, 0.0f}}));
  CHECK(xt::allclose(g, Matrix{{-0.5f, -0.5f}}));
}
