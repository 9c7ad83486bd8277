#pragma once
// A small valid manifest on the synthetic dataset, for runner and CLI tests.
#include "fflab/core/schema.hpp"

namespace fflab::test {

inline Json tiny_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "tiny", "seed": 3, "threads": 1,
    "dataset": {"type": "synthetic", "train": 300, "validation": 60, "test": 90, "features": 8, "classes": 3},
    "network": {"layers": [{"type": "dense", "units": 16}, {"type": "relu"}, {"type": "dense", "units": 3}]},
    "trainer": {"type": "backprop", "epochs": 3, "batch_size": 32,
                "optimizer": {"type": "sgd", "lr": 0.1, "momentum": 0.9}}
  })");
}

/// A run of a few seconds an epoch (4 epochs), for tests that stop a run
/// process while it trains.
inline Json slow_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "resume", "seed": 9, "threads": 1,
    "dataset": {"type": "synthetic", "train": 12000, "validation": 500, "test": 500, "features": 256, "classes": 5},
    "network": {"layers": [{"type": "dense", "units": 768}, {"type": "relu"},
                           {"type": "dropout", "rate": 0.1},
                           {"type": "dense", "units": 768}, {"type": "relu"}, {"type": "dense", "units": 5}]},
    "trainer": {"type": "backprop", "epochs": 4, "batch_size": 50,
                "optimizer": {"type": "adam", "lr": 0.001}}
  })");
}

/// tiny_manifest() as a study of two seeds (1 and 2) of one epoch each.
inline Json tiny_two_seed_manifest() {
  Json m = tiny_manifest();
  m["seeds"] = Json::array({1, 2});
  m["trainer"]["epochs"] = 1;
  return m;
}

}  // namespace fflab::test
