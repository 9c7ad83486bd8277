#pragma once
// LayerNorm ("layer_norm"): per row, subtract the mean, divide by the
// standard deviation, then scale and shift per feature:
//   xhat = (x - mean) / sqrt(var + eps),  y = gain .* xhat + bias
// (var is the biased variance, mean of squared deviations).
// Parameters "gain" [1, n] (starts at 1) and "bias" [1, n] (starts at 0),
// neither decays. Backward recomputes mean and variance from x.
// Options: eps = 1e-5.
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

class LayerNorm : public Layer {
 public:
  static Schema schema();
  LayerNorm(const Json& options, FeatureShape shape);
  explicit LayerNorm(FeatureShape shape, double eps = 1e-5);

  std::string type() const override { return "layer_norm"; }
  FeatureShape input_shape() const override { return shape_; }
  FeatureShape output_shape() const override { return shape_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;

  std::vector<Parameter> parameters() override;
  void initialize(Rng& rng) override;
  Json options() const override;

  Matrix& gain() { return gain_; }
  Matrix& bias() { return bias_; }

 private:
  void check(const Matrix& x, const char* where) const;
  /// Mean and 1 / sqrt(var + eps) of one row.
  void row_stats(const float* x, float& mean, float& inv_std) const;

  FeatureShape shape_;
  std::size_t n_;
  double eps_;
  Matrix gain_, gain_grad_, bias_, bias_grad_;  // [1, n]
};

}  // namespace fflab
