#pragma once
// LengthNorm: Forward-Forward's length normalisation between layers, per row,
// no mean subtraction, no parameters. Two variants:
//   "l2_norm"   y = x / (||x||_2 + eps)
//   "rms_norm"  y = x / (sqrt(mean(x^2)) + eps)    (Hinton's FF code)
// The RMS version is sqrt(n) times larger (mean square 1 per row).
// With s = norm + eps and q = dot(dy, x) per row:
//   dx = dy / s - x * q / (s^2 * norm) * (1 for l2, 1/n for rms)
// (the second term is dropped for an all-zero row).
// Options: eps = 1e-8.
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

enum class LengthNormKind { l2, rms };

class LengthNorm : public Layer {
 public:
  static Schema schema();
  LengthNorm(LengthNormKind kind, const Json& options, FeatureShape shape);
  LengthNorm(LengthNormKind kind, FeatureShape shape, double eps = 1e-8);

  std::string type() const override { return kind_ == LengthNormKind::l2 ? "l2_norm" : "rms_norm"; }
  FeatureShape input_shape() const override { return shape_; }
  FeatureShape output_shape() const override { return shape_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  Json options() const override;
  /// Normalises `rows` runs of n floats, run b at x + b * stride, into y + b *
  /// stride (y may be x); the floats between runs are left alone.
  void normalize_rows(const float* x, float* y, std::size_t rows, std::size_t n, std::size_t stride) const;

 private:
  /// The norm of one row (||x|| or its RMS), accumulated in double.
  double row_norm(const float* x, std::size_t n) const;

  LengthNormKind kind_;
  FeatureShape shape_;
  double eps_;
};

}  // namespace fflab
