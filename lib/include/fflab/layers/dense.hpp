#pragma once
// DenseLayer ("dense"): y = x W + b, x [B, in], W [in, out], b [1, out].
// Every product is one fflab::gemm into a preallocated output, transposes as
// flags:  forward  y  = x W          (then + b per row)
//         weights  dW += x^T dy      (beta = 1: accumulates)
//         bias     db += column sums of dy
//         input    dx  = dy W^T
// Parameters: "weight" (decays), "bias" (no decay, only with bias = true).
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

class DenseLayer : public Layer {
 public:
  /// Schema of the options: units (required), bias = true, init = "normal_fan_in",
  /// bias_init = "zeros" ("uniform_fan_in": U(+-1/sqrt(in)), nn.Linear's).
  static Schema schema();
  /// `options` must already be validated against schema() (defaults filled).
  /// ConfigError at "/units" for weights over kMaxLayerWeights, at
  /// "/bias_init" for a drawn bias on a layer without one.
  DenseLayer(const Json& options, FeatureShape input);
  DenseLayer(std::size_t in, std::size_t out, bool bias = true,
             std::string init = "normal_fan_in", std::string bias_init = "zeros");

  std::string type() const override { return "dense"; }
  FeatureShape input_shape() const override { return input_; }
  FeatureShape output_shape() const override { return FeatureShape::flat(out_); }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void write_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  const Matrix* signal_weight() const override { return &weight_; }
  WeightFans signal_weight_fans() const override { return {in_, out_}; }
  /// dx = dy weight^T; ShapeError unless weight is [in, out].
  void backward_input_through(const Matrix& weight, const Matrix& x, const Matrix& dy, Matrix& dx) override;

  std::vector<Parameter> parameters() override;
  void initialize(Rng& rng) override;
  Json options() const override;

  Matrix& weight() { return weight_; }
  Matrix& bias() { return bias_; }
  bool has_bias() const { return use_bias_; }

 private:
  /// grad = beta * grad + this batch's gradient (beta 0 or 1).
  void add_grad(const Matrix& x, const Matrix& dy, float beta);
  void check_input(const Matrix& x, const char* where) const;

  FeatureShape input_;
  std::size_t in_, out_;
  bool use_bias_;
  std::string init_, bias_init_;
  Matrix weight_, weight_grad_;  // [in, out]
  Matrix bias_, bias_grad_;      // [1, out] (empty without bias)
};

}  // namespace fflab
