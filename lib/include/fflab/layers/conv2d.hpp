#pragma once
// Conv2D ("conv2d"): a 2-D convolution with shared weights.
// Input C x H x W, output M x OH x OW, both CHW rows; OH = (H + 2p - k) / s + 1
// (floor) for kernel k, stride s, zero padding p, likewise OW.
// Groups G (C and M divisible by G): output channel m sees only the input
// channels of its group g = m / (M/G), channels g*C/G .. (g+1)*C/G - 1.
//   y[m, oh, ow] = bias[m] + sum_{c in group, i, j}
//                  weight[m, (c - g*C/G)*k*k + i*k + j] * x[c, oh*s + i - p, ow*s + j - p]
// (x is 0 outside the map).
// Connection table (groups 1 only): output channel m sees only the input
// channels listed in connections[m] (LeNet-5's C3). The weights of the other
// channels are held at 0: initialised 0, their gradient written 0, and a
// stand-in weight (feedback rules) is masked the same way before use.
// Parameters: "weight" [M, (C/G)*k*k] (decays), "bias" [1, M] (no decay, only
// with bias = true). Initialiser fan_in = (C/G)*k*k, fan_out = (M/G)*k*k; with
// a table, fan_in of row m = |connections[m]|*k*k and fan_out = (mean number
// of outputs per input channel)*k*k.
// Computation: the input channels of one group are unfolded (im2col,
// src/layers/conv2d_kernels) into columns cols_g [(C/G)*k*k, n*OH*OW] held in
// a preallocated workspace, and one fflab::gemm each does
//   forward  Y_g   = W_g cols_g                 (+ bias)
//   weights  dW_g += dY_g cols_g^T
//   input    dcols_g = W_g^T dY_g, folded back into dx (col2im)
// Maps of at least 64 locations (products_per_row): n = 1, a row's products
// read and write its CHW row in place, and the batch is cut into slices that
// run as parallel tasks, each product on its own thread with its columns in
// that core's L2. The weight gradient sums 4 slices (fewer for a smaller
// batch) apart and adds them in slice order, so its bits do not depend on the
// thread count. Per-row products of an ungrouped layer without a table skip
// the input channels that are constant over each row's map (FF's label
// channels), when the others form one range: each adds its value times a
// fixed map of kernel-weight sums, and its weight gradient is box sums of dy
// (src/layers/conv2d_constant_channels). Smaller maps: chunks of n rows
// group by group, the maps moved to and from the CHW rows; ungrouped, BLAS
// threads the products (chunks of 2^21 column floats); grouped, the groups
// are parallel tasks (chunks of 2^18 column floats). accumulate_grad unfolds
// x again (no columns are kept between calls). A window that covers the whole
// unpadded map (k = H = W, padding 0: a 1 x 1 output, LeNet-5's C5) of an
// ungrouped layer reads each CHW row as its one column, so the three passes
// are dense products on the rows themselves (products_on_rows), no unfolding.
#include <optional>
#include <string>
#include <vector>

#include "fflab/layers/layer.hpp"

namespace fflab {

namespace conv {
struct Geometry;
struct VaryingRange;
}  // namespace conv

/// true (the default): maps of at least 64 locations run per-row products;
/// false: every Conv2D runs chunked products (the bench compares the two).
/// Forward and input gradient agree to rounding either way; the weight
/// gradient sums in another order. Not to be switched while a layer runs.
void allow_conv2d_row_products(bool allow);

class Conv2D : public Layer {
 public:
  /// Schema: channels, kernel (required), stride = 1, padding = 0, groups = 1,
  /// bias = true, init = "he", connections = null (every channel of the group).
  static Schema schema();
  /// `options` validated against schema(). ConfigError at "/groups" when C or
  /// M is not divisible by groups, at "/kernel" for a kernel larger than the
  /// padded map, at "/channels" for weights over the budget, at "/connections"
  /// for a table that does not fit (count, indices, groups > 1).
  Conv2D(const Json& options, FeatureShape input);
  Conv2D(FeatureShape input, std::size_t channels, std::size_t kernel, std::size_t stride = 1,
         std::size_t padding = 0, std::size_t groups = 1, bool bias = true, std::string init = "he",
         std::vector<std::vector<std::size_t>> connections = {});

