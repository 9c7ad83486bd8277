#include "fflab/core/json_depth.hpp"

namespace fflab {

JsonTooDeep::JsonTooDeep() : Error(too_deep_message()) {}

std::string too_deep_message() {
  return "arrays and objects nested deeper than " + std::to_string(max_json_depth) +
         " levels: not a file fflab writes or reads";
}

Json parse_json(const std::string& text) {
  // depth = the number of arrays and objects around the one that starts.
  const Json::parser_callback_t limit = [](int depth, nlohmann::json::parse_event_t event, Json& /*parsed*/) {
    using E = nlohmann::json::parse_event_t;
    if ((event == E::object_start || event == E::array_start) && static_cast<std::size_t>(depth) >= max_json_depth)
      throw JsonTooDeep();
    return true;
  };
  return Json::parse(text, limit);
}

}  // namespace fflab
