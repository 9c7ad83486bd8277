#pragma once
// The trainer registry: "backprop" (and, as they land, "forward_forward", ...).
#include "fflab/core/registry.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

using TrainerRegistry = Registry<Trainer>;
TrainerRegistry& trainer_registry();
void register_builtin_trainers(TrainerRegistry& registry);

}  // namespace fflab
