#include "support/networks.hpp"

#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

namespace fflab::test {

Network relu_blocks(std::size_t in, const std::vector<std::size_t>& units, std::uint64_t seed,
                    std::size_t outputs) {
  Network net;
  std::size_t width = in;
  for (std::size_t u : units) {
    Json d = {{"type", "dense"}, {"units", u}}, act = {{"type", "relu"}};
    net.add(layer_registry().build(d, "/d", FeatureShape::flat(width)));
    net.add(layer_registry().build(act, "/a", FeatureShape::flat(u)));
    width = u;
  }
  if (outputs > 0) {
    Json out = {{"type", "dense"}, {"units", outputs}};
    net.add(layer_registry().build(out, "/o", FeatureShape::flat(width)));
  }
  Rng rng(seed);
  net.initialize(rng);
  return net;
}

Dataset cycling_labels_data(std::size_t rows, std::size_t features, std::size_t classes, std::uint64_t seed) {
  Dataset d;
  d.name = "tiny";
  d.shape = FeatureShape::flat(features);
  d.num_classes = classes;
  d.train.x = random_matrix(rows, features, seed);
  for (std::size_t i = 0; i < rows; ++i) d.train.y.push_back(static_cast<std::int32_t>(i % classes));
  return d;
}

}  // namespace fflab::test
