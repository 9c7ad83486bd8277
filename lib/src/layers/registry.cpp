#include "fflab/layers/registry.hpp"

#include "fflab/layers/activation.hpp"
#include "fflab/layers/batch_norm.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/layers/dense.hpp"
#include "fflab/layers/dropout.hpp"
#include "fflab/layers/channel_affine.hpp"
#include "fflab/layers/layer_norm.hpp"
#include "fflab/layers/length_norm.hpp"
#include "fflab/layers/locally_connected.hpp"
#include "fflab/layers/maxout.hpp"
#include "fflab/layers/pool2d.hpp"

namespace fflab {

LayerRegistry& layer_registry() {
  static LayerRegistry registry = [] {
    LayerRegistry r("layer");
    register_builtin_layers(r);
    return r;
  }();
  return registry;
}

std::unique_ptr<Layer> build_layer(Json& spec, const std::string& pointer, FeatureShape input) {
  const LayerRegistry::Entry& entry = layer_registry().validate(spec, pointer);
  try {
    return entry.factory(spec, input);
  } catch (const ShapeError& e) {
    throw ConfigError(pointer, e.what());
  } catch (const ConfigError& e) {
    throw ConfigError(pointer + e.pointer(), e.message());
  }
}

Network build_layers(Json& layers, const std::string& pointer, FeatureShape input, Json* summary) {
  Network network;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    std::unique_ptr<Layer> layer = build_layer(layers[i], child_pointer(pointer, i), input);
    if (summary) summary->push_back(layer->type() + " " + to_string(input) + " -> " + to_string(layer->output_shape()));
    input = layer->output_shape();
    network.add(std::move(layer));
  }
  return network;
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
  r.add({"locally_connected",
         "own k x k x C filters at every location of a C x H x W map (no weight sharing)",
         LocallyConnected2D::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<LocallyConnected2D>(o, in);
         }});
  r.add({"conv2d", "2-D convolution of a C x H x W map: k x k, stride, zero padding, channel groups",
         Conv2D::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<Conv2D>(o, in);
         }});
  r.add({"max_pool2d", "largest value of each k x k window of every channel", Pool2D::schema(),
         [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<Pool2D>(PoolKind::max, o, in);
         }});
  r.add({"avg_pool2d", "mean of each k x k window of every channel (padding counts as 0)", Pool2D::schema(),
         [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<Pool2D>(PoolKind::average, o, in);
         }});
  r.add({"maxout", "largest of every `pieces` consecutive channels (features), at each location",
         Maxout::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<Maxout>(o, in);
         }});
  add_activation(r, Activation::relu, "relu", "y = max(x, 0), element-wise");
  add_activation(r, Activation::leaky_relu, "leaky_relu", "y = x > 0 ? x : slope * x");
  add_activation(r, Activation::elu, "elu", "y = x > 0 ? x : alpha * (exp(x) - 1)");
  add_activation(r, Activation::sigmoid, "sigmoid", "y = 1 / (1 + exp(-x))");
  add_activation(r, Activation::tanh, "tanh", "y = amplitude * tanh(slope * x) (1 and 1: plain tanh)");
  r.add({"l2_norm", "per row y = x / (||x||_2 + eps), no mean subtraction, no parameters",
         LengthNorm::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<LengthNorm>(LengthNormKind::l2, o, in);
         }});
  r.add({"rms_norm",
         "per row y = x / (sqrt(mean(x^2)) + eps), no mean subtraction (Hinton's FF code)",
         LengthNorm::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<LengthNorm>(LengthNormKind::rms, o, in);
         }});
  r.add({"layer_norm", "per row (x - mean) / std, then learnable gain and bias per feature",
         LayerNorm::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<LayerNorm>(o, in);
         }});
  r.add({"batch_norm",
         "per channel (per feature for flat rows) batch normalisation, running statistics at evaluation, "
         "learnable gain and bias",
         BatchNorm::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<BatchNorm>(o, in);
         }});
  r.add({"channel_affine",
         "learnable gain and bias per channel (per feature for flat rows): y = gain[c] x + bias[c]; after "
         "avg_pool2d, LeNet-5's trainable subsampling",
         ChannelAffine::schema(), [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<ChannelAffine>(o, in);
         }});
  r.add({"dropout", "inverted dropout in training, identity otherwise", Dropout::schema(),
         [](const Json& o, FeatureShape in) -> std::unique_ptr<Layer> {
           return std::make_unique<Dropout>(o, in);
         }});
}

}  // namespace fflab
