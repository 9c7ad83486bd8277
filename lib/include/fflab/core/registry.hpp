#pragma once
// Registry<T, Args...>: named factories of one kind of component (layers,
// optimizers, datasets, ...). Each kind has one explicit register_builtin()
// list; users add their own components with add() from their program.
// A manifest section {"type": "<name>", ...options} is validated against the
// entry's Schema and built by its factory. Unknown names fail with the known
// names and the closest match.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/core/strings.hpp"

namespace fflab {

template <class T, class... Args>
class Registry {
 public:
  using Factory = std::function<std::unique_ptr<T>(const Json& options, Args... args)>;
  struct Entry {
    std::string name;
    std::string help;  // one line
    Schema schema;     // options besides "type"
    Factory factory;
  };

  /// `section_keys`: keys besides "type" that belong to the manifest section
  /// rather than to the component (an evaluation procedure's "name"): left
  /// alone by validate(), and no component may declare them as options.
  explicit Registry(std::string kind, std::vector<std::string> section_keys = {})
      : kind_(std::move(kind)), section_keys_(std::move(section_keys)) {
    section_keys_.insert(section_keys_.begin(), "type");
  }

  const std::string& kind() const { return kind_; }

  /// Adds a component; a name may be registered once.
  void add(Entry entry) {
    if (entries_.count(entry.name))
      throw Error(kind_ + " '" + entry.name + "' is registered twice");
    for (const std::string& key : section_keys_)
      if (entry.schema.find(key))
        throw Error(kind_ + " '" + entry.name + "' declares an option \"" + key +
                    "\", which the manifest keeps for itself; rename the option");
    std::string name = entry.name;
    entries_.emplace(std::move(name), std::move(entry));
  }

  bool contains(const std::string& name) const { return entries_.count(name) > 0; }

  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& [name, entry] : entries_) out.push_back(name);
    return out;
  }

  const std::map<std::string, Entry>& entries() const { return entries_; }

  /// The entry called `name`; `pointer` locates the name in the manifest.
  const Entry& find(const std::string& name, const std::string& pointer) const {
    auto it = entries_.find(name);
    if (it == entries_.end()) {
      const std::string shown = quoted(name);  // control characters escaped, in '' as the known names
      throw ConfigError(pointer, "unknown " + kind_ + " '" + shown.substr(1, shown.size() - 2) + "'" +
                                     did_you_mean(name, names()) + "; known: " + join(names()));
    }
    return it->second;
  }

  /// Validates `options` (an object with a "type" key) in place, filling
  /// defaults, and builds the component.
  std::unique_ptr<T> build(Json& options, const std::string& pointer, Args... args) const {
    const Entry& entry = validate(options, pointer);
    return entry.factory(options, args...);
  }

  /// Validation without building.
  const Entry& validate(Json& options, const std::string& pointer) const {
    if (!options.is_object())
      throw ConfigError(pointer, "expected an object with a \"type\" key naming a " + kind_ +
                                     ", got " + json_type_name(options));
    auto type = options.find("type");
    if (type == options.end())
      throw ConfigError(pointer, "missing key \"type\"; add one of: " + join(names()));
    if (!type->is_string())
      throw ConfigError(child_pointer(pointer, "type"),
                        "expected a string naming a " + kind_ + ", got " + json_type_name(*type));
    const Entry& entry = find(type->template get<std::string>(), child_pointer(pointer, "type"));
    entry.schema.apply(options, pointer, section_keys_);
    return entry;
  }

 private:
  std::string kind_;
  std::vector<std::string> section_keys_;
  std::map<std::string, Entry> entries_;
};

}  // namespace fflab
