#include <catch2/catch.hpp>

#include "fflab/local/peer_normalization.hpp"

using namespace fflab;

TEST_CASE("peer normalisation gradient against a hand computation", "[peer]") {
  PeerNormalization peer(0.5f, 0.9f, 3);
  // Two positive rows, one negative row (ignored).
  const Matrix y = {{1, 0, 2}, {3, 0, 2}, {100, 100, 100}};
  Matrix d = Matrix::from_shape({3, 3});
  d.fill(1.0f);
  peer.apply(y, 2, d);
  // batch means 2, 0, 2 -> running means 0.2, 0, 0.2; average 0.4/3.
  const float m[3] = {0.2f, 0.0f, 0.2f};
  CHECK(peer.running_means()(0, 0) == Approx(0.2f));
  const float avg = 0.4f / 3;
  for (std::size_t j = 0; j < 3; ++j) {
    const float push = 0.5f * (m[j] - avg) / 2;
    CHECK(d(0, j) == Approx(1.0f + push));
    CHECK(d(1, j) == Approx(1.0f + push));
    CHECK(d(2, j) == 1.0f);  // negative rows untouched
  }
  // The under-active unit 1 gets a negative dL/dpre: gradient descent raises it.
  CHECK(d(0, 1) < 1.0f);
  // Second step: m = 0.9 m + 0.1 * batch mean.
  peer.apply(y, 2, d);
  CHECK(peer.running_means()(0, 0) == Approx(0.9f * 0.2f + 0.1f * 2));
  PeerNormalization off(0.0f, 0.9f, 3);
  Matrix d2 = Matrix::from_shape({3, 3});
  d2.fill(1.0f);
  off.apply(y, 2, d2);
  CHECK(!off.enabled());
  CHECK(d2(0, 0) == 1.0f);
}
