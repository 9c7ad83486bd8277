// parse_unique_keys: a key given twice in one object is an error at its JSON
// pointer, wherever the object is; the same key in different objects is not.
#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"
#include "fflab/core/unique_keys.hpp"

#include <algorithm>

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

TEST_CASE("nesting deeper than max_json_depth is refused while parsing, at any depth given", "[json]") {
  auto nested = [](std::size_t levels) {
    return R"({"a": )" + std::string(levels - 1, '[') + std::string(levels - 1, ']') + "}";
  };
  CHECK_NOTHROW(parse_unique_keys(nested(max_json_depth)));
  CHECK_NOTHROW(parse_json(nested(max_json_depth)));
  for (const std::size_t levels : {max_json_depth + 1, std::size_t{1000000}}) {
    INFO(levels << " levels");
    try {
      parse_unique_keys(nested(levels));
      FAIL("no ConfigError");
    } catch (const ConfigError& e) {
      CHECK(e.message() == too_deep_message());
      CHECK(e.pointer().rfind("/a/0/0/", 0) == 0);
      CHECK(std::count(e.pointer().begin(), e.pointer().end(), '/') == static_cast<long>(max_json_depth));
    }
    CHECK_THROWS_AS(parse_json(nested(levels)), JsonTooDeep);
  }
  CHECK_THROWS_WITH(parse_json("[[1]"), Catch::Contains("parse error"));
}
