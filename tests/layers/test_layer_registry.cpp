#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/registry.hpp"

using namespace fflab;

TEST_CASE("layer registry rejects an unknown type listing the known names", "[registry]") {
  Json o = {{"type", "densee"}, {"units", 3}};
  try {
    layer_registry().build(o, "/network/layers/2", FeatureShape::flat(4));
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/2/type");
    const std::string what = e.what();
    CHECK_THAT(what, Catch::Contains("did you mean 'dense'"));
    CHECK_THAT(what, Catch::Contains("relu"));
    CHECK_THAT(what, Catch::Contains("tanh"));
  }
}

TEST_CASE("every registered layer documents every key", "[registry]") {
  for (const auto& [name, entry] : layer_registry().entries()) {
    INFO(name);
    CHECK_FALSE(entry.help.empty());
    for (const auto& key : entry.schema.keys()) {
      INFO(key.name);
      CHECK_FALSE(key.help.empty());
    }
  }
}

TEST_CASE("every registered layer records its resolved options", "[registry]") {
  const Json required = {{"units", 3}, {"units_per_location", 2}, {"kernel", 3}, {"channels", 3}, {"pieces", 2}};
  for (const auto& [name, entry] : layer_registry().entries()) {
    INFO(name);
    Json o = {{"type", name}};
    for (const auto& key : entry.schema.keys())
      if (key.required) o[key.name] = required.at(key.name);
    auto layer = layer_registry().build(o, "/l", FeatureShape{2, 4, 4});
    CHECK(layer->type() == name);
    const Json recorded = layer->options();
    for (const auto& [key, value] : o.items()) {
      INFO(key);
      REQUIRE(recorded.contains(key));
      CHECK(recorded.at(key) == value);
    }
    CHECK(recorded.size() == o.size());
    // Forward on a batch of 2 gives the declared output size.
    Rng rng(1);
    layer->initialize(rng);
    Matrix x = Matrix::from_shape({2, 32});
    x.fill(0.5f);
    Matrix y;
    layer->forward(x, y, {false, &rng});
    CHECK(y.shape()[1] == layer->output_shape().size());
  }
}

TEST_CASE("build_layer reports a layer's own errors under the layer's pointer", "[registry]") {
  // Schema errors already carry the full pointer; they are not prefixed again.
  Json missing = {{"type", "dense"}};
  try {
    build_layer(missing, "/network/layers/1", FeatureShape::flat(4));
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/1/units");
  }
  // The factory's errors: a ShapeError at the layer, a ConfigError below it.
  Json flat = {{"type", "locally_connected"}, {"units_per_location", 2}, {"kernel", 3}};
  try {
    build_layer(flat, "/network/layers/1", FeatureShape::flat(4));
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/1");
  }
  Json big = {{"type", "locally_connected"}, {"units_per_location", 2}, {"kernel", 5}};
  try {
    build_layer(big, "/network/layers/1", FeatureShape{1, 3, 3});
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/1/kernel");
    CHECK(e.message() == "kernel 5 is larger than the 3 x 3 map: use an odd size of at most 3");
  }
}
