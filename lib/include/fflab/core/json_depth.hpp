#pragma once
// JSON of bounded nesting. nlohmann's parser reads any depth, but copying,
// comparing and printing a value recurse once per level, so a file nested a
// million deep overflows the stack after it parsed. Every JSON file fflab
// reads (manifests, records, checkpoint headers, dataset labels) goes through
// this limit.
#include <cstddef>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/core/schema.hpp"

namespace fflab {

/// The deepest nesting of arrays and objects accepted; manifests and records
/// need about ten levels.
inline constexpr std::size_t max_json_depth = 100;

/// Thrown for JSON nested deeper than max_json_depth; what() is
/// too_deep_message().
class JsonTooDeep : public Error {
 public:
  JsonTooDeep();
};

/// "arrays and objects nested deeper than 100 levels: not a file fflab writes or reads".
std::string too_deep_message();

/// Json::parse(text), but JsonTooDeep for nesting deeper than max_json_depth;
/// malformed JSON throws nlohmann::json::parse_error as Json::parse does.
Json parse_json(const std::string& text);

}  // namespace fflab
