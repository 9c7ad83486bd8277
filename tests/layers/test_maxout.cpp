#include <catch2/catch.hpp>

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/layers/maxout.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("maxout keeps the largest of each group of channels at every location", "[maxout]") {
  for (const FeatureShape& s : {FeatureShape{6, 2, 3}, FeatureShape::flat(9)}) {
    const std::size_t pieces = 3, L = s.height * s.width;
    Maxout layer(s, pieces);
    REQUIRE(layer.output_shape() == FeatureShape{s.channels / pieces, s.height, s.width});
    const Matrix x = random_matrix(3, s.size(), 8);
    Matrix y;
    layer.forward(x, y, {});
    for (std::size_t b = 0; b < 3; ++b)
      for (std::size_t o = 0; o < s.channels / pieces; ++o)
        for (std::size_t l = 0; l < L; ++l) {
          float best = x(b, o * pieces * L + l);
          for (std::size_t j = 1; j < pieces; ++j) best = std::max(best, x(b, (o * pieces + j) * L + l));
          CHECK(y(b, o * L + l) == best);
        }
    const GradCheckResult r = check_layer_gradients(layer, x);
    INFO(r.report());
    CHECK(r.ok());
  }
}

TEST_CASE("maxout refuses channels that are not a multiple of pieces", "[maxout][registry]") {
  Json bad = {{"type", "maxout"}, {"pieces", 4}};
  try {
    build_layer(bad, "/network/layers/1", {6, 2, 2});
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/1/pieces");
    CHECK(e.message() == "pieces 4 must divide the 6 channels of the 6x2x2 input: use a divisor");
  }
}
