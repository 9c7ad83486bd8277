#pragma once
// Registries of Forward-Forward's local pieces: goodness functions, local
// rules (layer objectives) and negative-data generators. Each kind has one
// explicit register_builtin_*() list; users add their own with add().
#include "fflab/core/registry.hpp"
#include "fflab/local/goodness.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/negative_generator.hpp"

namespace fflab {

using GoodnessRegistry = Registry<Goodness>;
GoodnessRegistry& goodness_registry();
void register_builtin_goodness(GoodnessRegistry& registry);

using LocalRuleRegistry = Registry<LocalRule>;
LocalRuleRegistry& local_rule_registry();
void register_builtin_local_rules(LocalRuleRegistry& registry);

using NegativeRegistry = Registry<NegativeGenerator>;
NegativeRegistry& negative_registry();
void register_builtin_negatives(NegativeRegistry& registry);

}  // namespace fflab
