#include "fflab/core/unique_keys.hpp"

#include <set>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"

namespace fflab {

namespace {

/// An object or array being read: the keys seen so far and the current one,
/// or the index of the current element.
struct Open {
  bool object = false;
  std::set<std::string> keys;
  std::string key;
  std::size_t index = 0;
};

std::string pointer_of(const std::vector<Open>& path) {
  std::string p;
  for (const Open& o : path) p = o.object ? child_pointer(p, o.key) : child_pointer(p, o.index);
  return p;
}

}  // namespace

Json parse_unique_keys(const std::string& text) {
  std::vector<Open> path;
  // The parser reports object and array starts and ends, each key, and each
  // scalar value; an array's element ends with a scalar or a nested end.
  auto next_element = [&path] {
    if (!path.empty() && !path.back().object) ++path.back().index;
  };
  const Json::parser_callback_t track = [&](int /*depth*/, nlohmann::json::parse_event_t event, Json& parsed) {
    using E = nlohmann::json::parse_event_t;
    switch (event) {
      case E::object_start:
      case E::array_start:
        if (path.size() >= max_json_depth) throw ConfigError(pointer_of(path), too_deep_message());
        path.push_back(Open{event == E::object_start, {}, {}, 0});
        break;
      case E::key: {
        Open& o = path.back();
        o.key = parsed.get<std::string>();
        if (!o.keys.insert(o.key).second) throw ConfigError(pointer_of(path), "key given twice; keep one");
        break;
      }
      case E::object_end:
      case E::array_end:
        path.pop_back();
        next_element();
        break;
      case E::value:
        next_element();
        break;
    }
    return true;
  };
  return Json::parse(text, track);
}

}  // namespace fflab
