#include <catch2/catch.hpp>

#include "fflab/optim/registry.hpp"

using namespace fflab;

namespace {
std::unique_ptr<Schedule> make(Json options) {
  return schedule_registry().build(options, "/schedule");
}
}  // namespace

TEST_CASE("constant schedule", "[optim][schedule]") {
  auto s = make({{"type", "constant"}});
  CHECK(s->factor(0, 10) == 1.0f);
  CHECK(s->factor(9, 10) == 1.0f);
}

TEST_CASE("step schedule multiplies by gamma every `every` epochs", "[optim][schedule]") {
  auto s = make({{"type", "step"}, {"every", 3}, {"gamma", 0.5}});
  CHECK(s->factor(0, 10) == Approx(1.0f));
  CHECK(s->factor(2, 10) == Approx(1.0f));
  CHECK(s->factor(3, 10) == Approx(0.5f));
  CHECK(s->factor(6, 10) == Approx(0.25f));
  CHECK(s->factor(8, 10) == Approx(0.25f));
  Json defaults = {{"type", "step"}};
  schedule_registry().validate(defaults, "/schedule");
  CHECK(defaults["every"] == 10);
  CHECK(defaults["gamma"].get<double>() == Approx(0.1));
}

TEST_CASE("linear_decay_second_half: constant, then linear toward 0", "[optim][schedule]") {
  auto s = make({{"type", "linear_decay_second_half"}});
  CHECK(s->factor(0, 10) == Approx(1.0f));
  CHECK(s->factor(4, 10) == Approx(1.0f));
  CHECK(s->factor(5, 10) == Approx(1.0f));
  CHECK(s->factor(6, 10) == Approx(0.8f));
  CHECK(s->factor(9, 10) == Approx(0.2f));
  CHECK(s->factor(30, 60) == Approx(1.0f));
  CHECK(s->factor(31, 60) == Approx(0.9666667f));
  CHECK(s->factor(59, 60) == Approx(0.0333333f));
  CHECK(s->factor(60, 60) == Approx(0.0f));
}

TEST_CASE("cosine schedule with optional floor", "[optim][schedule]") {
  auto s = make({{"type", "cosine"}});
  CHECK(s->factor(0, 10) == Approx(1.0f));
  CHECK(s->factor(2, 10) == Approx(0.9045085f));
  CHECK(s->factor(5, 10) == Approx(0.5f));
  CHECK(s->factor(10, 10) == Approx(0.0f).margin(1e-7));
  auto floored = make({{"type", "cosine"}, {"min_factor", 0.1}});
  CHECK(floored->factor(0, 10) == Approx(1.0f));
  CHECK(floored->factor(5, 10) == Approx(0.55f));
  CHECK(floored->factor(10, 10) == Approx(0.1f));
}

TEST_CASE("schedule options are validated", "[optim][schedule]") {
  CHECK_THROWS_WITH(make({{"type", "step"}, {"every", 0}}),
                    "/schedule/every: value 0 is out of range: must be >= 1");
  CHECK_THROWS_WITH(make({{"type", "cosine"}, {"min_factor", 2}}),
                    Catch::Contains("/schedule/min_factor"));
}

TEST_CASE("multistep schedule multiplies by gamma at each milestone epoch", "[optim][schedule]") {
  auto s = make({{"type", "multistep"}, {"milestones", {60, 90}}});
  CHECK(s->factor(0, 100) == Approx(1.0f));
  CHECK(s->factor(59, 100) == Approx(1.0f));
  CHECK(s->factor(60, 100) == Approx(0.1f));
  CHECK(s->factor(89, 100) == Approx(0.1f));
  CHECK(s->factor(90, 100) == Approx(0.01f));
  CHECK(s->factor(99, 100) == Approx(0.01f));
  auto quarter = make({{"type", "multistep"}, {"milestones", {50, 75, 89, 94}}, {"gamma", 0.25}});
  CHECK(quarter->factor(74, 100) == Approx(0.25f));
  CHECK(quarter->factor(94, 100) == Approx(0.25f * 0.25f * 0.25f * 0.25f));
}

TEST_CASE("multistep schedule rejects milestones that are missing, unordered or not epochs", "[optim][schedule]") {
  CHECK_THROWS_WITH(make({{"type", "multistep"}}), Catch::Contains("/schedule/milestones"));
  CHECK_THROWS_WITH(make({{"type", "multistep"}, {"milestones", Json::array()}}),
                    Catch::Contains("/schedule/milestones: give at least one epoch"));
  CHECK_THROWS_WITH(make({{"type", "multistep"}, {"milestones", {60, 30}}}),
                    Catch::Contains("/schedule/milestones/1: milestones must increase"));
  CHECK_THROWS_WITH(make({{"type", "multistep"}, {"milestones", {2.5}}}),
                    Catch::Contains("/schedule/milestones/0: expected a positive whole epoch"));
}
