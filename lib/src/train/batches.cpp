#include "fflab/train/batches.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"

namespace fflab {

void gather_rows(const Matrix& x, std::span<const std::size_t> indices, Matrix& batch_x) {
  const std::size_t cols = x.shape()[1];
  ensure_shape(batch_x, indices.size(), cols);
  const float* src = x.data();
  float* dst = batch_x.data();
  for (std::size_t i = 0; i < indices.size(); ++i)
    std::copy_n(src + indices[i] * cols, cols, dst + i * cols);
}

void gather_labels(const Labels& y, std::span<const std::size_t> indices, Labels& batch_y) {
  batch_y.resize(indices.size());
  for (std::size_t i = 0; i < indices.size(); ++i) batch_y[i] = y[indices[i]];
}

void copy_rows(const Matrix& x, std::size_t begin, std::size_t count, Matrix& batch_x) {
  const std::size_t cols = x.shape()[1];
  if (begin + count > x.shape()[0])
    throw ShapeError("copy_rows: rows " + std::to_string(begin) + ".." + std::to_string(begin + count) +
                     " of " + shape_string(x));
  ensure_shape(batch_x, count, cols);
  std::copy_n(x.data() + begin * cols, count * cols, batch_x.data());
}

void argmax_rows(const Matrix& scores, Labels& out) {
  const std::size_t rows = scores.shape()[0], cols = scores.shape()[1];
  out.resize(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const float* row = scores.data() + r * cols;
    out[r] = static_cast<std::int32_t>(std::max_element(row, row + cols) - row);
  }
}

std::size_t count_errors(const Matrix& scores, const Labels& labels, std::size_t begin) {
  const std::size_t rows = scores.shape()[0], cols = scores.shape()[1];
  std::size_t errors = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    const float* row = scores.data() + r * cols;
    const auto predicted = static_cast<std::int32_t>(std::max_element(row, row + cols) - row);
    errors += predicted != labels[begin + r];
  }
  return errors;
}

}  // namespace fflab
