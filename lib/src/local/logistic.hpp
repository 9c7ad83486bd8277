#pragma once
// Numerically safe logistic helpers for the local objectives (internal).
#include <cmath>

namespace fflab::detail {

/// log(1 + e^x) without overflow.
inline double softplus(double x) { return std::max(x, 0.0) + std::log1p(std::exp(-std::abs(x))); }

/// 1 / (1 + e^-x) without overflow.
inline double sigmoid(double x) {
  if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
  const double e = std::exp(x);
  return e / (1.0 + e);
}

}  // namespace fflab::detail
