#include "fflab/core/json_difference.hpp"

namespace fflab {

namespace {

std::string shown(const Json& value) {
  constexpr std::size_t kLongest = 60;
  std::string text = value.dump();
  if (text.size() > kLongest) {
    std::size_t cut = kLongest - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    text = text.substr(0, cut) + "...";
  }
  return text;
}

std::string difference_at(const Json& a, const Json& b, const std::string& pointer, const std::string& a_name,
                          const std::string& b_name) {
  const std::string where = pointer.empty() ? "/" : pointer;
  if (a.is_object() && b.is_object()) {
    for (auto it = a.begin(); it != a.end(); ++it) {
      const std::string child = child_pointer(pointer, it.key());
      if (!b.contains(it.key())) return child + ": only in " + a_name;
      std::string d = difference_at(it.value(), b.at(it.key()), child, a_name, b_name);
      if (!d.empty()) return d;
    }
    for (auto it = b.begin(); it != b.end(); ++it)
      if (!a.contains(it.key())) return child_pointer(pointer, it.key()) + ": only in " + b_name;
    return a == b ? "" : where + ": the same keys in another order";
  }
  if (a.is_array() && b.is_array()) {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
      std::string d = difference_at(a[i], b[i], child_pointer(pointer, i), a_name, b_name);
      if (!d.empty()) return d;
    }
    if (a.size() != b.size())
      return where + ": " + std::to_string(a.size()) + " entries in " + a_name + ", " + std::to_string(b.size()) +
             " in " + b_name;
    return "";
  }
  if (a == b) return "";
  return where + ": " + shown(a) + " in " + a_name + ", " + shown(b) + " in " + b_name;
}

}  // namespace

std::string first_json_difference(const Json& a, const Json& b, const std::string& a_name, const std::string& b_name) {
  return difference_at(a, b, "", a_name, b_name);
}

}  // namespace fflab
