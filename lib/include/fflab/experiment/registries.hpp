#pragma once
// Every registry of components, in one place: for code that walks all of them
// (`fflab list`, the plugin loader's record of what a plugin registered). A
// new registry kind is added here once.
#include "fflab/data/registry.hpp"
#include "fflab/eval/registry.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/registry.hpp"

namespace fflab {

/// Calls visit(registry) for each registry: datasets, layers, losses,
/// optimizers, schedules, trainers, goodness functions, local rules,
/// negative generators, evaluators.
template <class Visitor>
void for_each_registry(Visitor&& visit) {
  visit(dataset_registry());
  visit(layer_registry());
  visit(loss_registry());
  visit(optimizer_registry());
  visit(schedule_registry());
  visit(trainer_registry());
  visit(goodness_registry());
  visit(local_rule_registry());
  visit(negative_registry());
  visit(evaluator_registry());
}

}  // namespace fflab
