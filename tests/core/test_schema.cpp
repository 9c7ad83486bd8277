#include <catch2/catch.hpp>

#include <cstdint>

#include "fflab/core/errors.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/core/strings.hpp"

using namespace fflab;

namespace {
Schema example() {
  Schema s;
  s.required("units", KeyType::integer, "number of units").at_least(1);
  s.optional("lr", KeyType::number, 0.1, "learning rate").above(0);
  s.optional("init", KeyType::string, "he", "initialiser").one_of({"he", "glorot"});
  s.optional("path", KeyType::string, nullptr, "optional path");
  return s;
}
std::string error_of(Json j) {
  try {
    example().apply(j, "/layers/0");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("schema fills defaults and keeps given values", "[schema]") {
  Json j = {{"units", 5}};
  example().apply(j, "/x");
  CHECK(j["units"] == 5);
  CHECK(j["lr"].get<double>() == Approx(0.1));
  CHECK(j["init"] == "he");
  CHECK(j["path"].is_null());
}

TEST_CASE("schema rejects bad keys with the JSON pointer and a fix", "[schema]") {
  CHECK(error_of({{"units", 5}, {"unit", 3}}) ==
        "/layers/0/unit: unknown key \"unit\" (did you mean \"units\"?); valid keys: units, lr, init, path");
  CHECK(error_of(Json::object()).rfind("/layers/0/units: missing required key \"units\"", 0) == 0);
  CHECK(error_of({{"units", "5"}}) == "/layers/0/units: expected an integer, got a string (\"5\")");
  CHECK(error_of({{"units", 2.5}}) == "/layers/0/units: expected an integer, got a number (2.5)");
  CHECK(error_of({{"units", 0}}) == "/layers/0/units: value 0 is out of range: must be >= 1");
  CHECK(error_of({{"units", 1}, {"lr", 0}}) == "/layers/0/lr: value 0 is out of range: must be > 0");
  CHECK(error_of({{"units", 1}, {"init", "glorrot"}}) ==
        "/layers/0/init: \"glorrot\" is not allowed (did you mean 'glorot'?); choose one of: he, glorot");
  CHECK(error_of({{"units", 1}, {"lr", nullptr}}) == "/layers/0/lr: expected a number, got null");
}

TEST_CASE("integral floats are accepted as integers and normalised", "[schema]") {
  Json j = {{"units", 3.0}};
  example().apply(j, "");
  CHECK(j["units"].is_number_integer());
}

TEST_CASE("integers beyond int64 are out of range, echoed as written with the range", "[schema]") {
  // nlohmann keeps 18446744073709551615 as an unsigned and anything beyond
  // 2^64 as a double; neither may wrap on its way into an int64.
  CHECK(error_of({{"units", 1e20}}) ==
        "/layers/0/units: value 1e+20 is out of range: must be >= 1 and <= 9223372036854775807");
  CHECK(error_of(Json::parse(R"({"units": 99999999999999999999})")) ==
        "/layers/0/units: value 1e+20 is out of range: must be >= 1 and <= 9223372036854775807");
  CHECK(error_of(Json::parse(R"({"units": 18446744073709551615})")) ==
        "/layers/0/units: value 18446744073709551615 is out of range: must be >= 1 and <= 9223372036854775807");
  Json largest = Json::parse(R"({"units": 9223372036854775807})");
  example().apply(largest, "");
  CHECK(largest["units"].get<std::int64_t>() == 9223372036854775807);

  Schema bounded;
  bounded.optional("shift", KeyType::integer, 0, "pixels").at_least(0).at_most(255);
  bounded.optional("offset", KeyType::integer, 0, "any integer");
  auto bounded_error = [&bounded](Json j) {
    try {
      bounded.apply(j, "/t");
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(bounded_error(Json::parse(R"({"shift": 4294967297})")) ==
        "/t/shift: value 4294967297 is out of range: must be >= 0 and <= 255");
  CHECK(bounded_error({{"shift", 256.0}}) == "/t/shift: value 256.0 is out of range: must be >= 0 and <= 255");
  CHECK(bounded_error({{"offset", -1e19}}) ==
        "/t/offset: value -1e+19 is out of range: must be >= -9223372036854775808 and <= 9223372036854775807");
  CHECK(bounded_error({{"offset", -5}}) == "no error");
}

TEST_CASE("names with control characters are shown escaped, not cut short", "[schema][strings]") {
  const std::string nul("a\0b", 3);
  CHECK(quoted(nul) == "\"a\\u0000b\"");
  CHECK(quoted("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(error_of({{"units", 1}, {"init", nul}}) ==
        "/layers/0/init: \"a\\u0000b\" is not allowed; choose one of: he, glorot");
  // A key with a NUL: its pointer is shown escaped too.
  const std::string shown = error_of({{"units", 1}, {nul, 2}});
  CHECK(shown.rfind("/layers/0/a\\u0000b: unknown key \"a\\u0000b\"", 0) == 0);
}

TEST_CASE("closest match", "[strings]") {
  CHECK(closest_match("sgdd", {"sgd", "adam", "adagrad"}) == "sgd");
  CHECK(closest_match("xyzzy", {"sgd", "adam"}).empty());
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("mnsit", "mnist") == 1);  // an adjacent swap is one edit
  CHECK(closest_match("rleu", {"relu", "elu", "tanh"}) == "relu");
}

TEST_CASE("resolve returns exactly the declared keys, defaults filled, numbers as numbers", "[schema]") {
  const Json resolved = example().resolve(Json{{"type", "x"}, {"lr", 3}, {"units", 4}});
  // Declared order, "type" left out, the integer 3 of a number key as 3.0, defaults filled.
  CHECK(resolved.dump() == R"({"units":4,"lr":3.0,"init":"he","path":null})");
  CHECK(example().resolve(Json{{"units", 2.0}})["units"].is_number_integer());
  // A section without the key that has no default, or with a wrong one, fails as apply() does.
  CHECK_THROWS_WITH(example().resolve(Json::object(), "/trainer/rule"),
                    Catch::StartsWith("/trainer/rule/units: missing required key"));
  CHECK_THROWS_WITH(example().resolve(Json{{"units", 1}, {"lrr", 1}}, "/r"), Catch::StartsWith("/r/lrr: unknown key"));
  CHECK(Schema().resolve(Json{{"type", "x"}}) == Json::object());
}
