// Facts of the real data files, when lib/scripts/fetch-data.sh has put them
// in place (skipped otherwise).
#include <catch2/catch.hpp>

#include <fstream>

#include <xtensor/xmath.hpp>

#include "fflab/data/cifar_bin.hpp"
#include "fflab/data/cifar_png.hpp"
#include "fflab/data/idx.hpp"
#include "fflab/data/paths.hpp"
#include "fflab/data/registry.hpp"
#include "support/fixtures.hpp"
#include "support/skip.hpp"

using namespace fflab;

namespace {
bool present(const std::filesystem::path& file) {
  std::error_code ec;
  return std::filesystem::is_regular_file(file, ec);
}
}  // namespace

TEST_CASE("real MNIST files", "[data][real]") {
  const auto dir = default_dataset_dir("mnist");
  if (!present(dir / "train-images-idx3-ubyte")) FFLAB_SKIP("MNIST not installed in " << dir << "; run lib/scripts/fetch-data.sh mnist");
  const Labels train_labels = read_idx_labels(dir / "train-labels-idx1-ubyte", 10);
  REQUIRE(train_labels.size() == 60000);
  CHECK(Labels(train_labels.begin(), train_labels.begin() + 5) == Labels{5, 0, 4, 1, 9});
  const ByteImages test_images = read_idx_images(dir / "t10k-images-idx3-ubyte");
  CHECK(test_images.count == 10000);
  CHECK(test_images.shape == FeatureShape{1, 28, 28});

  Json options = {{"type", "mnist"}};
  Rng rng(1);
  const auto d = dataset_registry().build(options, "/dataset", rng);
  CHECK(d->train.size() == 50000);
  CHECK(d->validation.size() == 10000);
  CHECK(d->test.size() == 10000);
  CHECK(d->train.x.shape()[1] == 784);
  CHECK(xt::amax(d->train.x)() == 1.0f);
  CHECK(xt::amin(d->train.x)() == 0.0f);
  CHECK(d->source == dir.string());
}

TEST_CASE("real Fashion-MNIST files", "[data][real]") {
  const auto dir = default_dataset_dir("fashion_mnist");
  if (!present(dir / "train-images-idx3-ubyte.gz") && !present(dir / "train-images-idx3-ubyte"))
    FFLAB_SKIP("Fashion-MNIST not installed in " << dir << "; run lib/scripts/fetch-data.sh fashion_mnist");
  Json options = {{"type", "fashion_mnist"}, {"validation", 0}, {"scale", "none"}};
  Rng rng(1);
  const auto d = dataset_registry().build(options, "/dataset", rng);
  CHECK(d->train.size() == 60000);
  CHECK(d->test.size() == 10000);
  CHECK(d->shape == FeatureShape{1, 28, 28});
  CHECK(xt::amax(d->train.x)() == 255.0f);
  // Fashion-MNIST's first training labels (ankle boot, T-shirt, T-shirt, dress, T-shirt).
  CHECK(Labels(d->train.y.begin(), d->train.y.begin() + 5) == Labels{9, 0, 0, 3, 0});
}

TEST_CASE("real CIFAR-10 PNG sprites, and the bin reader agrees with them", "[data][real]") {
  const auto dir = default_dataset_dir("cifar10");
  if (!present(dir / "data_batch_1.png")) FFLAB_SKIP("CIFAR-10 not installed in " << dir << "; run lib/scripts/fetch-data.sh cifar10");
  const ByteImages images = read_cifar_png(dir / "data_batch_1.png");
  const Labels labels = read_json_labels(dir / "train_lables.json", 10);
  REQUIRE(images.count == 10000);
  REQUIRE(labels.size() == 50000);
  CHECK(Labels(labels.begin(), labels.begin() + 10) == Labels{6, 9, 9, 4, 1, 1, 2, 7, 8, 3});
  // CHW: the first 8 values are the first image's first red row.
  CHECK(std::vector<int>(images.pixels.begin(), images.pixels.begin() + 8) ==
        std::vector<int>{59, 43, 50, 68, 98, 119, 139, 145});

  // Write the first 300 images as an original-format bin batch and read it back.
  test::TempDir tmp;
  {
    std::ofstream out(tmp / "data_batch_1.bin", std::ios::binary);
    for (std::size_t i = 0; i < 300; ++i) {
      out.put(static_cast<char>(labels[i]));
      out.write(reinterpret_cast<const char*>(images.image(i)), 3072);
    }
  }
  const LabeledImages from_bin = read_cifar_bin(tmp / "data_batch_1.bin");
  CHECK(from_bin.labels == Labels(labels.begin(), labels.begin() + 300));
  CHECK(std::equal(from_bin.images.pixels.begin(), from_bin.images.pixels.end(), images.pixels.begin()));

  Json options = {{"type", "cifar10"}, {"scale", "none"}, {"validation", 0}, {"test_subset", 100}};
  Rng rng(1);
  const auto d = dataset_registry().build(options, "/dataset", rng);
  CHECK(d->train.size() == 50000);
  CHECK(d->test.size() == 100);
  CHECK(d->shape == FeatureShape{3, 32, 32});
  CHECK(d->train.x(0, 0) == 59.0f);
  CHECK(d->train.x(0, 4) == 98.0f);
  CHECK(Labels(d->train.y.begin(), d->train.y.begin() + 5) == Labels{6, 9, 9, 4, 1});
  CHECK(d->test.y[0] == 3);  // test_lables.json starts 3 8 8 0 6
}
