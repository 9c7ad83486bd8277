#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "data_fixtures.hpp"
#include "fflab/data/paths.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/data/synthetic.hpp"
#include "support/fixtures.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

/// Sets an environment variable for the scope, restoring it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::unique_ptr<Dataset> build(Json options, std::uint64_t seed = 1) {
  Rng rng(seed);
  return dataset_registry().build(options, "/dataset", rng);
}

}  // namespace

TEST_CASE("the dataset registry lists the built-ins with documented keys", "[data][registry]") {
  const auto& registry = dataset_registry();
  CHECK(registry.names() == std::vector<std::string>{"cifar10", "fashion_mnist", "mnist", "synthetic"});
  for (const auto& [name, entry] : registry.entries()) {
    INFO(name);
    CHECK(!entry.help.empty());
    for (const auto& key : entry.schema.keys()) {
      INFO(key.name);
      CHECK(!key.help.empty());
    }
  }
}

TEST_CASE("dataset defaults are filled in", "[data][registry]") {
  Json mnist = {{"type", "mnist"}};
  dataset_registry().validate(mnist, "/dataset");
  CHECK(mnist["path"].is_null());
  CHECK(mnist["validation"] == 10000);
  CHECK(mnist["train_subset"].is_null());
  CHECK(mnist["test_subset"].is_null());
  CHECK(mnist["scale"] == "unit");
  CHECK(mnist["standardize"] == false);

  Json cifar = {{"type", "cifar10"}};
  dataset_registry().validate(cifar, "/dataset");
  CHECK(cifar["validation"] == 5000);
  CHECK(cifar["format"] == "auto");

  Json bad = {{"type", "cifar10"}, {"format", "jpeg"}};
  CHECK_THROWS_AS(dataset_registry().validate(bad, "/dataset"), ConfigError);
  Json typo = {{"type", "mnist"}, {"validaton", 5}};
  CHECK_THROWS_WITH(dataset_registry().validate(typo, "/dataset"), Catch::Contains("did you mean \"validation\""));
  CHECK(mnist["range"].is_null());
  CHECK(mnist["pad"] == 0);
  auto pointer_of = [](Json spec) {
    try {
      dataset_registry().validate(spec, "/dataset");
    } catch (const ConfigError& e) {
      return e.pointer() + ": " + e.message();
    }
    return std::string("no error");
  };
  CHECK(pointer_of({{"type", "mnist"}, {"range", {-0.1}}}) == "/dataset/range: expected [lo, hi], two numbers, got 1 values");
  CHECK(pointer_of({{"type", "mnist"}, {"range", {-0.1, "1"}}}) == "/dataset/range/1: expected a finite number, got \"1\"");
  CHECK(pointer_of({{"type", "mnist"}, {"range", {1, 1}}}).rfind("/dataset/range: lo and hi are equal", 0) == 0);
  CHECK(pointer_of({{"type", "mnist"}, {"pad", -1}}).rfind("/dataset/pad:", 0) == 0);
  CHECK(pointer_of({{"type", "mnist"}, {"range", {-0.1, 1.175}}, {"pad", 2}}) == "no error");
  Json unknown = {{"type", "mnsit"}};
  CHECK_THROWS_WITH(dataset_registry().validate(unknown, "/dataset"), Catch::Contains("did you mean 'mnist'"));
}

