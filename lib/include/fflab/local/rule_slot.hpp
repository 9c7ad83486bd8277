#pragma once
// Which local rules a trainer's rule section runs: the local_rules trainer's
// "rule" runs rules without negatives, the Forward-Forward trainers'
// "objective" runs objectives that score positive against negative rows. A
// section naming an unknown rule fails with the names that slot runs only,
// and says how a rule of one's own gets there.
#include <string>
#include <vector>

#include "fflab/local/registry.hpp"

namespace fflab {

enum class RuleSlot { local_rules, ff_objective };

/// The registered rules `slot` runs (a rule whose defaults cannot build it is listed).
std::vector<std::string> rule_names_for(RuleSlot slot);

/// LocalRuleRegistry::validate for `slot`; an unknown "type" throws a
/// ConfigError at <pointer>/type listing rule_names_for(slot) and --plugin.
void validate_rule_section(Json& section, const std::string& pointer, RuleSlot slot);

}  // namespace fflab
