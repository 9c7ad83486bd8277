#include "fflab/optim/common_keys.hpp"

namespace fflab {

Schema& add_common_optimizer_keys(Schema& schema, double default_lr) {
  schema.optional("lr", KeyType::number, default_lr,
                  "learning rate (read by the trainer and multiplied by the schedule's factor)")
      .above(0);
  schema.optional("weight_decay", KeyType::number, 0.0,
                  "L2 weight cost: grad += weight_decay * value, on weights only (not biases "
                  "or gains)")
      .at_least(0);
  return schema;
}

float effective_weight_decay(const Json& options, const Parameter& param) {
  if (!param.decay) return 0.0f;
  return options.value("weight_decay", 0.0f);
}

}  // namespace fflab
