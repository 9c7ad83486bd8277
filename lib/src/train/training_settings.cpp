#include "fflab/train/training_settings.hpp"

#include "fflab/optim/registry.hpp"

namespace fflab {

TrainingSettings::TrainingSettings(const Json& options)
    : epochs(options.at("epochs").get<std::size_t>()),
      batch_size(options.at("batch_size").get<std::size_t>()),
      jitter(options.at("jitter").get<int>()),
      flip(options.at("flip").get<bool>()),
      optimizer(options.at("optimizer")),
      schedule_options(options.at("schedule")),
      lr(optimizer.at("lr").get<float>()) {
  Json spec = schedule_options;
  schedule = schedule_registry().build(spec, "/trainer/schedule");
}

void TrainingSettings::describe(Json& summary) const {
  summary["batch_size"] = batch_size;
  summary["epochs"] = epochs;
  summary["optimizer"] = optimizer;
  summary["schedule"] = schedule_options;
  if (flip) summary["flip"] = true;
}

}  // namespace fflab
