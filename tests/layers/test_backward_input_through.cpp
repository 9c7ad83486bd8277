// backward_input_through(w, ...): the input gradient of a dense or conv2d
// layer with a stand-in weight is the input gradient of the same layer whose
// weight is that stand-in (what feedback alignment and sign symmetry send
// down); a stand-in of another shape and a layer without such a weight are
// errors; the fans are the initialisers' fans.
#include <catch2/catch.hpp>

#include <xtensor/xmath.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/testing/gradient_check.hpp"

using namespace fflab;
using fflab::testing::random_matrix;

TEST_CASE("backward_input_through equals backward_input of the layer with the stand-in as its weight",
          "[layers][backward_input_through]") {
  struct Case {
    const char* spec;
    FeatureShape input;
    WeightFans fans;
  };
  const Case cases[] = {
      {R"({"type": "dense", "units": 7})", FeatureShape::flat(13), {13, 7}},
      {R"({"type": "conv2d", "channels": 6, "kernel": 3, "padding": 1, "groups": 2})", {4, 7, 7}, {18, 27}},
      {R"({"type": "conv2d", "channels": 4, "kernel": 2, "stride": 2, "bias": false})", {3, 9, 9}, {12, 16}},
  };
  for (const Case& c : cases) {
    INFO(c.spec);
    Json spec = Json::parse(c.spec);
    layer_registry().validate(spec, "/l");
    auto layer = layer_registry().build(spec, "/l", c.input);
    auto twin = layer_registry().build(spec, "/l", c.input);
    Rng rng(3);
    layer->initialize(rng);
    const Matrix& w = *layer->signal_weight();
    CHECK(layer->signal_weight_fans().in == c.fans.in);
    CHECK(layer->signal_weight_fans().out == c.fans.out);
    const Matrix stand_in = random_matrix(w.shape()[0], w.shape()[1], 9);
    *twin->parameters()[0].value = stand_in;
    const Matrix x = random_matrix(5, c.input.size(), 1);
    Matrix y, dx, expected;
    layer->forward(x, y, RunContext{});
    const Matrix dy = random_matrix(5, y.shape()[1], 2);
    layer->backward_input_through(stand_in, x, dy, dx);
    twin->backward_input(x, y, dy, expected);
    CHECK(xt::allclose(dx, expected, 1e-5, 1e-6));
    Matrix own;
    layer->backward_input(x, y, dy, own);
    CHECK(!xt::allclose(dx, own));  // the stand-in, not the layer's weight, carried the error
    const Matrix wrong = random_matrix(w.shape()[0] + 1, w.shape()[1], 4);
    CHECK_THROWS_AS(layer->backward_input_through(wrong, x, dy, dx), ShapeError);
  }
  Json relu = {{"type", "relu"}};
  auto act = layer_registry().build(relu, "/l", FeatureShape::flat(4));
  CHECK(act->signal_weight() == nullptr);
  Matrix dx;
  CHECK_THROWS_WITH(act->backward_input_through(Matrix({4, 4}, 1.0f), Matrix({1, 4}, 1.0f), Matrix({1, 4}, 1.0f), dx),
                    Catch::Contains("relu") && Catch::Contains("dense and conv2d"));
}
