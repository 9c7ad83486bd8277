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
