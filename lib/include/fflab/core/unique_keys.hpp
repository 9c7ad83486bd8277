#pragma once
// JSON parsing that refuses a key given twice in one object. The JSON reader
// alone keeps the last of them, so {"threads": 2, "threads": 1} would run with
// 1 thread while the file seems to say 2.
#include <string>

#include "fflab/core/schema.hpp"

namespace fflab {

/// Parses `text` like Json::parse (nlohmann::json::parse_error on malformed
/// JSON); throws ConfigError at the JSON pointer of the second occurrence
/// ("/threads: key given twice; keep one") when an object repeats a key, and
/// at the pointer of the deepest container for nesting deeper than
/// max_json_depth (json_depth.hpp).
Json parse_unique_keys(const std::string& text);

}  // namespace fflab
