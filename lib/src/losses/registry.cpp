#include "fflab/losses/registry.hpp"

#include "fflab/losses/hinge.hpp"
#include "fflab/losses/mse.hpp"
#include "fflab/losses/sigmoid_cross_entropy.hpp"
#include "fflab/losses/softmax_cross_entropy.hpp"

namespace fflab {

LossRegistry& loss_registry() {
  static LossRegistry registry = [] {
    LossRegistry r("loss");
    register_builtin_losses(r);
    return r;
  }();
  return registry;
}

void register_builtin_losses(LossRegistry& r) {
  r.add({"softmax_cross_entropy", "softmax of the outputs, cross-entropy with the label",
         SoftmaxCrossEntropy::schema(),
         [](const Json&) -> std::unique_ptr<Loss> { return std::make_unique<SoftmaxCrossEntropy>(); }});
  r.add({"mse", "0.5 * squared distance to the one-hot label, mean over the batch",
         MeanSquaredError::schema(),
         [](const Json&) -> std::unique_ptr<Loss> { return std::make_unique<MeanSquaredError>(); }});
  r.add({"sigmoid_cross_entropy",
         "a sigmoid per output, binary cross-entropy with the one-hot label (summed over classes)",
         SigmoidCrossEntropy::schema(), [](const Json& o) -> std::unique_ptr<Loss> {
           return std::make_unique<SigmoidCrossEntropy>(o.value("mean_over_classes", false));
         }});
  r.add({"hinge", "multiclass hinge: sum over wrong classes of max(0, margin + s_j - s_y)",
         MulticlassHinge::schema(), [](const Json& o) -> std::unique_ptr<Loss> {
           return std::make_unique<MulticlassHinge>(o.at("margin").get<float>());
         }});
}

}  // namespace fflab
