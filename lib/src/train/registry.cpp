#include "fflab/train/registry.hpp"

#include "fflab/train/backprop_trainer.hpp"

namespace fflab {

void register_builtin_trainers(TrainerRegistry& registry) {
  registry.add({"backprop", "global loss, gradients through every layer (backpropagation)",
                BackpropTrainer::schema(),
                [](const Json& options) { return std::make_unique<BackpropTrainer>(options); }});
}

TrainerRegistry& trainer_registry() {
  static TrainerRegistry registry = [] {
    TrainerRegistry r("trainer");
    register_builtin_trainers(r);
    return r;
  }();
  return registry;
}

}  // namespace fflab
