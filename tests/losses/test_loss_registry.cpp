#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/losses/hinge.hpp"
#include "fflab/losses/registry.hpp"

using namespace fflab;

TEST_CASE("loss registry builds the built-in losses", "[registry]") {
  for (const char* name : {"softmax_cross_entropy", "mse", "hinge"}) {
    Json o = {{"type", name}};
    auto loss = loss_registry().build(o, "/trainer/loss");
    CHECK(loss->type() == name);
  }
  Json h = {{"type", "hinge"}, {"margin", 2.5}};
  auto loss = loss_registry().build(h, "/trainer/loss");
  CHECK(dynamic_cast<MulticlassHinge&>(*loss).margin() == 2.5f);
  Json defaults = {{"type", "hinge"}};
  loss_registry().validate(defaults, "/l");
  CHECK(defaults["margin"] == 1.0);
}

TEST_CASE("loss registry rejects an unknown type listing the known names", "[registry]") {
  Json o = {{"type", "cross_entropy"}};
  try {
    loss_registry().build(o, "/trainer/loss");
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/trainer/loss/type");
    const std::string what = e.what();
    CHECK_THAT(what, Catch::Contains("softmax_cross_entropy"));
    CHECK_THAT(what, Catch::Contains("mse"));
    CHECK_THAT(what, Catch::Contains("hinge"));
  }
  Json bad = {{"type", "hinge"}, {"margin", -1}};
  CHECK_THROWS_AS(loss_registry().build(bad, "/trainer/loss"), ConfigError);
}
