// Resuming restores each optimizer's own state: with the greedy block
// schedule and Adam, the blocks' optimizers have taken different numbers of
// steps when the run stops, and Adam's bias correction reads that count, so
// a count restored into the wrong optimizer changes the resumed record.
#include <catch2/catch.hpp>

#include "fflab/experiment/record.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/stop_after.hpp"

using namespace fflab;

namespace {

Json greedy_adam_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "greedy_adam", "seed": 4, "threads": 1,
    "dataset": {"type": "synthetic", "train": 400, "validation": 60, "test": 90, "features": 12, "classes": 3},
    "network": {"layers": [{"type": "dense", "units": 16}, {"type": "relu"},
                           {"type": "dense", "units": 16}, {"type": "relu"},
                           {"type": "dense", "units": 16}, {"type": "relu"}]},
    "trainer": {"type": "forward_forward", "epochs": 6, "batch_size": 50, "block_schedule": "greedy",
                "optimizer": {"type": "adam", "lr": 0.01},
                "softmax_head": {"blocks": "all", "optimizer": {"type": "adam", "lr": 0.01}}},
    "evaluation": {"procedures": [{"type": "goodness_every_label", "blocks": "all"}, {"type": "one_pass_softmax"}]}
  })");
}

}  // namespace

TEST_CASE("a greedy-schedule Adam run stopped in its second block's epochs resumes to the uninterrupted record",
          "[checkpoint]") {
  fflab::test::TempDir reference_dir, stopped_dir;
  RunOptions options;
  options.results_dir = reference_dir.path();
  const Json reference = run_experiment(greedy_adam_manifest(), options);

  // Epochs 1-2 train block 0, 3-4 block 1, 5-6 block 2: after epoch 3 the
  // three blocks' optimizers have taken 16, 8 and 0 steps.
  fflab::test::StopAfter stop(3);
  options.results_dir = stopped_dir.path();
  options.observer = &stop;
  CHECK_THROWS_WITH(run_experiment(greedy_adam_manifest(), options), "interrupted");
  options.observer = nullptr;
  const Json resumed = run_experiment(greedy_adam_manifest(), options);

  REQUIRE(resumed.contains("resumes"));
  CHECK(without_timings(resumed).dump() == without_timings(reference).dump());
}
