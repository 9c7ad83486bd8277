// The keys every trainer shares: jitter is a bounded integer, and every
// trainer checks it against the data it attaches to (images only, shifts
// smaller than the image).
#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/train/registry.hpp"
#include "support/networks.hpp"

using namespace fflab;
using fflab::test::cycling_labels_data;
using fflab::test::relu_blocks;

namespace {

/// Attaches a `type` trainer with `jitter` to a network fitting 36 features
/// of `shape`; the error message, or "attached".
std::string attach_error(const std::string& type, Json jitter, FeatureShape shape, bool flip = false) {
  Json options = {{"type", type}, {"epochs", 1}, {"jitter", std::move(jitter)}, {"flip", flip}};
  if (type == "local_rules") options["rule"] = {{"type", "dfa"}};
  const bool outputs_classes = type == "backprop" || type == "local_rules";
  const std::vector<std::size_t> units = type == "recurrent_ff" ? std::vector<std::size_t>{8, 8} : std::vector<std::size_t>{8};
  Network network = relu_blocks(36, units, 1, outputs_classes ? 3 : 0);
  Dataset data = cycling_labels_data(8, 36, 3, 5);
  data.shape = shape;
  try {
    auto trainer = trainer_registry().build(options, "/trainer");
    trainer->attach(network, data);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "attached";
}

}  // namespace

TEST_CASE("every trainer checks jitter against the data's images", "[jitter]") {
  for (const char* type : {"backprop", "forward_forward", "local_rules", "recurrent_ff"}) {
    INFO(type);
    CHECK(attach_error(type, 2, FeatureShape::flat(36)) ==
          "/trainer/jitter: the dataset has flat features, not images; remove jitter");
    CHECK(attach_error(type, 6, FeatureShape{1, 6, 6}) == "/trainer/jitter: 6 must be smaller than the 6 x 6 image");
    CHECK(attach_error(type, 4, FeatureShape{1, 4, 9}) == "/trainer/jitter: 4 must be smaller than the 4 x 9 image");
    CHECK(attach_error(type, 5, FeatureShape{1, 6, 6}) == "attached");
    CHECK(attach_error(type, 0, FeatureShape::flat(36)) == "attached");
    CHECK(attach_error(type, 0, FeatureShape::flat(36), true) ==
          "/trainer/flip: the dataset has flat features, not images; remove flip");
    CHECK(attach_error(type, 2, FeatureShape{1, 6, 6}, true) == "attached");
    // Bounded in the schema, so it is never read wrapped (4294967297 as 1).
    CHECK(attach_error(type, Json::parse("4294967297"), FeatureShape{1, 6, 6}) ==
          "/trainer/jitter: value 4294967297 is out of range: must be >= 0 and <= 255");
  }
}
