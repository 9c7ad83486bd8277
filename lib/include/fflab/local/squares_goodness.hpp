#pragma once
// SquaresGoodness: the goodness family of the paper, G = c * sum_j y_j^2:
//   "sum_squares"      c = 1      (max ssq; Hinton's choice)
//   "neg_sum_squares"  c = -1     (min ssq: positives have LOW sum of squares)
//   "mean_squares"     c = 1 / n  (n = units; the popular reimplementations)
// dG/dy_j = 2 c y_j. Sums are accumulated in double.
#include <memory>

#include "fflab/core/schema.hpp"
#include "fflab/local/goodness.hpp"

namespace fflab {

enum class SquaresKind { sum, neg_sum, mean };

class SquaresGoodness : public Goodness {
 public:
  explicit SquaresGoodness(SquaresKind kind) : kind_(kind) {}
  std::string type() const override;
  void value(const Matrix& y, Vector& g) const override;
  void gradient(const Matrix& y, const Vector& dg, Matrix& dy) const override;
  float oriented_threshold(float theta) const override {
    return kind_ == SquaresKind::neg_sum ? -theta : theta;
  }

 private:
  /// c for rows of n units.
  double coefficient(std::size_t n) const;
  SquaresKind kind_;
};

}  // namespace fflab
