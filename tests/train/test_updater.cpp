// The update seam: every parameter update of every trainer goes through its
// ParameterUpdater. A recording updater plugged into each trainer sees every
// optimizer that optimizers() lists once per batch and no other, and an
// updater that applies rate 0 leaves the network and the trainer's trained
// state (heads, top-down layers, rule parameters) unchanged.
#include <catch2/catch.hpp>

#include <map>

#include "fflab/train/registry.hpp"
#include "fflab/train/parameter_updater.hpp"
#include "support/networks.hpp"

using namespace fflab;
using fflab::test::cycling_labels_data;
using fflab::test::relu_blocks;

namespace {

/// Counts the updates of each optimizer, then updates as the local updater does.
class RecordingUpdater : public ParameterUpdater {
 public:
  void update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) override {
    ++calls[&optimizer];
    local_updater().update(optimizer, value, grad, lr);
  }
  std::map<const Optimizer*, std::size_t> calls;
};

/// Steps every optimizer at rate 0: its state moves, its parameter does not.
class FrozenUpdater : public ParameterUpdater {
 public:
  void update(Optimizer& optimizer, Matrix& value, Matrix& grad, float /*lr*/) override {
    optimizer.step(value, grad, 0.0f);
  }
};

struct Case {
  const char* name;
  Json trainer;
  std::size_t outputs;  // the network's output layer (0: none, FF nets)
};

std::vector<Case> cases() {
  return {
      {"backprop", {{"type", "backprop"}}, 3},
      {"forward_forward with a softmax head", {{"type", "forward_forward"}, {"softmax_head", {{"enabled", true}}}}, 0},
      {"recurrent_ff", {{"type", "recurrent_ff"}, {"iterations", 3}, {"test_window", {1, 3}}}, 0},
      {"local_rules (local_head: private parameters)", {{"type", "local_rules"}, {"rule", {{"type", "local_head"}}}}, 3},
  };
}

struct Subject {
  Dataset data;
  Network network;
  std::unique_ptr<Trainer> trainer;
};

/// The case's trainer on a 8-6-5 relu net and 60 rows of 3 classes, attached
/// and initialised; one epoch is 6 batches of 10.
Subject subject(const Case& c) {
  Subject s{cycling_labels_data(60, 8, 3, 5), relu_blocks(8, {6, 5}, 6, c.outputs), nullptr};
  Json spec = c.trainer;
  spec["epochs"] = 2;
  spec["batch_size"] = 10;
  s.trainer = trainer_registry().build(spec, "/trainer");
  s.trainer->attach(s.network, s.data);
  Rng init(7);
  s.trainer->initialize(init);
  return s;
}

std::vector<Matrix> snapshot(Subject& s) {
  std::vector<Matrix> out;
  for (const Parameter& p : s.network.parameters()) out.push_back(*p.value);
  for (Matrix* m : s.trainer->extra_state()) out.push_back(*m);
  return out;
}

}  // namespace

TEST_CASE("a recording updater sees every optimizer the trainer lists, once per batch", "[updater]") {
  for (const Case& c : cases()) {
    SECTION(c.name) {
      Subject s = subject(c);
      RecordingUpdater recorder;
      s.trainer->set_updater(recorder);
      Rng rng(8);
      s.trainer->train_epoch(s.network, s.data.train, s.data.shape, 0, rng, {});
      const std::vector<Optimizer*> listed = s.trainer->optimizers();
      REQUIRE_FALSE(listed.empty());
      CHECK(recorder.calls.size() == listed.size());
      for (const Optimizer* o : listed) CHECK(recorder.calls[o] == 6);
    }
  }
}

TEST_CASE("an updater that applies rate 0 leaves every trained tensor unchanged", "[updater]") {
  for (const Case& c : cases()) {
    SECTION(c.name) {
      Subject s = subject(c);
      FrozenUpdater frozen;
      s.trainer->set_updater(frozen);
      const std::vector<Matrix> before = snapshot(s);
      Rng rng(8);
      s.trainer->train_epoch(s.network, s.data.train, s.data.shape, 0, rng, {});
      const std::vector<Matrix> after = snapshot(s);
      REQUIRE(after.size() == before.size());
      for (std::size_t i = 0; i < before.size(); ++i) CHECK(after[i] == before[i]);
      // The same trainer with the local updater does learn.
      s.trainer->set_updater(local_updater());
      s.trainer->train_epoch(s.network, s.data.train, s.data.shape, 0, rng, {});
      const std::vector<Matrix> trained = snapshot(s);
      bool changed = false;
      for (std::size_t i = 0; i < before.size(); ++i) changed = changed || trained[i] != before[i];
      CHECK(changed);
    }
  }
}
