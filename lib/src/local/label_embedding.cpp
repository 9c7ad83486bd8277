#include "fflab/local/label_embedding.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {
void check(const LabelEmbedding& e, const Matrix& images) {
  if (e.channel_size == 0 && images.shape()[1] < e.classes)
    throw ShapeError("label embedding: rows of " + std::to_string(images.shape()[1]) +
                     " features cannot hold a one-hot label of " + std::to_string(e.classes) + " classes");
}

/// Where the image's own features start in an embedded row.
std::size_t image_offset(const LabelEmbedding& e) { return e.channel_size ? e.classes * e.channel_size : 0; }
}  // namespace

void LabelEmbedding::write(float* row, std::int32_t label) const {
  if (channel_size == 0) {
    std::fill_n(row, classes, 0.0f);
    row[label] = strength;
    return;
  }
  std::fill_n(row, classes * channel_size, 0.0f);
  std::fill_n(row + static_cast<std::size_t>(label) * channel_size, channel_size, strength);
}

std::int32_t LabelEmbedding::read(const float* row) const {
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
  for (std::size_t r = 0; r < rows; ++r) {
    float* row = out.data() + r * w;
    std::copy_n(images.data() + r * cols, cols, row + image_offset(*this));
    std::fill_n(row, label_entries(), neutral());
  }
}

}  // namespace fflab
