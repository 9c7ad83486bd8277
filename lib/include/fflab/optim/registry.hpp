#pragma once
// Optimizer and schedule registries. An optimizer section
// {"type": "sgd", "lr": 0.1, "momentum": 0.9, "weight_decay": 0.0} builds one
// Optimizer per parameter block; "lr" is read by the trainer.
#include "fflab/core/registry.hpp"
#include "fflab/layers/layer.hpp"
#include "fflab/optim/optimizer.hpp"
#include "fflab/optim/schedule.hpp"

namespace fflab {

using OptimizerRegistry = Registry<Optimizer, const Parameter&>;
OptimizerRegistry& optimizer_registry();
void register_builtin_optimizers(OptimizerRegistry& registry);

using ScheduleRegistry = Registry<Schedule>;
ScheduleRegistry& schedule_registry();
void register_builtin_schedules(ScheduleRegistry& registry);

}  // namespace fflab
