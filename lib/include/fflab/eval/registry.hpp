#pragma once
// The evaluator registry: "softmax" (and FF procedures as they land).
#include "fflab/core/registry.hpp"
#include "fflab/eval/evaluator.hpp"

namespace fflab {

using EvaluatorRegistry = Registry<Evaluator>;
EvaluatorRegistry& evaluator_registry();
void register_builtin_evaluators(EvaluatorRegistry& registry);

}  // namespace fflab
