#include "fflab/train/backprop_trainer.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/training_keys.hpp"

namespace fflab {

Schema BackpropTrainer::schema() {
  Schema s;
  add_epochs_key(s);
  add_batch_size_key(s);
  s.optional("loss", KeyType::object, Json{{"type", "softmax_cross_entropy"}},
             "global loss on the network output ({\"type\": ...})")
      .validated_by([](Json& j, const std::string& p) { loss_registry().validate(j, p); });
  add_optimizer_key(s, Json{{"type", "sgd"}, {"lr", 0.1}, {"momentum", 0.9}},
                    "update rule, one instance per parameter block ({\"type\": ..., \"lr\": ...})");
  add_schedule_key(s, Json{{"type", "constant"}}, "learning-rate schedule over epochs ({\"type\": ...})");
  add_augmentation_keys(s);
  return s;
}

BackpropTrainer::BackpropTrainer(const Json& options) : settings_(options) {
  Json loss = options.at("loss");
  loss_ = loss_registry().build(loss, "/trainer/loss");
}

void BackpropTrainer::attach(Network& network, const Dataset& data) {
  check_augmentation(static_cast<std::size_t>(settings_.jitter), settings_.flip, data.shape);
  model_.set_network(network);
  parameters_ = network.parameters();
  optimizers_.clear();
  for (const auto& p : parameters_) {
    Json optimizer = settings_.optimizer;
    optimizers_.push_back(optimizer_registry().build(optimizer, "/trainer/optimizer", p));
  }
}

std::vector<Optimizer*> BackpropTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  return out;
}

double BackpropTrainer::train_batch(Network& network, const TrainingBatch& batch) {
  const Matrix& output = network.forward(batch.images, batch.context);
  const float loss = loss_->evaluate(output, batch.labels, &doutput_);
  batch.check_finite(loss, "loss");
  batch.tally.add_errors(count_errors(output, batch.labels), batch.rows);

  network.backward(doutput_, /*write_grads=*/true);
  for (std::size_t i = 0; i < parameters_.size(); ++i)
    updater().update(*optimizers_[i], *parameters_[i].value, *parameters_[i].grad, batch.lr);
  return static_cast<double>(loss);
}

}  // namespace fflab
