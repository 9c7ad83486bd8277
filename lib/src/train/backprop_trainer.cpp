#include "fflab/train/backprop_trainer.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/epoch_batches.hpp"
#include "fflab/train/epoch_tally.hpp"
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
  add_jitter_key(s);
  return s;
}

BackpropTrainer::BackpropTrainer(const Json& options)
    : options_(options),
      epochs_(options.at("epochs").get<std::size_t>()),
      batch_size_(options.at("batch_size").get<std::size_t>()),
      jitter_(options.at("jitter").get<int>()),
      lr_(options.at("optimizer").at("lr").get<float>()) {
  Json loss = options.at("loss"), schedule = options.at("schedule");
  loss_ = loss_registry().build(loss, "/trainer/loss");
  schedule_ = schedule_registry().build(schedule, "/trainer/schedule");
}

void BackpropTrainer::attach(Network& network, const Dataset& data) {
  check_jitter(static_cast<std::size_t>(jitter_), data.shape);
  parameters_ = network.parameters();
  optimizers_.clear();
  for (const auto& p : parameters_) {
    Json optimizer = options_.at("optimizer");
    optimizers_.push_back(optimizer_registry().build(optimizer, "/trainer/optimizer", p));
  }
}

std::vector<Optimizer*> BackpropTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  return out;
}

EpochMetrics BackpropTrainer::train_epoch(Network& network, const Split& train,
                                          const FeatureShape& shape, std::size_t epoch, Rng& rng,
                                          const ProgressCallback& progress) {
  const EpochBatches batches(train, batch_size_, rng);
  const float lr = lr_ * schedule_->factor(epoch, epochs_);
  EpochTally tally(epoch, epochs_, batches.count(), progress);
  RunContext ctx{true, &rng};

  for (std::size_t b = 0; b < batches.count(); ++b) {
    const std::size_t count = batches.rows(b);
    const Matrix& input = batches.gather(b, batch_x_, batch_y_, shape, jitter_, rng, jittered_);

    const Matrix& output = network.forward(input, ctx);
    const float loss = loss_->evaluate(output, batch_y_, &doutput_);
    if (!std::isfinite(loss))
      throw batch_diverged(epoch, b, "loss", loss);
    tally.add_errors(count_errors(output, batch_y_), count);

    network.zero_grad();
    network.backward(doutput_);
    for (std::size_t i = 0; i < parameters_.size(); ++i)
      optimizers_[i]->step(*parameters_[i].value, *parameters_[i].grad, lr);
    tally.batch_done(b, count, static_cast<double>(loss));
  }
  return tally.finish(lr);
}

}  // namespace fflab
