#include "fflab/local/label_embedding.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {
/// ShapeError unless pattern mode's waves are for images of `features` features.
void check_pattern_width(const LabelEmbedding& e, std::size_t features) {
  if (features * (e.classes + 1) != e.patterns.size())
    throw ShapeError("label embedding: images of " + std::to_string(features) +
                     " features, but the label patterns are for images of " +
                     std::to_string(e.patterns.size() / (e.classes + 1)));
}

void check(const LabelEmbedding& e, const Matrix& images) {
  if (e.is_pattern()) check_pattern_width(e, images.shape()[1]);
  if (!e.is_pattern() && e.channel_size == 0 && images.shape()[1] < e.classes)
    throw ShapeError("label embedding: rows of " + std::to_string(images.shape()[1]) +
                     " features cannot hold a one-hot label of " + std::to_string(e.classes) + " classes");
}

/// Where the image's own features start in an embedded row.
std::size_t image_offset(const LabelEmbedding& e) { return e.channel_size ? e.classes * e.channel_size : 0; }

/// out[i] = image[i] + strength * pattern[i] for the image's features.
void add_pattern(const float* image, const float* pattern, std::size_t features, float strength, float* out) {
  for (std::size_t i = 0; i < features; ++i) out[i] = image[i] + strength * pattern[i];
}
}  // namespace

void LabelEmbedding::use_patterns(std::size_t channels, std::size_t height, std::size_t width, float wavelength) {
  if (classes == 0 || channel_size != 0 || channels == 0 || height == 0 || width == 0 || !(wavelength > 0.0f))
    throw ShapeError("label embedding: patterns need classes, no label channels, a C x H x W image and a positive "
                     "wavelength");
  const std::size_t map = height * width, features = channels * map;
  patterns.assign((classes + 1) * features, 0.0f);
  float* mean = patterns.data() + classes * features;
  for (std::size_t c = 0; c < classes; ++c) {
    const double angle = std::numbers::pi * static_cast<double>(c) / static_cast<double>(classes);
    const double cx = std::cos(angle), sy = std::sin(angle);
    float* wave = patterns.data() + c * features;
    for (std::size_t y = 0; y < height; ++y)
      for (std::size_t x = 0; x < width; ++x) {
        const double phase = 2.0 * std::numbers::pi * (static_cast<double>(x) * cx + static_cast<double>(y) * sy) /
                             static_cast<double>(wavelength);
        wave[y * width + x] = static_cast<float>(std::cos(phase));
      }
    for (std::size_t ch = 1; ch < channels; ++ch) std::copy_n(wave, map, wave + ch * map);
    for (std::size_t i = 0; i < features; ++i) mean[i] += wave[i] / static_cast<float>(classes);
  }
}

void LabelEmbedding::write(float* row, std::int32_t label) const {
  if (is_pattern()) throw std::logic_error("label embedding: a pattern label is added to an image (embed_row)");
  if (channel_size == 0) {
    std::fill_n(row, classes, 0.0f);
    row[label] = strength;
    return;
  }
  std::fill_n(row, classes * channel_size, 0.0f);
  std::fill_n(row + static_cast<std::size_t>(label) * channel_size, channel_size, strength);
}

std::int32_t LabelEmbedding::read(const float* row) const {
  if (is_pattern()) throw std::logic_error("label embedding: a pattern label cannot be read back from a row");
  const std::size_t step = channel_size ? channel_size : 1;
  std::size_t best = 0;
  for (std::size_t c = 1; c < classes; ++c)
    if (row[c * step] > row[best * step]) best = c;
  return static_cast<std::int32_t>(best);
}

void LabelEmbedding::embed_row(const float* image, std::size_t features, std::int32_t label, float* out) const {
  if (label < 0 || static_cast<std::size_t>(label) >= classes)
    throw ShapeError("label embedding: label " + std::to_string(label) + " outside [0, " + std::to_string(classes) +
                     ")");
  if (is_pattern()) {
    check_pattern_width(*this, features);
    add_pattern(image, patterns.data() + static_cast<std::size_t>(label) * features, features, strength, out);
    return;
  }
  std::copy_n(image, features, out + image_offset(*this));
  write(out, label);
}

void LabelEmbedding::embed(const Matrix& images, const Labels& labels, Matrix& out) const {
  check(*this, images);
  const std::size_t rows = images.shape()[0], cols = images.shape()[1], w = width(cols);
  if (labels.size() != rows)
    throw ShapeError("label embedding: " + std::to_string(labels.size()) + " labels for " +
                     std::to_string(rows) + " rows");
  ensure_shape(out, rows, w);
  for (std::size_t r = 0; r < rows; ++r) embed_row(images.data() + r * cols, cols, labels[r], out.data() + r * w);
}

void LabelEmbedding::embed_neutral(const Matrix& images, Matrix& out) const {
  check(*this, images);
  const std::size_t rows = images.shape()[0], cols = images.shape()[1], w = width(cols);
  ensure_shape(out, rows, w);
  if (is_pattern()) {
    const float* mean = patterns.data() + classes * cols;
    for (std::size_t r = 0; r < rows; ++r) add_pattern(images.data() + r * cols, mean, cols, strength, out.data() + r * w);
    return;
  }
  for (std::size_t r = 0; r < rows; ++r) {
    float* row = out.data() + r * w;
    std::copy_n(images.data() + r * cols, cols, row + image_offset(*this));
    std::fill_n(row, label_entries(), neutral());
  }
}

}  // namespace fflab
