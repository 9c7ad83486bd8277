#pragma once
// The loss registry: softmax_cross_entropy, mse, hinge.
#include "fflab/core/registry.hpp"
#include "fflab/losses/loss.hpp"

namespace fflab {

using LossRegistry = Registry<Loss>;
LossRegistry& loss_registry();
void register_builtin_losses(LossRegistry& registry);

}  // namespace fflab
