#pragma once
// LocallyConnected2D ("locally_connected"): a convolution-shaped layer whose
// weights are NOT shared: every location has its own filters.
// Input: C x H x W, stored CHW in a row (feature c*H*W + h*W + w).
// Output: M x H x W, also CHW: unit m at (h, w) is column m*H*W + h*W + w.
// Each unit sees the k x k x C field centred on its location (k odd, stride
// 1, zero padding (k-1)/2, so the output map is H x W too).
//
// Layout of the parameters (L = H*W locations, K = C*k*k inputs per unit):
//   weight [L*K, M]: rows l*K .. l*K+K-1 are location l's [K, M] filter block;
//                    within a block, row (c*k + i)*k + j is input channel c at
//                    offset (i - r, j - r) from the centre, r = (k-1)/2.
//   bias   [1, M*L]: one per output unit, in output column order.
// Computation: x is first transposed once per call into a zero-padded
// batch-innermost copy X [C, H+2r, W+2r, B]; there the k inputs of one field
// row (c, i) are k*B contiguous floats for the whole batch, so the patch
// matrix P^T [K, B] of a location is gathered with C*k straight copies and no
// bounds checks. Then one gemm per location l (W_l = location l's block):
//   forward   Y_l^T = W_l^T P^T             [M, B]
//   weights   dW_l += P^T dY_l              (beta = 1)
//   input     dP^T  = W_l dY_l^T, added back into a padded dX, transposed once
// Location l's filters (K*M floats) stay in cache while the batch streams by.
// Initialiser fan_in = K, fan_out = k*k*M (outputs one input pixel feeds).
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

class LocallyConnected2D : public Layer {
 public:
  /// Schema: units_per_location (required), kernel (required, odd), bias = true,
  /// init = "normal_fan_in".
  static Schema schema();
  /// `options` validated against schema(); `input` is C x H x W.
  LocallyConnected2D(const Json& options, FeatureShape input);
  LocallyConnected2D(FeatureShape input, std::size_t units_per_location, std::size_t kernel,
                     bool bias = true, std::string init = "normal_fan_in");

  std::string type() const override { return "locally_connected"; }
  FeatureShape input_shape() const override { return input_; }
  FeatureShape output_shape() const override { return {units_, input_.height, input_.width}; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;

  std::vector<Parameter> parameters() override;
  void initialize(Rng& rng) override;
  Json options() const override;

  Matrix& weight() { return weight_; }
  Matrix& bias() { return bias_; }
  std::size_t kernel() const { return kernel_; }
  std::size_t units_per_location() const { return units_; }
  /// Inputs per unit, C*k*k.
  std::size_t fan_in() const { return patch_; }
  /// Multiply-adds of one forward pass for a batch of `batch` rows (x2 = flops).
  double forward_flops(std::size_t batch) const;

 private:
  void check_input(const Matrix& x, const char* where) const;
  /// x [B, C*H*W] -> padded_ [C*(H+2r)*(W+2r), B] (borders stay zero).
  void pad_transpose(const Matrix& x);
  /// P^T of location (h, w) from padded_ into patch_buf_ [K, B].
  void gather(std::size_t h, std::size_t w);
  /// dY_l^T [M, B] of location l from dy [B, M*L] into out_buf_.
  void gather_output_grad(const Matrix& dy, std::size_t l);

  FeatureShape input_;
  std::size_t units_, kernel_, radius_;
  std::size_t locations_, patch_;  // L = H*W, K = C*k*k
  bool use_bias_;
  std::string init_;
  Matrix weight_, weight_grad_;  // [L*K, M]
  Matrix bias_, bias_grad_;      // [1, M*L]
  std::size_t padded_h_, padded_w_;  // H + 2r, W + 2r
  Matrix padded_;                // [C*(H+2r)*(W+2r), B]: x, zero borders
  Matrix dpadded_;               // same layout: dL/dx in backward_input
  Matrix patch_buf_;             // [K, B]: P^T or dP^T
  Matrix out_buf_;               // [M, B]: Y_l^T or dY_l^T
};

}  // namespace fflab
