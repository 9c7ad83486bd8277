#pragma once
// The layer registry: {"type": "dense", "units": 2000, ...} + input shape -> Layer.
#include "fflab/core/registry.hpp"
#include "fflab/layers/layer.hpp"
#include "fflab/layers/network.hpp"

namespace fflab {

using LayerRegistry = Registry<Layer, FeatureShape>;

/// The registry with every built-in layer (register_builtin_layers) added.
LayerRegistry& layer_registry();
void register_builtin_layers(LayerRegistry& registry);

/// Validates and builds the layer section `spec` found at `pointer` for
/// inputs of `input`. A layer's factory throws ShapeError when it cannot take
/// that input and ConfigError with a pointer relative to its section
/// ("/kernel") when an option does not fit it; both come out of here as
/// ConfigErrors under `pointer` ("/network/layers/0/kernel").
std::unique_ptr<Layer> build_layer(Json& spec, const std::string& pointer, FeatureShape input);

/// The network of the "layers" array `layers` found at `pointer`: each entry
/// built by build_layer (defaults filled in) on the previous layer's output
/// shape, the first on `input`; not initialised. `summary`, if given, gets
/// one "type in -> out" line per layer.
Network build_layers(Json& layers, const std::string& pointer, FeatureShape input, Json* summary = nullptr);

}  // namespace fflab
