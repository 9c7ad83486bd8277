#include "fflab/local/label_embedding.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {
void check(const LabelEmbedding& e, const Matrix& images) {
  if (images.shape()[1] < e.classes)
    throw ShapeError("label embedding: rows of " + std::to_string(images.shape()[1]) +
                     " features cannot hold a one-hot label of " + std::to_string(e.classes) + " classes");
}
}  // namespace

void LabelEmbedding::write(float* row, std::int32_t label) const {
  std::fill_n(row, classes, 0.0f);
  row[label] = strength;
}

std::int32_t LabelEmbedding::read(const float* row) const {
  return static_cast<std::int32_t>(std::max_element(row, row + classes) - row);
}

void LabelEmbedding::embed(const Matrix& images, const Labels& labels, Matrix& out) const {
  check(*this, images);
  const std::size_t rows = images.shape()[0], cols = images.shape()[1];
  if (labels.size() != rows)
    throw ShapeError("label embedding: " + std::to_string(labels.size()) + " labels for " +
                     std::to_string(rows) + " rows");
  ensure_shape(out, rows, cols);
  std::copy_n(images.data(), rows * cols, out.data());
  for (std::size_t r = 0; r < rows; ++r) {
    if (labels[r] < 0 || static_cast<std::size_t>(labels[r]) >= classes)
      throw ShapeError("label embedding: label " + std::to_string(labels[r]) + " outside [0, " +
                       std::to_string(classes) + ")");
    write(out.data() + r * cols, labels[r]);
  }
}

void LabelEmbedding::embed_neutral(const Matrix& images, Matrix& out) const {
  check(*this, images);
  const std::size_t rows = images.shape()[0], cols = images.shape()[1];
  ensure_shape(out, rows, cols);
  std::copy_n(images.data(), rows * cols, out.data());
  for (std::size_t r = 0; r < rows; ++r) std::fill_n(out.data() + r * cols, classes, neutral());
}

}  // namespace fflab
