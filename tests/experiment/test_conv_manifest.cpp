// A small convolutional net trained by backprop from a manifest: a few
// hundred MNIST digits, two epochs, and the error falls far below chance.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fflab/data/paths.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/skip.hpp"

using namespace fflab;

namespace {

/// LeNet-5's modern form at a quarter of its width, on 1000 training digits.
Json tiny_conv_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "tiny_conv", "seed": 2, "threads": 1,
    "dataset": {"type": "mnist", "validation": 300, "train_subset": 1000, "test_subset": 500},
    "network": {"layers": [
      {"type": "conv2d", "channels": 4, "kernel": 5, "padding": 2}, {"type": "relu"},
      {"type": "max_pool2d", "kernel": 2},
      {"type": "conv2d", "channels": 8, "kernel": 5}, {"type": "batch_norm"}, {"type": "relu"},
      {"type": "max_pool2d", "kernel": 2},
      {"type": "dense", "units": 10}]},
    "trainer": {"type": "backprop", "epochs": 2, "batch_size": 10,
                "optimizer": {"type": "sgd", "lr": 0.05, "momentum": 0.9}},
    "evaluation": {"procedures": [{"type": "softmax"}], "every_epoch": true}
  })");
}

bool mnist_present() {
  const auto dir = default_dataset_dir("mnist");
  return std::filesystem::exists(dir / "train-images-idx3-ubyte") ||
         std::filesystem::exists(dir / "train-images-idx3-ubyte.gz");
}

}  // namespace

TEST_CASE("a small conv net with pooling and batch norm learns MNIST digits by backprop", "[conv]") {
  if (!mnist_present()) FFLAB_SKIP("MNIST not installed in " << default_dataset_dir("mnist") << "; run lib/scripts/fetch-data.sh mnist");
  fflab::test::TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  const Json record = run_experiment(tiny_conv_manifest(), options);
  const Json& epochs = record.at("epochs");
  REQUIRE(epochs.size() == 2);
  const double first = epochs[0].at("validation_error").get<double>();
  const double last = epochs[1].at("validation_error").get<double>();
  INFO("validation error " << first << " % then " << last << " %, test " << record["final"]["test_error"]);
  CHECK(last < 30.0);  // chance is 90 %
  CHECK(last <= first);
  CHECK(record["final"]["test_error"].get<double>() < 30.0);
}
