#include "fflab/core/schema.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/core/strings.hpp"

namespace fflab {

const char* to_string(KeyType t) {
  switch (t) {
    case KeyType::integer: return "integer";
    case KeyType::number: return "number";
    case KeyType::boolean: return "boolean";
    case KeyType::string: return "string";
    case KeyType::array: return "array";
    case KeyType::object: return "object";
    case KeyType::any: return "any";
  }
  return "?";
}

std::string json_type_name(const Json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return std::string("a boolean (") + (v.get<bool>() ? "true" : "false") + ")";
  if (v.is_number_integer()) return "an integer (" + v.dump() + ")";
  if (v.is_number()) return "a number (" + v.dump() + ")";
  if (v.is_string()) return "a string (" + v.dump() + ")";
  if (v.is_array()) return "an array";
  return "an object";
}

std::string child_pointer(const std::string& parent, const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return parent + "/" + escaped;
}

std::string child_pointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

Schema& Schema::required(std::string name, KeyType type, std::string help) {
  KeySpec k;
  k.name = std::move(name);
  k.type = type;
  k.required = true;
  k.help = std::move(help);
  keys_.push_back(std::move(k));
  return *this;
}

Schema& Schema::optional(std::string name, KeyType type, Json default_value, std::string help) {
  KeySpec k;
  k.name = std::move(name);
  k.type = type;
  k.default_value = std::move(default_value);
  k.nullable = k.default_value.is_null();
  k.help = std::move(help);
  keys_.push_back(std::move(k));
  return *this;
}

Schema& Schema::at_least(double min) {
  keys_.back().min = min;
  keys_.back().min_exclusive = false;
  return *this;
}
Schema& Schema::above(double min) {
  keys_.back().min = min;
  keys_.back().min_exclusive = true;
  return *this;
}
Schema& Schema::at_most(double max) {
  keys_.back().max = max;
  return *this;
}
Schema& Schema::one_of(std::vector<std::string> choices) {
  keys_.back().choices = std::move(choices);
  return *this;
}
Schema& Schema::nullable() {
  keys_.back().nullable = true;
  return *this;
}

Schema& Schema::validated_by(std::function<void(Json&, const std::string&)> nested) {
  keys_.back().nested = std::move(nested);
  return *this;
}

const KeySpec* Schema::find(const std::string& name) const {
  for (const auto& k : keys_)
    if (k.name == name) return &k;
  return nullptr;
}

namespace {

std::string number_text(double x) {
  // Whole numbers in full: 1000000, not 1e+06.
  if (std::fabs(x) < 1e15 && x == std::floor(x)) return std::to_string(static_cast<long long>(x));
  std::ostringstream s;
  s << x;
  return s.str();
}

constexpr std::int64_t kMaxInteger = std::numeric_limits<std::int64_t>::max();

/// An integral JSON number as the std::int64_t every integer key is read
/// through; nothing when it lies beyond that range (which nlohmann keeps as
/// an unsigned or, beyond 2^64, as a double).
std::optional<std::int64_t> to_int64(const Json& v) {
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(kMaxInteger)) return std::nullopt;
    return static_cast<std::int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<std::int64_t>();
  const double d = v.get<double>();
  constexpr double two_to_63 = 9223372036854775808.0;
  if (!(d >= -two_to_63 && d < two_to_63)) return std::nullopt;
  return static_cast<std::int64_t>(d);
}

/// A declared bound of an integer key as the nearest integer inside it,
/// clamped to the std::int64_t range.
std::int64_t integer_bound(double bound, bool lower, bool exclusive) {
  double b = lower ? (exclusive ? std::floor(bound) + 1 : std::ceil(bound)) : std::floor(bound);
  b = std::clamp(b, -9223372036854775808.0, 9223372036854774784.0);  // largest double below 2^63
  return static_cast<std::int64_t>(b);
}

bool type_matches(KeyType type, const Json& v) {
  switch (type) {
    case KeyType::integer:
      return v.is_number_integer() ||
             (v.is_number_float() && std::isfinite(v.get<double>()) &&
              v.get<double>() == std::floor(v.get<double>()));
    case KeyType::number: return v.is_number();
    case KeyType::boolean: return v.is_boolean();
    case KeyType::string: return v.is_string();
    case KeyType::array: return v.is_array();
    case KeyType::object: return v.is_object();
    case KeyType::any: return true;
  }
  return false;
}

std::string expected_text(const KeySpec& k) {
  std::string out;
  switch (k.type) {
    case KeyType::integer: out = "an integer"; break;
    case KeyType::number: out = "a number"; break;
    case KeyType::boolean: out = "true or false"; break;
    case KeyType::string: out = "a string"; break;
    case KeyType::array: out = "an array"; break;
    case KeyType::object: out = "an object"; break;
    case KeyType::any: out = "a value"; break;
  }
  if (k.nullable) out += " or null";
  return out;
}

/// The key's bounds ("> 0 and <= 1"); for an integer key without a declared
/// upper bound, the std::int64_t one when `beyond_int64` (the value passed it).
std::string range_text(const KeySpec& k, bool beyond_int64 = false) {
  std::string lo, hi;
  if (k.min) lo = (k.min_exclusive ? "> " : ">= ") + number_text(*k.min);
  else if (beyond_int64) lo = ">= " + std::to_string(std::numeric_limits<std::int64_t>::min());
  if (k.max) hi = "<= " + number_text(*k.max);
  else if (beyond_int64) hi = "<= " + std::to_string(kMaxInteger);
  if (!lo.empty() && !hi.empty()) return lo + " and " + hi;
  return lo + hi;
}

/// Checks an integer key's value against its bounds and std::int64_t (the
/// widest integer the library reads), echoing the value as written, and
/// stores an integral float as an integer (3.0 -> 3).
void check_integer(const KeySpec& k, Json& v, const std::string& at) {
  const std::optional<std::int64_t> i = to_int64(v);
  if (!i) throw ConfigError(at, "value " + v.dump() + " is out of range: must be " + range_text(k, true));
  const bool low = k.min && *i < integer_bound(*k.min, true, k.min_exclusive);
  const bool high = k.max && *i > integer_bound(*k.max, false, false);
  if (low || high) throw ConfigError(at, "value " + v.dump() + " is out of range: must be " + range_text(k));
  if (v.is_number_float()) v = *i;
}

}  // namespace

