#include "fflab/train/registry.hpp"

#include "fflab/train/backprop_trainer.hpp"
#include "fflab/train/forward_forward_trainer.hpp"
#include "fflab/train/local_rules_trainer.hpp"
#include "fflab/train/recurrent_ff_trainer.hpp"

namespace fflab {

void register_builtin_trainers(TrainerRegistry& registry) {
  registry.add({"backprop", "global loss, gradients through every layer (backpropagation)",
                BackpropTrainer::schema(),
                [](const Json& options) { return std::make_unique<BackpropTrainer>(options); }});
  registry.add({"forward_forward",
                "Hinton's Forward-Forward: a local goodness objective per block, positive and negative passes",
                ForwardForwardTrainer::schema(),
                [](const Json& options) { return std::make_unique<ForwardForwardTrainer>(options); }});
  registry.add({"local_rules",
                "a local learning rule per block (local_head, drtp, dfa, pepita, yours) and a cross-entropy "
                "output layer; no gradient crosses blocks",
                LocalRulesTrainer::schema(),
                [](const Json& options) { return std::make_unique<LocalRulesTrainer>(options); }});
  registry.add({"recurrent_ff",
                "Forward-Forward in a recurrent net with top-down connections: the label at the top, damped "
                "synchronous iterations, goodness averaged over a window of iterations",
                RecurrentFFTrainer::schema(),
                [](const Json& options) { return std::make_unique<RecurrentFFTrainer>(options); }});
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
