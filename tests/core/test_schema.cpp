#include <catch2/catch.hpp>

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

TEST_CASE("closest match", "[strings]") {
  CHECK(closest_match("sgdd", {"sgd", "adam", "adagrad"}) == "sgd");
  CHECK(closest_match("xyzzy", {"sgd", "adam"}).empty());
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("mnsit", "mnist") == 1);  // an adjacent swap is one edit
  CHECK(closest_match("rleu", {"relu", "elu", "tanh"}) == "relu");
}