  std::string type() const override { return "conv2d"; }
  FeatureShape input_shape() const override { return input_; }
  FeatureShape output_shape() const override { return output_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void write_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  const Matrix* signal_weight() const override { return &weight_; }
  /// The initialiser's fans; with a table the mean fan-in over output
  /// channels and the fan_out initialize() uses.
  WeightFans signal_weight_fans() const override;
  /// The input gradient with weight [M, (C/G)*k*k] in place of the layer's.
  void backward_input_through(const Matrix& weight, const Matrix& x, const Matrix& dy, Matrix& dx) override;

  std::vector<Parameter> parameters() override;
  void initialize(Rng& rng) override;
  Json options() const override;

  Matrix& weight() { return weight_; }
  Matrix& bias() { return bias_; }
  std::size_t kernel() const { return kernel_; }
  std::size_t stride() const { return stride_; }
  std::size_t padding() const { return padding_; }
  std::size_t groups() const { return groups_; }
  /// The connection table; empty = full connections within each group.
  const std::vector<std::vector<std::size_t>>& connections() const { return connections_; }
  /// Multiply-adds of one forward pass for `batch` rows times 2 (flops);
  /// the weight and input gradients take as many.
  double forward_flops(std::size_t batch) const;
  /// Rows per chunk of a batch of `batch` rows: one group's columns of a
  /// chunk stay within a fixed workspace size (2^21 floats, grouped 2^18),
  /// at least one row.
  std::size_t chunk_rows(std::size_t batch) const;
  /// True when every product covers one row (output maps of at least 64
  /// locations), false when they cover chunks of chunk_rows rows.
  bool products_per_row() const;
  /// Slices of a batch of `batch` rows whose weight gradients are summed
  /// apart (per-row products): min(4, batch).
  std::size_t gradient_slices(std::size_t batch) const;
  /// True when an ungrouped layer's window covers the whole unpadded map: a
  /// row is its own column, and each pass is one product on the rows.
  bool products_on_rows() const;

 private:
  /// grads = beta * grads + this batch's gradients (beta 0 or 1).
  void add_grad(const Matrix& x, const Matrix& dy, float beta);
  void check_rows(const Matrix& m, std::size_t cols, const char* what, const char* where) const;
  /// A task's workspaces, at least a full chunk of n rows: columns
  /// [(C/G)*k*k][n*L] and maps [M/G][n*L] through their pointers.
  struct Workspace {
    Matrix cols, maps;
  };
  /// Per-row products: y rows in place, + bias.
  void forward_rows(const Matrix& x, Matrix& y);
  /// products_on_rows: y = bias + x W^T.
  void forward_on_rows(const Matrix& x, Matrix& y);
  /// The batch's varying channels when the others are constant over each
  /// row's map (src/layers/conv2d_constant_channels; ungrouped, no table).
  std::optional<conv::VaryingRange> varying_channels(const Matrix& x) const;
  conv::Geometry varying_geometry(conv::VaryingRange v) const;
  /// varying_weight_ = the weight's columns of the varying channels.
  void compact_varying_weight(conv::VaryingRange v);
  /// forward_rows with the constant channels added as fixed maps and only
  /// the varying channels unfolded and multiplied.
  void forward_rows_skipping_constants(const Matrix& x, Matrix& y, conv::VaryingRange v);
  /// weight grad = beta * weight grad + the batch's, per-row products summed per slice.
  void add_weight_grad_rows(const Matrix& x, const Matrix& dy, float beta);
  /// part = the weight gradient of rows [begin, end): the varying channels'
  /// by products into the workspace, the constant channels' by box sums of dy.
  void slice_grad_skipping_constants(const Matrix& x, const Matrix& dy, std::size_t begin, std::size_t end,
                                     conv::VaryingRange v, Workspace& ws, float* part);
  /// weight grad = beta * weight grad + the batch's, by chunks of rows.
  void add_weight_grad_chunks(const Matrix& x, const Matrix& dy, float beta);
  /// Cuts a batch into min(slices, batch) contiguous slices and calls
  /// work(slice, begin, end, workspace) for each as parallel tasks
  /// (parallel_products), each slice with its own workspace of one row's columns.
  template <class Work>
  void for_each_slice(std::size_t batch, std::size_t slices, Work&& work);
  /// Calls work(group, begin, n, workspace) for every group and chunk of a
  /// batch; a grouped layer's groups run as parallel tasks (parallel_products),
  /// each with its own workspace; a group's chunks run in order.
  template <class Work>
  void for_each_group_chunk(std::size_t batch, Work&& work);
  /// cols [(C/G)*k*k, n*L] = the columns of group `group`'s channels of rows [begin, begin + n) of x.
  void unfold(const Matrix& x, std::size_t begin, std::size_t n, std::size_t group, float* cols) const;
  /// mask_ from connections_ (ShapeError when the table does not fit).
  void build_mask();
  /// `weight`, or with a connection table its copy with the unconnected entries 0.
  const Matrix& connected(const Matrix& weight);

  FeatureShape input_, output_;
  std::size_t channels_, kernel_, stride_, padding_, groups_;
  bool use_bias_;
  std::string init_;
  std::vector<std::vector<std::size_t>> connections_;  // empty = full
  Matrix mask_;             // [M, C*k*k] 1 where connected (only with a table)
  Matrix masked_weight_;    // a stand-in weight times mask_
  std::size_t group_inputs_;  // (C/G)*k*k: columns of weight, rows of a group's cols
  Matrix weight_, weight_grad_;  // [M, (C/G)*k*k]
  Matrix bias_, bias_grad_;      // [1, M]
  std::vector<Workspace> workspaces_;  // one per task of a pass
  Matrix slice_grads_;                 // per-row products: a weight gradient per slice
  Matrix constant_maps_;               // [C][M][L] the constant channels' fixed maps
  Matrix varying_weight_;              // [M][varying channels * k * k]
};

}  // namespace fflab
