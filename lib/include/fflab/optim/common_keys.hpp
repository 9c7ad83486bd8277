#pragma once
// Keys shared by every optimizer section: "lr" (read by trainers, never by the
// optimizer itself) and "weight_decay" (L2, applied by the optimizer to blocks
// whose Parameter.decay is true: grad += weight_decay * value).
#include "fflab/core/schema.hpp"
#include "fflab/layers/layer.hpp"

namespace fflab {

/// Declares "lr" (> 0, default `default_lr`) and "weight_decay" (>= 0, default 0).
Schema& add_common_optimizer_keys(Schema& schema, double default_lr);

/// The L2 coefficient an optimizer applies to `param`: the section's
/// "weight_decay" if the block decays, else 0.
float effective_weight_decay(const Json& options, const Parameter& param);

}  // namespace fflab
