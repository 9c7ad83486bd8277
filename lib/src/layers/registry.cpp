#include "fflab/layers/registry.hpp"

#include "fflab/layers/activation.hpp"
#include "fflab/layers/dense.hpp"

namespace fflab {

LayerRegistry& layer_registry() {
  static LayerRegistry registry = [] {
    LayerRegistry r("layer");
    register_builtin_layers(r);
    return r;
  }();
  return registry;
}

namespace {
void add_activation(LayerRegistry& r, Activation kind, const char* name, const char* help) {
  r.add({name, help, ActivationLayer::schema(kind),
         [kind](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<ActivationLayer>(kind, o, in);
         }});
}
}  // namespace

void register_builtin_layers(LayerRegistry& r) {
  r.add({"dense", "fully connected: y = x W + b", DenseLayer::schema(),
         [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<DenseLayer>(o, in);
         }});
  add_activation(r, Activation::relu, "relu", "y = max(x, 0), element-wise");
  add_activation(r, Activation::leaky_relu, "leaky_relu", "y = x > 0 ? x : slope * x");
  add_activation(r, Activation::elu, "elu", "y = x > 0 ? x : alpha * (exp(x) - 1)");
  add_activation(r, Activation::sigmoid, "sigmoid", "y = 1 / (1 + exp(-x))");
  add_activation(r, Activation::tanh, "tanh", "y = tanh(x)");
}

}  // namespace fflab
