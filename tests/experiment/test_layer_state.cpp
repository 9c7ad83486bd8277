// A layer's non-trainable state (batch norm's running statistics) travels
// with the parameters: a checkpoint and the model file hold it, a resumed run
// continues from it, and evaluating a model file uses it.
#include <catch2/catch.hpp>

#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/evaluate_model.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::StopAfter;
using fflab::test::TempDir;

namespace {

/// A tiny image net with batch norm over maps and over flat features; slow
/// running statistics (momentum 0.02), so where they start matters.
Json batch_norm_manifest() {
  Json m = fflab::test::tiny_manifest();
  m["name"] = "batch_norm";
  m["dataset"]["image_shape"] = Json::array({2, 2, 2});
  m["dataset"].erase("features");
  m["network"] = Json::parse(R"({"layers": [
      {"type": "conv2d", "channels": 4, "kernel": 2, "padding": 1}, {"type": "batch_norm", "momentum": 0.02},
      {"type": "relu"}, {"type": "dense", "units": 10}, {"type": "batch_norm", "momentum": 0.02},
      {"type": "relu"}, {"type": "dense", "units": 3}]})");
  return m;
}

Json run_into(const Json& manifest, const TempDir& dir, RunObserver* observer = nullptr) {
  RunOptions options;
  options.results_dir = dir.path();
  options.observer = observer;
  return run_experiment(manifest, options);
}

}  // namespace

TEST_CASE("batch norm's running statistics are in the model file, resumed and used by evaluation", "[checkpoint]") {
  const Json m = batch_norm_manifest();
  TempDir straight, resumed;
  const Json reference = run_into(m, straight);
  StopAfter stop(1);
  CHECK_THROWS(run_into(m, resumed, &stop));
  const Json after_resume = run_into(m, resumed);
  CHECK(after_resume["final"] == reference["final"]);

  // Parameters: conv weight, bias; gain, bias; dense weight, bias; gain, bias;
  // dense weight, bias (10); then the two batch norms' running mean and var.
  const Checkpoint a = load_checkpoint(model_path(m, straight.path()));
  const Checkpoint b = load_checkpoint(model_path(m, resumed.path()));
  REQUIRE(a.tensors.size() >= 14);
  REQUIRE(a.tensors.size() == b.tensors.size());
  const std::vector<std::size_t> widths = {4, 4, 10, 10};
  for (std::size_t i = 0; i < 4; ++i) {
    INFO("state tensor " << i);
    const Matrix& t = a.tensors[10 + i];
    REQUIRE(t.shape()[0] == 1);
    REQUIRE(t.shape()[1] == widths[i]);
    const float start = i % 2 == 0 ? 0.0f : 1.0f;  // running mean starts at 0, var at 1
    bool moved = false;
    for (float v : t) moved = moved || v != start;
    CHECK(moved);
    CHECK(t == b.tensors[10 + i]);  // the resumed run continued from the checkpointed statistics
  }
  const ModelEvaluation e = evaluate_model(m, model_path(m, straight.path()), {"validation", "test"});
  CHECK(e.errors["softmax"]["validation"] == reference["final"]["validation_error"]);
  CHECK(e.errors["softmax"]["test"] == reference["final"]["test_error"]);
}
