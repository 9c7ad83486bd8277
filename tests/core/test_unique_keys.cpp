// parse_unique_keys: a key given twice in one object is an error at its JSON
// pointer, wherever the object is; the same key in different objects is not.
#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/unique_keys.hpp"

using namespace fflab;

namespace {
std::string pointer_of_repeat(const std::string& text) {
  try {
    parse_unique_keys(text);
  } catch (const ConfigError& e) {
    CHECK_THAT(e.what(), Catch::EndsWith(": key given twice; keep one"));
    return e.pointer();
  }
  return "no error";
}
}  // namespace

TEST_CASE("a key given twice in one object is refused at its pointer", "[json]") {
  CHECK(pointer_of_repeat(R"({"threads": 2, "threads": 1})") == "/threads");
  CHECK(pointer_of_repeat(R"({"trainer": {"epochs": 1, "lr": 2, "epochs": 3}})") == "/trainer/epochs");
  CHECK(pointer_of_repeat(R"({"network": {"layers": [{"type": "relu"}, 7, [1, {}],
                              {"type": "dense", "units": 3, "units": 4}]}})") == "/network/layers/3/units");
  CHECK(pointer_of_repeat(R"({"a": [[{"x": 1}], [{"x": 1, "x": 1}]]})") == "/a/1/0/x");
  CHECK(pointer_of_repeat(R"({"a/b": {"c~d": 1, "c~d": 2}})") == "/a~1b/c~0d");
}

TEST_CASE("the same key in different objects is fine and parses as Json::parse does", "[json]") {
  const std::string text = R"({"layers": [{"type": "dense", "units": 3}, {"type": "dense", "units": 4}],
                               "nested": {"type": {"type": 1}}, "empty": {}, "list": []})";
  CHECK(parse_unique_keys(text) == Json::parse(text));
  CHECK_THROWS_AS(parse_unique_keys(R"({"a": 1,})"), nlohmann::json::parse_error);
}
