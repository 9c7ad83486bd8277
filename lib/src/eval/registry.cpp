#include "fflab/eval/registry.hpp"

#include "fflab/eval/class_group_goodness.hpp"
#include "fflab/eval/goodness_every_label.hpp"
#include "fflab/eval/linear_readout.hpp"
#include "fflab/eval/one_pass_softmax.hpp"
#include "fflab/eval/softmax_evaluator.hpp"

namespace fflab {

void register_builtin_evaluators(EvaluatorRegistry& registry) {
  registry.add({"softmax", "argmax of the network output (one forward pass)",
                SoftmaxEvaluator::schema(),
                [](const Json& options) { return std::make_unique<SoftmaxEvaluator>(options); }});
  registry.add({"goodness_every_label", "FF: the label with the highest summed goodness (one batched pass per block)", GoodnessEveryLabel::schema(), [](const Json& o) { return std::make_unique<GoodnessEveryLabel>(o); }});
  registry.add({"class_group_goodness", "FF: the class whose group of channels (units) has the highest mean square (CwComp; one label-free pass)", ClassGroupGoodness::schema(), [](const Json& o) { return std::make_unique<ClassGroupGoodness>(o); }});
  registry.add({"one_pass_softmax", "FF: the trainer's softmax head on one neutral-label pass", OnePassSoftmax::schema(), [](const Json& o) { return std::make_unique<OnePassSoftmax>(o); }});
  registry.add({"linear_readout", "FF: the trainer's linear readout on one label-free pass", LinearReadout::schema(), [](const Json& o) { return std::make_unique<LinearReadout>(o); }});
}

EvaluatorRegistry& evaluator_registry() {
  static EvaluatorRegistry registry = [] {
    EvaluatorRegistry r("evaluator", {"name"});  // a procedure's name is the evaluation list's
    register_builtin_evaluators(r);
    return r;
  }();
  return registry;
}

}  // namespace fflab
