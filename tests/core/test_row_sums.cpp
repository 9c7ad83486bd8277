// Row sums: exact where double arithmetic is exact, within double rounding of
// a long-double reference elsewhere, at every length around the 8 lanes.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

#include "fflab/core/row_sums.hpp"

using namespace fflab;

TEST_CASE("sum, sum_of_squares and dot are exact on small integers at every length around the lanes", "[core]") {
  for (std::size_t n = 0; n <= 27; ++n) {
    std::vector<float> a(n), b(n);
    double squares = 0.0, products = 0.0, total = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
      a[j] = static_cast<float>(static_cast<int>(j % 7) - 3);  // -3 .. 3
      b[j] = static_cast<float>(j + 1);
      squares += a[j] * a[j];
      products += a[j] * b[j];
      total += b[j];
    }
    INFO("n = " << n);
    CHECK(sum(b.data(), n) == total);
    CHECK(sum_of_squares(a.data(), n) == squares);
    CHECK(dot(a.data(), b.data(), n) == products);
  }
  const float x[3] = {3.0f, 4.0f, 12.0f};
  CHECK(sum_of_squares(x, 2) == 25.0);  // the tail alone
  CHECK(dot(x, x + 1, 2) == 3.0 * 4.0 + 4.0 * 12.0);
}

TEST_CASE("sum_of_squares and dot agree with a long-double sum to double precision", "[core]") {
  std::mt19937 gen(7);
  std::normal_distribution<float> normal(0.0f, 3.0f);
  for (std::size_t n : {1u, 8u, 9u, 784u, 3072u, 3075u}) {
    std::vector<float> a(n), b(n);
    for (auto& v : a) v = normal(gen);
    for (auto& v : b) v = normal(gen);
    long double squares = 0.0L, products = 0.0L, magnitude = 0.0L;
    for (std::size_t j = 0; j < n; ++j) {
      squares += static_cast<long double>(a[j]) * a[j];
      products += static_cast<long double>(a[j]) * b[j];
      magnitude += std::fabs(static_cast<long double>(a[j]) * b[j]);
    }
    INFO("n = " << n);
    CHECK(std::fabs(sum_of_squares(a.data(), n) - static_cast<double>(squares)) <= 1e-14 * static_cast<double>(squares));
    CHECK(std::fabs(dot(a.data(), b.data(), n) - static_cast<double>(products)) <= 1e-14 * static_cast<double>(magnitude));
  }
}
