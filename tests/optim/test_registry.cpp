#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/optim/registry.hpp"

using namespace fflab;

TEST_CASE("unknown optimizer names list the known ones", "[optim][registry]") {
  Matrix v({1, 1}), g({1, 1});
  Parameter p{"weight", &v, &g, true};
  Json options = {{"type", "sgdd"}};
  try {
    optimizer_registry().build(options, "/optimizer", p);
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/optimizer/type");
    CHECK_THAT(e.what(), Catch::Contains("unknown optimizer 'sgdd'") &&
                             Catch::Contains("did you mean 'sgd'") &&
                             Catch::Contains("known: adagrad, adam, rmsprop, sgd"));
  }
}

TEST_CASE("unknown schedule names list the known ones", "[optim][registry]") {
  Json options = {{"type", "cosin"}};
  CHECK_THROWS_WITH(schedule_registry().build(options, "/schedule"),
                    Catch::Contains("known: constant, cosine, linear_decay_second_half, multistep, step"));
}

TEST_CASE("optimizer sections get lr and weight_decay with defaults and bounds",
          "[optim][registry]") {
  for (const auto& [name, entry] : optimizer_registry().entries()) {
    INFO(name);
    for (const auto& key : entry.schema.keys()) {
      INFO(key.name);
      CHECK_FALSE(key.help.empty());
    }
    REQUIRE(entry.schema.find("lr"));
    REQUIRE(entry.schema.find("weight_decay"));
    CHECK(entry.schema.find("lr")->min_exclusive);
    Json options = {{"type", name}};
    optimizer_registry().validate(options, "/optimizer");
    CHECK(options["lr"].get<double>() > 0);
    CHECK(options["weight_decay"].get<double>() == 0.0);
  }
  Json bad = {{"type", "sgd"}, {"lr", 0}};
  CHECK_THROWS_WITH(optimizer_registry().validate(bad, "/optimizer"),
                    "/optimizer/lr: value 0 is out of range: must be > 0");
  Json sgd = {{"type", "sgd"}};
  optimizer_registry().validate(sgd, "/optimizer");
  CHECK(sgd["momentum"].get<double>() == 0.0);
  CHECK(sgd["dampening"].get<double>() == 0.0);
  CHECK(sgd["nesterov"] == false);
  CHECK_THAT(optimizer_registry().entries().at("sgd").schema.find("dampening")->help,
             Catch::Contains("momentum 0.9, dampening 0.9"));
}

TEST_CASE("schedule keys all have help", "[optim][registry]") {
  for (const auto& [name, entry] : schedule_registry().entries())
    for (const auto& key : entry.schema.keys()) CHECK_FALSE(key.help.empty());
}
