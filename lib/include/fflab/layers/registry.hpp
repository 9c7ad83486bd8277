#pragma once
// The layer registry: {"type": "dense", "units": 2000, ...} + input shape -> Layer.
#include "fflab/core/registry.hpp"
#include "fflab/layers/layer.hpp"

namespace fflab {

using LayerRegistry = Registry<Layer, FeatureShape>;

/// The registry with every built-in layer (register_builtin_layers) added.
LayerRegistry& layer_registry();
void register_builtin_layers(LayerRegistry& registry);

}  // namespace fflab
