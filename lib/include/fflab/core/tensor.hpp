#pragma once
// Tensor aliases used everywhere: samples are rows, row-major float32.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <xtensor/xtensor.hpp>

namespace fflab {

using Matrix = xt::xtensor<float, 2>;   ///< [rows, cols], one sample per row
using Vector = xt::xtensor<float, 1>;
using Labels = std::vector<std::int32_t>;

/// Resizes `m` to rows x cols only when its shape differs (keeps the buffer
/// otherwise). Contents are unspecified after a resize.
inline void ensure_shape(Matrix& m, std::size_t rows, std::size_t cols) {
  if (m.shape()[0] != rows || m.shape()[1] != cols) m.resize({rows, cols});
}

/// "[r x c]" for messages.
std::string shape_string(const Matrix& m);

}  // namespace fflab

namespace fflab {

/// Shape of one sample's features: channels x height x width, stored CHW in a
/// row. A flat vector of n features is {n, 1, 1}.
struct FeatureShape {
  std::size_t channels = 0, height = 1, width = 1;
  std::size_t size() const { return channels * height * width; }
  bool operator==(const FeatureShape&) const = default;
  static FeatureShape flat(std::size_t n) { return {n, 1, 1}; }
  /// Flat features rather than images: a 1 x 1 map.
  bool is_flat() const { return height == 1 && width == 1; }
};

std::string to_string(const FeatureShape& s);

}  // namespace fflab
