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
// Computation (src/layers/locally_connected_kernels.hpp): blocks of up to
// 256 batch rows are transposed into a zero-padded batch-innermost copy
// X [C*(H+2r)*(W+2r), lanes], where the K inputs of a location's field are K
// rows of contiguous batch lanes. Per location l (W_l its [K, M] block):
//   forward   Y_l^T = W_l^T X_l^T, transposed back into y
//   weights   dW_l += X_l^T dY_l  (dot products over the lanes)
//   input     dX_l^T += W_l dY_l^T into a padded dX, transposed back into dx
// with a few lanes' outputs (or dY) held in registers while the field streams
// past, W_l from L1: 8-lane AVX2 vectors, or for forward and input on a CPU
// with AVX-512F 16-lane vectors and two neighbouring locations per pass over
// their shared field (locally_connected_kernels()). No BLAS. Threads: a
// block big enough (at least 4 MFLOP per thread) is split between up to
// threads() threads of parallel_for's pool (the calling thread takes one
// share), all joined before the call
// returns: forward and input grad by tiles of lanes (forward
// by locations when the block has fewer tiles than threads), weight grad by
// locations. The shares write disjoint memory and every element is computed
// by the same operations whatever the split, so results are bit-identical
// for any thread count; a row's forward output and input gradient do not
// depend on the other rows. The calls are not reentrant (the calling thread's scratch,
// shared by every LocallyConnected2D).
// Initialiser fan_in = K, fan_out = k*k*M (outputs one input pixel feeds).
#include <memory>
#include <string>

#include "fflab/core/aligned_floats.hpp"
#include "fflab/layers/layer.hpp"

namespace fflab {

namespace lc {
struct Geometry;
}

/// The vectors the locally connected kernels run on here: "avx512" (16
/// lanes, a CPU with AVX-512F), "avx2" (8 lanes) or "portable" (plain loops,
/// a build without AVX2).
std::string locally_connected_kernels();
/// true: the kernels keep to AVX2 even on an AVX-512 CPU (to compare the
/// two); false (the default): the widest vectors the CPU has for forward and
/// input gradient (the weight gradient runs on 8 lanes either way). Results
/// are bit-identical either way. Not to be switched while a layer runs.
void limit_locally_connected_kernels_to_avx2(bool limit);

class LocallyConnected2D : public Layer {
 public:
  /// Schema: units_per_location (required), kernel (required, odd), bias = true,
  /// init = "normal_fan_in".
  static Schema schema();
  /// `options` validated against schema(); `input` is C x H x W. ShapeError
  /// for flat input; ConfigError at "/kernel" for a kernel larger than the
  /// map, at "/units_per_location" for weights over kMaxLayerWeights.
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

  FeatureShape input_;
  std::size_t units_, kernel_;
  std::size_t locations_, patch_;  // L = H*W, K = C*k*k
  bool use_bias_;
  std::string init_;
  Matrix weight_, weight_grad_;  // [L*K, M]
  Matrix bias_, bias_grad_;      // [1, M*L]
  std::shared_ptr<const lc::Geometry> geometry_;  // shape and field offsets (immutable)
  // The passes' block scratch is the calling thread's, shared by every
  // LocallyConnected2D (locally_connected.cpp: scratch()).
};

}  // namespace fflab
