#include "run_setup.hpp"

#include "fflab/distributed/communicator.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/float_environment.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/layers/weight_budget.hpp"
#include "fflab/train/registry.hpp"

namespace fflab {

namespace {

/// Bytes a weight costs in training: its value and gradient (4 bytes each)
/// and the state of the trainer's optimizer (an unknown one counted as Adam's two).
double bytes_per_weight(const Json& trainer) {
  const Json optimizer = trainer.contains("optimizer") ? trainer["optimizer"] : Json();
  const std::string type = optimizer.is_object() ? optimizer.value("type", "") : "";
  double states = 2.0;
  if (type == "sgd") states = optimizer.value("momentum", 0.0) != 0.0 ? 1.0 : 0.0;
  if (type == "adagrad") states = 1.0;
  return 4.0 * (2.0 + states);
}

/// Builds the layers of `spec`; a layer that would take the network past the
/// machine's available memory is refused before it allocates.
Network build_network(Json& spec, const FeatureShape& input, std::size_t classes, bool outputs_classes,
                      double weight_bytes, Json& summary) {
  const NetworkMemoryBudget budget(weight_bytes, available_memory_bytes());
  Network network = build_layers(spec["layers"], "/network/layers", input, &summary);
  const std::size_t outputs = network.size() == 0 ? input.size() : network.output_shape().size();
  if (outputs_classes && outputs != classes)
    throw ConfigError("/network/layers", "the last layer gives " + std::to_string(outputs) +
                                             " outputs but the dataset has " + std::to_string(classes) +
                                             " classes: end the network with " + std::to_string(classes) +
                                             " units");
  return network;
}

}  // namespace

bool trains_on_every_rank(const Json& manifest) {
  return manifest.contains("distributed") && manifest["distributed"].is_object() && world().size() > 1;
}

void check_batch_shares(const Json& manifest, std::size_t train_rows, int ranks) {
  const auto batch = manifest["trainer"]["batch_size"].get<std::size_t>();
  const std::size_t last = train_rows % batch;
  const auto n = static_cast<std::size_t>(ranks);
  if (batch < n)
    throw ConfigError("/trainer/batch_size", "a batch of " + std::to_string(batch) + " rows cannot be shared by " +
                                                 std::to_string(ranks) + " ranks: give each at least one row "
                                                 "(batch_size >= ranks) or start fewer ranks");
  if (last != 0 && last < n)
    throw ConfigError("/trainer/batch_size", "the last batch of an epoch has " + std::to_string(last) + " of " +
                                                 std::to_string(train_rows) + " training rows, fewer than the " +
                                                 std::to_string(ranks) + " ranks: choose a batch_size that divides " +
                                                 std::to_string(train_rows) + " or leaves at least " +
                                                 std::to_string(ranks) + " rows over");
}

void set_up(const Json& manifest, Rng& train_rng, Setup& s) {
  check_distributed_mode(manifest, built_with_mpi());
  set_threads(manifest["threads"].get<int>());
  flush_subnormals();
  Rng root(manifest["seed"].get<std::uint64_t>());
  Rng data_rng = root.split(), init_rng = root.split();
  train_rng = root.split();
  Json dataset_spec = manifest["dataset"];
  s.data = dataset_registry().build(dataset_spec, "/dataset", data_rng);
  Json trainer_spec = manifest["trainer"];
  s.trainer = trainer_registry().build(trainer_spec, "/trainer");
  Json network_spec = manifest["network"];
  s.network = build_network(network_spec, s.trainer->network_input(s.data->shape, s.data->num_classes),
                            s.data->num_classes, s.trainer->network_outputs_classes(),
                            bytes_per_weight(trainer_spec), s.layer_summary);
  s.network.initialize(init_rng);
  s.trainer->attach(s.network, *s.data);
  s.trainer->initialize(init_rng);
  if (trains_on_every_rank(manifest)) {
    if (manifest["distributed"]["mode"] == "layer_pipeline") {
      s.trainer->pipeline(world());
    } else {
      check_batch_shares(manifest, s.data->train.size(), world().size());
      s.trainer->distribute(world());
    }
  }
  s.evaluation = manifest["evaluation"];
  s.procedures = build_procedures(s.evaluation);
  check_procedures(s.procedures, *s.trainer, s.data->train);
}

}  // namespace fflab
