#include <catch2/catch.hpp>

#include "fflab/core/json_difference.hpp"

using namespace fflab;

TEST_CASE("first_json_difference names the first differing key and both values", "[core]") {
  const Json a = Json::parse(R"({"seed": 1, "trainer": {"optimizer": {"lr": 0.01, "momentum": 0.9}}, "x": [1, 2]})");
  CHECK(first_json_difference(a, a, "A", "B").empty());

  Json b = a;
  b["trainer"]["optimizer"]["lr"] = 0.003;
  CHECK(first_json_difference(a, b, "A", "B") == "/trainer/optimizer/lr: 0.01 in A, 0.003 in B");

  Json c = a;
  c["trainer"]["optimizer"].erase("momentum");
  CHECK(first_json_difference(a, c, "A", "B") == "/trainer/optimizer/momentum: only in A");
  CHECK(first_json_difference(c, a, "A", "B") == "/trainer/optimizer/momentum: only in B");

  Json d = a;
  d["x"].push_back(3);
  CHECK(first_json_difference(a, d, "A", "B") == "/x: 2 entries in A, 3 in B");
  d["x"][1] = "two";
  CHECK(first_json_difference(a, d, "A", "B") == "/x/1: 2 in A, \"two\" in B");  // before the length

  // Keys with '/' or '~' are escaped; long values are shortened.
  const Json e = Json{{"a/b", std::string(100, 'x')}};
  const Json f = Json{{"a/b", 1}};
  const std::string diff = first_json_difference(e, f, "A", "B");
  CHECK_THAT(diff, Catch::StartsWith("/a~1b: \"xxx") && Catch::EndsWith("... in A, 1 in B"));
  CHECK(diff.size() < 100);
  CHECK(first_json_difference(Json(1), Json("1"), "A", "B") == "/: 1 in A, \"1\" in B");
  // ordered_json compares key order too: an order-only difference is named.
  const Json xy = Json::parse(R"({"t": {"x": 1, "y": 2}})");
  const Json yx = Json::parse(R"({"t": {"y": 2, "x": 1}})");
  CHECK(first_json_difference(xy, yx, "A", "B") == "/t: the same keys in another order");
  // A long value is not cut inside a UTF-8 character (each "é" is 2 bytes).
  std::string accents;
  for (int i = 0; i < 40; ++i) accents += "\xc3\xa9";
  const std::string cut = first_json_difference(Json{{"d", accents}}, Json{{"d", ""}}, "A", "B");
  const std::string value = cut.substr(std::string("/d: \"").size(), cut.find("...") - std::string("/d: \"").size());
  CHECK(value.size() % 2 == 0);
}
