#include "fflab/data/preprocess.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"

namespace fflab {

PixelScale pixel_scale_from_string(const std::string& name) {
  if (name == "unit") return PixelScale::unit;
  if (name == "none") return PixelScale::none;
  throw ConfigError("/dataset/scale", "unknown scale \"" + name + "\"; choose one of: unit, none");
}

TrainValidationRows split_rows(std::size_t n, std::size_t validation, Rng& rng) {
  if (validation > n)
    throw ShapeError("cannot take " + std::to_string(validation) + " validation rows from " +
                     std::to_string(n) + " rows");
  const std::vector<std::size_t> order = rng.permutation(n);
  std::vector<bool> is_validation(n, false);
  for (std::size_t i = 0; i < validation; ++i) is_validation[order[i]] = true;
  TrainValidationRows rows;
  rows.validation.reserve(validation);
  rows.train.reserve(n - validation);
  for (std::size_t i = 0; i < n; ++i) (is_validation[i] ? rows.validation : rows.train).push_back(i);
  return rows;
}

Split gather_rows(const LabeledImages& source, const std::vector<std::size_t>& rows, PixelScale scale) {
  const std::size_t features = source.images.shape.size();
  const float factor = scale == PixelScale::unit ? 1.0f / 255.0f : 1.0f;
  Split out;
  out.x = Matrix::from_shape({rows.size(), features});
  out.y.resize(rows.size());
  float* destination = out.x.data();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r] >= source.size()) throw ShapeError("row " + std::to_string(rows[r]) + " out of range");
    const std::uint8_t* image = source.images.image(rows[r]);
    for (std::size_t f = 0; f < features; ++f) destination[r * features + f] = static_cast<float>(image[f]) * factor;
    out.y[r] = source.labels[rows[r]];
  }
  return out;
}

Split gather_rows(const Split& source, const std::vector<std::size_t>& rows) {
  const std::size_t features = source.x.shape()[1];
  Split out;
  out.x = Matrix::from_shape({rows.size(), features});
  out.y.resize(rows.size());
  out.blank = source.blank;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r] >= source.size()) throw ShapeError("row " + std::to_string(rows[r]) + " out of range");
    std::copy_n(source.x.data() + rows[r] * features, features, out.x.data() + r * features);
    out.y[r] = source.y[rows[r]];
  }
  return out;
}

void keep_first(Split& split, std::size_t n) {
  if (n > split.size())
    throw ShapeError("cannot keep " + std::to_string(n) + " of " + std::to_string(split.size()) + " rows");
  if (n == split.size()) return;
  const std::size_t features = split.x.shape()[1];
  Matrix kept = Matrix::from_shape({n, features});
  std::copy_n(split.x.data(), n * features, kept.data());
  split.x = std::move(kept);
  split.y.resize(n);
}

ChannelStatistics channel_statistics(const Matrix& rows, FeatureShape shape) {
  if (rows.shape()[1] != shape.size())
    throw ShapeError("channel_statistics: rows " + shape_string(rows) + " do not hold samples of " +
                     to_string(shape));
  const std::size_t plane = shape.height * shape.width;
  const std::size_t n = rows.shape()[0];
  ChannelStatistics stats;
  stats.mean.assign(shape.channels, 0.0f);
  stats.stddev.assign(shape.channels, 0.0f);
  if (n == 0) return stats;
  for (std::size_t c = 0; c < shape.channels; ++c) {
    // Two passes in double: exact enough for 50000 x 1024 values.
    double sum = 0.0;
    for (std::size_t r = 0; r < n; ++r) {
      const float* values = rows.data() + r * shape.size() + c * plane;
      for (std::size_t i = 0; i < plane; ++i) sum += values[i];
    }
    const double count = static_cast<double>(n * plane);
    const double mean = sum / count;
    double squares = 0.0;
    for (std::size_t r = 0; r < n; ++r) {
      const float* values = rows.data() + r * shape.size() + c * plane;
      for (std::size_t i = 0; i < plane; ++i) {
        const double d = values[i] - mean;
        squares += d * d;
      }
    }
    stats.mean[c] = static_cast<float>(mean);
    stats.stddev[c] = static_cast<float>(std::sqrt(squares / count));
  }
  return stats;
}

void standardize(Matrix& rows, FeatureShape shape, const ChannelStatistics& statistics) {
  if (rows.shape()[1] != shape.size() || statistics.mean.size() != shape.channels ||
      statistics.stddev.size() != shape.channels)
    throw ShapeError("standardize: rows " + shape_string(rows) + ", samples " + to_string(shape) + ", " +
                     std::to_string(statistics.mean.size()) + " channel statistics");
  const std::size_t plane = shape.height * shape.width;
  for (std::size_t r = 0; r < rows.shape()[0]; ++r)
    for (std::size_t c = 0; c < shape.channels; ++c) {
      const float mean = statistics.mean[c];
      const float inverse = statistics.stddev[c] > 0.0f ? 1.0f / statistics.stddev[c] : 1.0f;
      float* values = rows.data() + r * shape.size() + c * plane;
      for (std::size_t i = 0; i < plane; ++i) values[i] = (values[i] - mean) * inverse;
    }
}

