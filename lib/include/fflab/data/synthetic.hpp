#pragma once
// Synthetic data so trainers can be tested without files: Gaussian blobs,
// one per class. Class centres are drawn N(0, separation^2) per feature,
// samples are centre + N(0, 1) noise; labels are balanced (i % classes) and
// rows shuffled. Fully determined by the options and the Rng.
#include <cstddef>

#include "fflab/core/rng.hpp"
#include "fflab/data/dataset.hpp"

namespace fflab {

struct SyntheticOptions {
  std::size_t train = 1000, validation = 200, test = 200;
  FeatureShape shape = FeatureShape::flat(20);
  std::size_t classes = 3;
  float separation = 3.0f;
};

Dataset make_synthetic(const SyntheticOptions& options, Rng& rng);

}  // namespace fflab
