#include "fflab/core/row_sums.hpp"

namespace fflab {

namespace {

constexpr std::size_t kLanes = 8;

double combine(const double (&acc)[kLanes]) {
  return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

}  // namespace

double dot(const float* a, const float* b, std::size_t n) {
  double acc[kLanes] = {};
  std::size_t j = 0;
  for (; j + kLanes <= n; j += kLanes)
    for (std::size_t k = 0; k < kLanes; ++k) acc[k] += static_cast<double>(a[j + k]) * static_cast<double>(b[j + k]);
  double s = combine(acc);
  for (; j < n; ++j) s += static_cast<double>(a[j]) * static_cast<double>(b[j]);
  return s;
}

double sum(const float* x, std::size_t n) {
  double acc[kLanes] = {};
  std::size_t j = 0;
  for (; j + kLanes <= n; j += kLanes)
    for (std::size_t k = 0; k < kLanes; ++k) acc[k] += static_cast<double>(x[j + k]);
  double s = combine(acc);
  for (; j < n; ++j) s += static_cast<double>(x[j]);
  return s;
}

double sum_of_squares(const float* x, std::size_t n) { return dot(x, x, n); }

}  // namespace fflab
