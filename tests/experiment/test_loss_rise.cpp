#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/loss_rise.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/train/backprop_trainer.hpp"
#include "fflab/train/registry.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {
/// Epochs 1.. with these training losses (and, if given, a "block0.loss" measure).
std::vector<EpochEntry> epochs_with(const std::vector<double>& losses, const std::vector<double>& block = {}) {
  std::vector<EpochEntry> out;
  for (std::size_t i = 0; i < losses.size(); ++i) {
    EpochEntry e;
    e.epoch = i + 1;
    e.train_loss = losses[i];
    if (i < block.size()) e.measures = std::vector<std::pair<std::string, double>>{{"block0.loss", block[i]},
                                                                                   {"block0.pos_goodness", 1e9}};
    out.push_back(e);
  }
  return out;
}

/// Backprop whose reported batch loss is multiplied by 1e8 per epoch after
/// the first (the tiny run's loss falls about 60-fold from epoch 1 to 2):
/// a loss that runs away while the training itself is the real thing
/// (registered on first use).
class InflatingBackprop : public BackpropTrainer {
 public:
  using BackpropTrainer::BackpropTrainer;
  std::string type() const override { return "inflating_backprop"; }
  float begin_epoch(std::size_t epoch) override {
    epoch_ = epoch;
    return BackpropTrainer::begin_epoch(epoch);
  }
  double train_batch(Network& network, const TrainingBatch& batch) override {
    return BackpropTrainer::train_batch(network, batch) * std::pow(1e8, static_cast<double>(epoch_));
  }

 private:
  std::size_t epoch_ = 0;
};
void register_inflating_backprop() {
  static const bool once = [] {
    trainer_registry().add({"inflating_backprop", "backprop reporting a loss 1e8 times larger each epoch (tests)",
                            BackpropTrainer::schema(),
                            [](const Json& o) { return std::make_unique<InflatingBackprop>(o); }});
    return true;
  }();
  (void)once;
}
}  // namespace

TEST_CASE("a loss far above its lowest and above its start is a rise", "[loss_rise]") {
  const auto rise = loss_rise(epochs_with({1.4, 0.5, 0.2, 250.0}), 1000);
  REQUIRE(rise);  // 250 / 0.2 = 1250 > 1000, and 250 > 1.4
  CHECK(*rise == "train_loss rose to 250 in epoch 4, 1250 times its lowest (0.2, epoch 3) and above its first "
                 "epoch's 1.4");
  CHECK_FALSE(loss_rise(epochs_with({1.4, 0.5, 0.2, 199.0}), 1000));  // 995 times: below the factor
  CHECK(loss_rise(epochs_with({1.4, 0.5, 0.2, 199.0}), 900));
}

TEST_CASE("a loss that comes back from a tiny lowest but stays below its start is no rise", "[loss_rise]") {
  CHECK_FALSE(loss_rise(epochs_with({1.0, 1e-5, 0.5}), 1000));  // 50,000 times its lowest, below epoch 1's
  CHECK(loss_rise(epochs_with({1.0, 1e-5, 1.5}), 1000));
}

TEST_CASE("a block's local loss is checked on its own; other measures are not", "[loss_rise]") {
  // The training loss stays put; block 0's loss runs away from 0.03 (epoch 2) to 1e12.
  const auto rise = loss_rise(epochs_with({0.3, 0.2, 0.25}, {0.5, 0.03, 1e12}), 1000);
  REQUIRE(rise);
  CHECK(rise->rfind("block0.loss rose to 1e+12 in epoch 3, 3.333e+13 times its lowest (0.03, epoch 2)", 0) == 0);
  // pos_goodness (1e9 every epoch) is not a loss; a single epoch or a zero lowest has nothing to compare.
  CHECK_FALSE(loss_rise(epochs_with({0.3, 0.2, 0.25}, {0.5, 0.03, 0.04}), 1000));
  CHECK_FALSE(loss_rise(epochs_with({5.0}), 1000));
  CHECK_FALSE(loss_rise(epochs_with({0.0, 0.0, 7.0}), 1000));
}

TEST_CASE("a run whose loss runs away stops as diverged, unless told to train on", "[runner][loss_rise]") {
  register_inflating_backprop();
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json m = fflab::test::tiny_manifest();
  m["trainer"]["type"] = "inflating_backprop";
  CHECK_THROWS_WITH(run_experiment(m, options),
                    Catch::StartsWith("training diverged in epoch 2: train_loss rose to") &&
                        Catch::Contains("(stop_on_loss_rise 1000)"));
  const Json record = Json::parse(fflab::test::read_text(dir / "tests/tiny/record.json"));
  CHECK(record["status"] == "diverged");
  CHECK(record["epochs"].size() == 2);  // the epoch that rose is in the record
  CHECK(record["manifest"]["stop_on_loss_rise"] == 1000);

  m["stop_on_loss_rise"] = nullptr;
  TempDir other;
  options.results_dir = other.path();
  const Json trained_on = run_experiment(m, options);
  CHECK(trained_on["status"] == "completed");
  CHECK(trained_on["epochs"].size() == 3);
}

TEST_CASE("stop_on_loss_rise must be above 1 or null", "[manifest][loss_rise]") {
  Json m = fflab::test::tiny_manifest();
  m["stop_on_loss_rise"] = 1;
  CHECK_THROWS_WITH(resolve_manifest(m), Catch::Contains("/stop_on_loss_rise"));
  m["stop_on_loss_rise"] = "1000";
  CHECK_THROWS_WITH(resolve_manifest(m), Catch::Contains("/stop_on_loss_rise"));
}
