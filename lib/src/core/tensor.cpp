#include "fflab/core/tensor.hpp"

namespace fflab {

std::string shape_string(const Matrix& m) {
  return "[" + std::to_string(m.shape()[0]) + " x " + std::to_string(m.shape()[1]) + "]";
}

std::string to_string(const FeatureShape& s) {
  if (s.height == 1 && s.width == 1) return std::to_string(s.channels);
  return std::to_string(s.channels) + "x" + std::to_string(s.height) + "x" + std::to_string(s.width);
}

}  // namespace fflab
