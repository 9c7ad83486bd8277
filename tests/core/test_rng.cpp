#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "fflab/core/rng.hpp"

using fflab::Rng;

TEST_CASE("rng is reproducible and its state round-trips", "[rng]") {
  Rng a(42), b(42), c(43);
  CHECK(a.next_u64() == b.next_u64());
  CHECK(a.next_u64() != c.next_u64());
  auto saved = a.state();
  const float u = a.uniform();
  const float n = a.normal();
  a.set_state(saved);
  CHECK(a.uniform() == u);
  CHECK(a.normal() == n);
}

TEST_CASE("rng distributions have the right moments", "[rng]") {
  Rng r(7);
  const int n = 200000;
  double sum = 0, sum_sq = 0, usum = 0;
  std::size_t counts[5] = {};
  for (int i = 0; i < n; ++i) {
    const double z = r.normal();
    sum += z;
    sum_sq += z * z;
    const float u = r.uniform();
    REQUIRE(u >= 0.0f);
    REQUIRE(u < 1.0f);
    usum += u;
    counts[r.below(5)]++;
  }
  CHECK(std::abs(sum / n) < 0.01);
  CHECK(std::abs(sum_sq / n - 1.0) < 0.02);
  CHECK(std::abs(usum / n - 0.5) < 0.005);
  for (auto c : counts) CHECK(std::abs(static_cast<double>(c) / n - 0.2) < 0.005);
}

TEST_CASE("permutation is a permutation", "[rng]") {
  Rng r(1);
  auto p = r.permutation(1000);
  std::set<std::size_t> s(p.begin(), p.end());
  CHECK(s.size() == 1000);
  CHECK(*s.rbegin() == 999);
  CHECK(p != r.permutation(1000));
}
