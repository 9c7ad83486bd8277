#pragma once
// Schema: the declared keys of one manifest section (a component's options).
// apply() validates a JSON object against it and fills in defaults, throwing a
// ConfigError with the JSON pointer of the first bad key. The same declaration
// feeds `fflab list` and the manifest reference in docs/.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fflab {

using Json = nlohmann::ordered_json;

enum class KeyType { integer, number, boolean, string, array, object, any };
const char* to_string(KeyType t);

/// One key: its type, default (absent = required), bounds and help line.
struct KeySpec {
  std::string name;
  KeyType type = KeyType::any;
  bool required = false;
  Json default_value;                // used when the key is absent and not required
  bool nullable = false;             // null is accepted as a value
  std::optional<double> min, max;    // inclusive bounds for numbers
  bool min_exclusive = false;        // min is a strict lower bound
  std::vector<std::string> choices;  // allowed strings, if any
  std::string help;
  /// Further validation of the value (a nested component section, say);
  /// called with the value and its pointer after the type check.
  std::function<void(nlohmann::ordered_json&, const std::string&)> nested;
};

class Schema {
 public:
  Schema() = default;

  /// Declares a required key.
  Schema& required(std::string name, KeyType type, std::string help);
  /// Declares an optional key with its default.
  Schema& optional(std::string name, KeyType type, Json default_value, std::string help);
  /// Modifiers of the key declared last.
  Schema& at_least(double min);
  Schema& above(double min);
  Schema& at_most(double max);
  Schema& one_of(std::vector<std::string> choices);
  Schema& nullable();
  Schema& validated_by(std::function<void(Json&, const std::string&)> nested);

  /// Validates `object` (must be a JSON object) found at `pointer`: unknown
  /// keys (naming the closest valid one), missing required keys, types,
  /// bounds, choices. Fills in defaults. Keys listed in `passthrough` are
  /// left alone (the component selector "type", say).
  void apply(Json& object, const std::string& pointer,
             const std::vector<std::string>& passthrough = {}) const;

  /// The resolved options of a component: `options` validated as by apply()
  /// (its "type" key left alone, `pointer` locating it), defaults filled in,
  /// and returned as exactly the declared keys in declared order, numbers as
  /// numbers (3 -> 3.0), whole numbers as integers. What a component echoes
  /// into the run record, so that a default is written once (here) and no key
  /// can go missing from the record.
  Json resolve(const Json& options, const std::string& pointer = "") const;

  const std::vector<KeySpec>& keys() const { return keys_; }
  const KeySpec* find(const std::string& name) const;

 private:
  std::vector<KeySpec> keys_;
};

/// JSON pointer of `key` below `parent` ("/a" + "b" -> "/a/b"), escaping ~ and /.
std::string child_pointer(const std::string& parent, const std::string& key);
std::string child_pointer(const std::string& parent, std::size_t index);

/// Short description of a JSON value's type, for messages ("a string").
std::string json_type_name(const Json& value);

}  // namespace fflab