void map_range(Matrix& rows, float lo, float hi) {
  const float span = hi - lo;
  for (float& v : rows) v = lo + span * v;
}

Matrix pad_images(const Matrix& rows, FeatureShape shape, std::size_t pad, float value) {
  if (rows.shape()[1] != shape.size())
    throw ShapeError("pad_images: rows of " + std::to_string(rows.shape()[1]) + " features for images of " +
                     to_string(shape));
  const std::size_t H = shape.height, W = shape.width, PH = H + 2 * pad, PW = W + 2 * pad;
  const std::size_t n = rows.shape()[0], out_features = shape.channels * PH * PW;
  Matrix out = Matrix::from_shape({n, out_features});
  out.fill(value);
  for (std::size_t r = 0; r < n; ++r)
    for (std::size_t c = 0; c < shape.channels; ++c)
      for (std::size_t h = 0; h < H; ++h)
        std::copy_n(rows.data() + r * shape.size() + (c * H + h) * W, W,
                    out.data() + r * out_features + (c * PH + h + pad) * PW + pad);
  return out;
}

namespace {

/// What a 0 pixel of the files is after the range mapping (the padding's value).
float background(const Preprocessing& options) { return options.range ? (*options.range)[0] : 0.0f; }

/// Range and padding of every split (Preprocessing's order: range, then pad).
void shape_pixels(Dataset& d, const Preprocessing& options) {
  if (options.range && options.scale != PixelScale::unit)
    throw ConfigError("/dataset/range", "range maps the unit-scaled pixels [0, 1]: use scale \"unit\" with it");
  if (options.pad > 0 && d.shape.is_flat())
    throw ConfigError("/dataset/pad", "padding needs images; " + d.name + " rows are flat features: use pad 0");
  for (Split* split : {&d.train, &d.validation, &d.test}) {
    if (options.range) map_range(split->x, (*options.range)[0], (*options.range)[1]);
    if (options.pad > 0) {
      split->x = pad_images(split->x, d.shape, options.pad, background(options));
    }
  }
  if (options.pad > 0)
    d.shape = {d.shape.channels, d.shape.height + 2 * options.pad, d.shape.width + 2 * options.pad};
}

/// Each split's blank: the files' 0 pixel through range and standardisation.
void set_blank(Dataset& d, const Preprocessing& options) {
  Matrix pixel = Matrix::from_shape({1, d.shape.channels});  // one pixel per channel
  pixel.fill(background(options));
  if (!d.channel_mean.empty())
    standardize(pixel, FeatureShape{d.shape.channels, 1, 1}, ChannelStatistics{d.channel_mean, d.channel_stddev});
  const std::vector<float> blank(pixel.begin(), pixel.end());
  for (Split* split : {&d.train, &d.validation, &d.test}) split->blank = blank;
}

}  // namespace

Dataset prepare_dataset(const RawDataset& raw, const Preprocessing& options, Rng& rng) {
  const std::size_t available = raw.train.size();
  if (options.validation >= available)
    throw ConfigError("/dataset/validation",
                      "validation (" + std::to_string(options.validation) + ") must be smaller than the " +
                          std::to_string(available) + " training rows of " + raw.name);
  TrainValidationRows rows = split_rows(available, options.validation, rng);
  if (options.train_subset) {
    if (*options.train_subset > rows.train.size())
      throw ConfigError("/dataset/train_subset",
                        "train_subset (" + std::to_string(*options.train_subset) + ") exceeds the " +
                            std::to_string(rows.train.size()) + " training rows left after taking " +
                            std::to_string(options.validation) + " for validation; lower it or use null");
    rows.train.resize(*options.train_subset);  // first N in file order, before converting
  }
  std::vector<std::size_t> test_rows(raw.test.size());
  for (std::size_t i = 0; i < test_rows.size(); ++i) test_rows[i] = i;
  if (options.test_subset) {
    if (*options.test_subset > test_rows.size())
      throw ConfigError("/dataset/test_subset",
                        "test_subset (" + std::to_string(*options.test_subset) + ") exceeds the " +
                            std::to_string(test_rows.size()) + " test rows; lower it or use null");
    test_rows.resize(*options.test_subset);
  }

  Dataset out;
  out.name = raw.name;
  out.shape = raw.train.images.shape;
  out.num_classes = raw.num_classes;
  out.source = raw.source;
  out.train = gather_rows(raw.train, rows.train, options.scale);
  out.validation = gather_rows(raw.train, rows.validation, options.scale);
  out.test = gather_rows(raw.test, test_rows, options.scale);
  shape_pixels(out, options);
  if (options.standardize) {
    const ChannelStatistics stats = channel_statistics(out.train.x, out.shape);
    standardize(out.train.x, out.shape, stats);
    standardize(out.validation.x, out.shape, stats);
    standardize(out.test.x, out.shape, stats);
    out.channel_mean = stats.mean;
    out.channel_stddev = stats.stddev;
  }
  set_blank(out, options);
  return out;
}

}  // namespace fflab
