#pragma once
// BackpropTrainer ("backprop"): global loss on the network output, gradients
// through every layer (Network::backward), one optimizer per parameter block,
// learning rate lr * schedule(epoch). Optional jitter augmentation per batch.
#include <memory>

#include "fflab/losses/loss.hpp"
#include "fflab/optim/schedule.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class BackpropTrainer : public Trainer {
 public:
  explicit BackpropTrainer(const Json& options);
  std::string type() const override { return "backprop"; }
  std::size_t epochs() const override { return epochs_; }
  void attach(Network& network, const Dataset& data) override;
  EpochMetrics train_epoch(Network& network, const Split& train, const FeatureShape& shape,
                           std::size_t epoch, Rng& rng, const ProgressCallback& progress) override;
  std::vector<Optimizer*> optimizers() override;

  static Schema schema();

 private:
  Json options_;
  std::size_t epochs_, batch_size_;
  int jitter_;
  float lr_;
  std::unique_ptr<Loss> loss_;
  std::unique_ptr<Schedule> schedule_;
  std::vector<Parameter> parameters_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  Matrix batch_x_, jittered_, doutput_;
  Labels batch_y_;
};

}  // namespace fflab
