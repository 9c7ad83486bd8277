#pragma once
// BackpropTrainer ("backprop"): global loss on the network output, gradients
// through every layer (Network::backward), one optimizer per parameter block,
// learning rate lr * schedule(epoch). Optional jitter augmentation per batch.
#include <memory>

#include "fflab/losses/loss.hpp"
#include "fflab/train/network_model.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class BackpropTrainer : public Trainer {
 public:
  explicit BackpropTrainer(const Json& options);
  std::string type() const override { return "backprop"; }
  const TrainingSettings& settings() const override { return settings_; }
  void attach(Network& network, const Dataset& data) override;
  /// Forward, global loss, backward, one update per parameter block.
  double train_batch(Network& network, const TrainingBatch& batch) override;
  std::vector<Optimizer*> optimizers() override;
  /// The network alone (no Forward-Forward capability).
  TrainedModel& model() override { return model_; }

  static Schema schema();

 private:
  TrainingSettings settings_;
  NetworkModel model_{"backprop"};
  std::unique_ptr<Loss> loss_;
  std::vector<Parameter> parameters_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  Matrix doutput_;
};

}  // namespace fflab
