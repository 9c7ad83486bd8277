#pragma once
// Dataset: train / validation / test splits of float32 rows (one image per
// row, CHW) with integer labels in [0, num_classes).
#include <string>
#include <vector>

#include "fflab/core/tensor.hpp"

namespace fflab {

struct Split {
  Matrix x;   // [N, C*H*W]
  Labels y;   // N labels
  /// Per channel, what a blank (zero) pixel of the files became after the
  /// preprocessing (range, standardisation): the fill of shifted-in pixels.
  /// Empty: 0.
  std::vector<float> blank;
  std::size_t size() const { return y.size(); }
};

struct Dataset {
  std::string name;
  FeatureShape shape;           // of one sample
  std::size_t num_classes = 0;
  Split train, validation, test;
  std::string source;           // where the files were read from (for records)
  /// The per-channel standardisation applied to every split, (x - mean) /
  /// stddev with statistics of the train rows; both empty when none was.
  std::vector<float> channel_mean, channel_stddev;
};

}  // namespace fflab
