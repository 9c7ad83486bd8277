// A user's own trainer, written in this file without touching the library:
// the proof that the epoch loop is the library's. "last_layer" trains only
// the network's last layer by softmax cross-entropy on the network output
// (the layers below keep their random initialisation: random features and a
// trained readout). It supplies its settings (the common keys, parsed by
// TrainingSettings) and a batch step; batches, jitter, schedule, tally,
// divergence checks and progress are the library's. It registers itself in
// the trainer registry and trains through a manifest.
#include <catch2/catch.hpp>

#include "fflab/experiment/runner.hpp"
#include "fflab/losses/softmax_cross_entropy.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/network_model.hpp"
#include "fflab/train/registry.hpp"
#include "fflab/train/training_keys.hpp"
#include "support/fixtures.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

std::size_t last_layer_batches = 0;  // batches the user trainer's step has seen

class LastLayerTrainer : public Trainer {
 public:
  static Schema schema() {
    Schema s;
    add_epochs_key(s);
    add_batch_size_key(s);
    add_optimizer_key(s, Json{{"type", "sgd"}, {"lr", 0.1}, {"momentum", 0.9}}, "update rule of the last layer");
    add_schedule_key(s, Json{{"type", "constant"}}, "learning-rate schedule over epochs");
    add_augmentation_keys(s);
    return s;
  }
  explicit LastLayerTrainer(const Json& options) : settings_(options) {}

  std::string type() const override { return "last_layer"; }
  const TrainingSettings& settings() const override { return settings_; }
  void attach(Network& network, const Dataset& data) override {
    check_augmentation(static_cast<std::size_t>(settings_.jitter), settings_.flip, data.shape);
    model_.set_network(network);
    parameters_ = network.layer(network.size() - 1).parameters();
    optimizers_.clear();
    for (const Parameter& p : parameters_) {
      Json spec = settings_.optimizer;
      optimizers_.push_back(optimizer_registry().build(spec, "/trainer/optimizer", p));
    }
  }
  std::vector<Optimizer*> optimizers() override {
    std::vector<Optimizer*> out;
    for (auto& o : optimizers_) out.push_back(o.get());
    return out;
  }
  TrainedModel& model() override { return model_; }

  double train_batch(Network& network, const TrainingBatch& batch) override {
    ++last_layer_batches;
    const Matrix& output = network.forward(batch.images, batch.context);
    const float loss = loss_.evaluate(output, batch.labels, &doutput_);
    batch.tally.add_errors(count_errors(output, batch.labels), batch.rows);
    network.zero_grad();
    network.backward(doutput_);
    for (std::size_t i = 0; i < parameters_.size(); ++i)
      updater().update(*optimizers_[i], *parameters_[i].value, *parameters_[i].grad, batch.lr);
    return loss;
  }

 private:
  TrainingSettings settings_;
  NetworkModel model_{"last_layer"};
  SoftmaxCrossEntropy loss_;
  std::vector<Parameter> parameters_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  Matrix doutput_;
};

void register_last_layer() {
  static const bool once = [] {
    trainer_registry().add({"last_layer", "trains the last layer only (a user trainer in a test)",
                            LastLayerTrainer::schema(),
                            [](const Json& options) { return std::make_unique<LastLayerTrainer>(options); }});
    return true;
  }();
  (void)once;
}

Json last_layer_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "user_trainer", "seed": 5, "threads": 1,
    "dataset": {"type": "synthetic", "train": 300, "validation": 60, "test": 90, "features": 8, "classes": 3},
    "network": {"layers": [{"type": "dense", "units": 32}, {"type": "relu"}, {"type": "dense", "units": 3}]},
    "trainer": {"type": "last_layer", "epochs": 4, "batch_size": 30}
  })");
}

}  // namespace

TEST_CASE("a user trainer (a batch step and settings) registers and trains through a manifest", "[user_trainer]") {
  register_last_layer();
  REQUIRE(trainer_registry().contains("last_layer"));
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  last_layer_batches = 0;
  const Json record = run_experiment(last_layer_manifest(), options);
  CHECK(record["status"] == "completed");
  CHECK(record["manifest"]["trainer"]["optimizer"]["type"] == "sgd");  // the common keys' defaults filled in
  REQUIRE(record["epochs"].size() == 4);
  for (const auto& e : record["epochs"]) {
    CHECK(e.contains("train_loss"));
    CHECK(e.contains("test_error"));
  }
  CHECK(last_layer_batches == 4 * 10);  // 300 rows in batches of 30, every epoch through the library's loop
  INFO(record["final"].dump());
  CHECK(record["final"]["test_error"].get<double>() < 20.0);  // chance: 66.7
  // The loop reports the trainer's loss falling.
  CHECK(record["epochs"][3]["train_loss"].get<double>() < record["epochs"][0]["train_loss"].get<double>());
}
