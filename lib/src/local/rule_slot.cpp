#include "fflab/local/rule_slot.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/strings.hpp"

namespace fflab {

std::vector<std::string> rule_names_for(RuleSlot slot) {
  std::vector<std::string> names;
  for (const auto& [name, entry] : local_rule_registry().entries()) {
    bool objective = false;
    try {
      Json defaults{{"type", name}};
      objective = is_ff_objective(local_rule_registry().build(defaults, "")->needs());
    } catch (const std::exception&) {  // a required key: the slot's own check speaks when it is used
      names.push_back(name);
      continue;
    }
    if (objective == (slot == RuleSlot::ff_objective)) names.push_back(name);
  }
  return names;
}

void validate_rule_section(Json& section, const std::string& pointer, RuleSlot slot) {
  const auto type = section.is_object() ? section.find("type") : section.end();
  if (section.is_object() && type != section.end() && type->is_string() &&
      !local_rule_registry().contains(type->get<std::string>())) {
    const std::string name = type->get<std::string>(), shown = quoted(name);
    const std::vector<std::string> names = rule_names_for(slot);
    const char* trainer = slot == RuleSlot::local_rules ? "the local_rules trainer" : "a Forward-Forward objective";
    throw ConfigError(child_pointer(pointer, "type"),
                      "unknown local rule '" + shown.substr(1, shown.size() - 2) + "' for " + trainer +
                          did_you_mean(name, names) + "; known: " + join(names) +
                          "; a rule of your own: load its plugin with --plugin, or register it in your program "
                          "(docs/extending.md)");
  }
  local_rule_registry().validate(section, pointer);
}

}  // namespace fflab
