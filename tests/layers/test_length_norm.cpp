#include <catch2/catch.hpp>

#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/layers/length_norm.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("l2 and rms norm values", "[length_norm]") {
  const Matrix x = {{3, 4, 0, 0}, {1, 1, 1, 1}, {0, 0, 0, 0}};
  Matrix y;
  LengthNorm l2(LengthNormKind::l2, FeatureShape::flat(4));  // eps 1e-8: all-zero row stays 0
  l2.forward(x, y, {});
  CHECK(xt::allclose(y, Matrix{{0.6f, 0.8f, 0, 0}, {0.5f, 0.5f, 0.5f, 0.5f}, {0, 0, 0, 0}}));
  // RMS of (3, 4, 0, 0) is sqrt(25 / 4) = 2.5; of (1, 1, 1, 1) is 1.
  LengthNorm rms(LengthNormKind::rms, FeatureShape::flat(4));
  rms.forward(x, y, {});
  CHECK(xt::allclose(y, Matrix{{1.2f, 1.6f, 0, 0}, {1, 1, 1, 1}, {0, 0, 0, 0}}));
  CHECK(xt::all(xt::isfinite(y)));
  // eps enters the denominator.
  LengthNorm l2e(LengthNormKind::l2, FeatureShape::flat(4), 5.0f);
  l2e.forward(x, y, {});
  CHECK(y(0, 0) == Approx(0.3f));
}

TEST_CASE("l2 and rms norm gradients match finite differences", "[length_norm][gradcheck]") {
  for (auto kind : {LengthNormKind::l2, LengthNormKind::rms}) {
    LengthNorm layer(kind, FeatureShape::flat(7), 1e-3f);
    const auto r = check_layer_gradients(layer, random_matrix(5, 7, 31), {.eps = 1e-3});
    INFO(layer.type() << ": " << r.report());
    CHECK(r.ok());
  }
}

TEST_CASE("length norms come from the registry", "[length_norm][registry]") {
  for (const char* name : {"l2_norm", "rms_norm"}) {
    Json o = {{"type", name}};
    auto layer = layer_registry().build(o, "/l", FeatureShape{2, 3, 3});
    CHECK(layer->type() == name);
    CHECK(o["eps"] == 1e-8);
    CHECK(layer->parameters().empty());
  }
}
