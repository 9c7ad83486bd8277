#pragma once
// Goodness: how "positive" a block's output looks, one number per row.
// Convention: HIGHER goodness = more positive, for every goodness. The
// minus-sum-of-squares goodness ("min ssq": positives have a LOW sum of
// squares) is G = -sum y^2, so objectives never need a sign switch.
//   value(y[B, n]) -> g[B]
//   gradient(y, dg[B]) -> dy[B, n] with dy[r, j] = dg[r] * dG_r / dy_rj
// Manifest thresholds are given on the squares scale (a sum or mean of
// squares, >= 0); oriented_threshold() maps one onto the goodness scale
// (theta for max ssq, -theta for min ssq).
#include <string>

#include "fflab/core/tensor.hpp"

namespace fflab {

class Goodness {
 public:
  virtual ~Goodness() = default;
  /// Registry name ("sum_squares", ...).
  virtual std::string type() const = 0;
  /// g[r] = goodness of row r of y; g is resized to y's row count.
  virtual void value(const Matrix& y, Vector& g) const = 0;
  /// dy = dg[r] * dG_r/dy (overwritten; resized to y's shape).
  virtual void gradient(const Matrix& y, const Vector& dg, Matrix& dy) const = 0;
  /// The manifest threshold theta (squares scale) on this goodness's scale.
  virtual float oriented_threshold(float theta) const { return theta; }
};

}  // namespace fflab