TEST_CASE("synthetic data is deterministic from the rng", "[data][registry][synthetic]") {
  const Json options = {{"type", "synthetic"}, {"train", 120}, {"validation", 30}, {"test", 40}, {"features", 5},
                        {"classes", 4}};
  const auto a = build(options, 3), b = build(options, 3), c = build(options, 4);
  CHECK(a->train.size() == 120);
  CHECK(a->validation.size() == 30);
  CHECK(a->test.size() == 40);
  CHECK(a->shape == FeatureShape::flat(5));
  CHECK(a->train.x.shape()[1] == 5);
  CHECK(a->num_classes == 4);
  CHECK((a->train.x == b->train.x));
  CHECK(a->train.y == b->train.y);
  CHECK((a->train.x != c->train.x));
  for (int label = 0; label < 4; ++label)  // balanced
    CHECK(std::count(a->train.y.begin(), a->train.y.end(), label) == 30);

  // Well separated blobs: nearest class centre (estimated on train) classifies test well.
  Matrix centres = xt::zeros<float>({std::size_t{4}, std::size_t{5}});
  for (std::size_t r = 0; r < 120; ++r)
    for (std::size_t f = 0; f < 5; ++f) centres(static_cast<std::size_t>(a->train.y[r]), f) += a->train.x(r, f) / 30.0f;
  int correct = 0;
  for (std::size_t r = 0; r < 40; ++r) {
    std::size_t best = 0;
    float best_distance = 1e30f;
    for (std::size_t k = 0; k < 4; ++k) {
      float distance = 0;
      for (std::size_t f = 0; f < 5; ++f) distance += (a->test.x(r, f) - centres(k, f)) * (a->test.x(r, f) - centres(k, f));
      if (distance < best_distance) best_distance = distance, best = k;
    }
    correct += static_cast<int>(best) == a->test.y[r];
  }
  CHECK(correct >= 30);

  const auto image = build({{"type", "synthetic"}, {"image_shape", {3, 4, 5}}, {"train", 10}});
  CHECK(image->shape == FeatureShape{3, 4, 5});
  CHECK(image->train.x.shape()[1] == 60);
  CHECK_THROWS_AS(build({{"type", "synthetic"}, {"image_shape", {3, 4}}}), ConfigError);
  CHECK_THROWS_AS(build({{"type", "synthetic"}, {"image_shape", {3, 0, 2}}}), ConfigError);
}

TEST_CASE("FFLAB_DATA_DIR moves the data cache", "[data][registry][paths]") {
  TempDir cache;
  ScopedEnv env("FFLAB_DATA_DIR", cache.path().string());
  CHECK(data_cache_root() == cache.path());
  CHECK(default_dataset_dir("mnist") == cache.path() / "mnist");
  CHECK(default_dataset_dir("fashion_mnist") == "/usr/share/datasets/fashion-mnist");

  check_message(data_error_of([] { build({{"type", "mnist"}}); }), cache.path() / "mnist" / "train-images-idx3-ubyte",
                {"file not found", "run lib/scripts/fetch-data.sh mnist or set dataset.path"});

  std::filesystem::create_directory(cache / "fashion_mnist");
  CHECK(default_dataset_dir("fashion_mnist") == cache.path() / "fashion_mnist");
  write_gz(cache / "fashion_mnist" / "train-images-idx3-ubyte.gz", idx_images(5, 28, 28));
  write_gz(cache / "fashion_mnist" / "train-labels-idx1-ubyte.gz", idx_labels({0, 1, 2, 3, 4}));
  write_gz(cache / "fashion_mnist" / "t10k-images-idx3-ubyte.gz", idx_images(2, 28, 28));
  write_gz(cache / "fashion_mnist" / "t10k-labels-idx1-ubyte.gz", idx_labels({5, 6}));
  const auto d = build({{"type", "fashion_mnist"}, {"validation", 2}, {"scale", "none"}});
  CHECK(d->source == (cache.path() / "fashion_mnist").string());
  CHECK(d->train.size() == 3);
  CHECK(d->validation.size() == 2);
  CHECK(d->shape == FeatureShape{1, 28, 28});
  CHECK(d->test.x(0, 1) == 7.0f);

  // An explicit path wins over the cache.
  const auto e = build({{"type", "mnist"}, {"path", (cache.path() / "fashion_mnist").string()}, {"validation", 0}});
  CHECK(e->train.size() == 5);
  CHECK(e->validation.size() == 0);
}

TEST_CASE("the cache root follows XDG_CACHE_HOME when FFLAB_DATA_DIR is unset or empty", "[data][paths]") {
  ScopedEnv data("FFLAB_DATA_DIR", "");
  ScopedEnv xdg("XDG_CACHE_HOME", "/somewhere/cache");
  CHECK(data_cache_root() == std::filesystem::path("/somewhere/cache/fflab/data"));
}
