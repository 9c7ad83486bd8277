#pragma once
// Turning stored bytes into the float rows trainers see: the seeded
// train/validation split, subsets, scaling, an affine pixel range, padding
// with the background value and per-channel standardisation.
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/data/byte_images.hpp"
#include "fflab/data/dataset.hpp"

namespace fflab {

/// How bytes map to floats: "unit" divides by 255 (-> [0, 1]), "none" keeps 0..255.
enum class PixelScale { unit, none };
PixelScale pixel_scale_from_string(const std::string& name);  // ConfigError on others

/// Row indices of the training file split into train and validation. The
/// validation rows are a uniformly random set of `validation` rows drawn
/// with `rng`; both lists are in file order, disjoint, and cover 0..n-1.
struct TrainValidationRows {
  std::vector<std::size_t> train, validation;
};
TrainValidationRows split_rows(std::size_t n, std::size_t validation, Rng& rng);

/// The listed rows as floats (one image per row, CHW), scaled.
Split gather_rows(const LabeledImages& source, const std::vector<std::size_t>& rows, PixelScale scale);
/// The listed rows of a float split.
Split gather_rows(const Split& source, const std::vector<std::size_t>& rows);

/// Keeps the first `n` rows (n <= size, ShapeError otherwise).
void keep_first(Split& split, std::size_t n);

/// x <- lo + (hi - lo) * x for every value (unit-scaled pixels to [lo, hi]).
void map_range(Matrix& rows, float lo, float hi);

/// Rows of `shape` images with `pad` pixels of `value` added on every side:
/// [N, C*(H+2p)*(W+2p)], each image centred in its larger field.
Matrix pad_images(const Matrix& rows, FeatureShape shape, std::size_t pad, float value);

/// Per-channel mean and standard deviation (population) of rows of `shape`.
struct ChannelStatistics {
  std::vector<float> mean, stddev;
};
ChannelStatistics channel_statistics(const Matrix& rows, FeatureShape shape);

/// x <- (x - mean[c]) / stddev[c] for every value of channel c; a channel
/// with stddev 0 is only centred.
void standardize(Matrix& rows, FeatureShape shape, const ChannelStatistics& statistics);

/// What prepare_dataset does to a RawDataset.
struct Preprocessing {
  std::size_t validation = 0;                // rows carved from train
  std::optional<std::size_t> train_subset;   // first N train rows after the split
  std::optional<std::size_t> test_subset;    // first N test rows
  PixelScale scale = PixelScale::unit;
  std::optional<std::array<float, 2>> range; // unit pixels mapped to [lo, hi] (needs scale unit)
  std::size_t pad = 0;                       // background pixels on every side (value of pixel 0)
  bool standardize = false;                  // statistics from the (kept, padded) train rows only
};

/// Split (rng), subset, scale, map to range, pad and standardise. Sizes that do not fit the data
/// throw ConfigError at "/dataset/<key>".
Dataset prepare_dataset(const RawDataset& raw, const Preprocessing& options, Rng& rng);

}  // namespace fflab
