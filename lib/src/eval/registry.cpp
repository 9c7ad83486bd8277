#include "fflab/eval/registry.hpp"

#include "fflab/eval/softmax_evaluator.hpp"

namespace fflab {

void register_builtin_evaluators(EvaluatorRegistry& registry) {
  registry.add({"softmax", "argmax of the network output (one forward pass)",
                SoftmaxEvaluator::schema(),
                [](const Json& options) { return std::make_unique<SoftmaxEvaluator>(options); }});
}

EvaluatorRegistry& evaluator_registry() {
  static EvaluatorRegistry registry = [] {
    EvaluatorRegistry r("evaluator");
    register_builtin_evaluators(r);
    return r;
  }();
  return registry;
}

}  // namespace fflab