void Schema::apply(Json& object, const std::string& pointer,
                   const std::vector<std::string>& passthrough) const {
  if (!object.is_object())
    throw ConfigError(pointer, "expected an object, got " + json_type_name(object));

  std::vector<std::string> valid;
  for (const auto& k : keys_) valid.push_back(k.name);

  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& key = it.key();
    bool skip = false;
    for (const auto& p : passthrough) skip = skip || p == key;
    if (skip || find(key)) continue;
    std::vector<std::string> all = valid;
    all.insert(all.end(), passthrough.begin(), passthrough.end());
    const std::string match = closest_match(key, all);
    throw ConfigError(child_pointer(pointer, key),
                      "unknown key " + quoted(key) +
                          (match.empty() ? "" : " (did you mean \"" + match + "\"?)") +
                          "; valid keys: " + join(all));
  }

  for (const auto& k : keys_) {
    const std::string at = child_pointer(pointer, k.name);
    auto it = object.find(k.name);
    if (it == object.end()) {
      if (k.required)
        throw ConfigError(at, "missing required key \"" + k.name + "\" (" + expected_text(k) +
                                  ": " + k.help + ")");
      object[k.name] = k.default_value;
      if (k.nested && !k.default_value.is_null()) k.nested(object[k.name], at);
      continue;
    }
    Json& v = *it;
    if (v.is_null()) {
      if (k.nullable) continue;
      throw ConfigError(at, "expected " + expected_text(k) + ", got null");
    }
    if (!type_matches(k.type, v))
      throw ConfigError(at, "expected " + expected_text(k) + ", got " + json_type_name(v));
    if (k.type == KeyType::integer) {
      check_integer(k, v, at);
    } else if (v.is_number()) {
      const double x = v.get<double>();
      if (!std::isfinite(x)) throw ConfigError(at, "expected a finite number");
      const bool low = k.min && (k.min_exclusive ? x <= *k.min : x < *k.min);
      const bool high = k.max && x > *k.max;
      if (low || high)
        throw ConfigError(at, "value " + v.dump() + " is out of range: must be " + range_text(k));
    }
    if (!k.choices.empty() && v.is_string()) {
      const auto s = v.get<std::string>();
      bool ok = false;
      for (const auto& c : k.choices) ok = ok || c == s;
      if (!ok)
        throw ConfigError(at, quoted(s) + " is not allowed" + did_you_mean(s, k.choices) +
                                  "; choose one of: " + join(k.choices));
    }
    if (k.nested) k.nested(v, at);
  }
}

Json Schema::resolve(const Json& options, const std::string& pointer) const {
  Json object = options.is_null() ? Json::object() : options;
  apply(object, pointer, {"type"});
  Json resolved = Json::object();
  for (const auto& k : keys_) {
    const Json& v = object.at(k.name);
    if (k.type == KeyType::number && v.is_number())
      resolved[k.name] = v.get<double>();
    else
      resolved[k.name] = v;
  }
  return resolved;
}

}  // namespace fflab
