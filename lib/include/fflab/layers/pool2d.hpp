#pragma once
// Pool2D: parameter-free k x k pooling of each channel of a C x H x W map,
// window step `stride` (default k), zero padding p (default 0);
// OH = (H + 2p - k) / stride + 1 (floor), likewise OW. Two kinds:
//   "max_pool2d"  y = the largest value of the window's pixels inside the map
//                 (padding never wins); dy goes to the first largest pixel.
//   "avg_pool2d"  y = (sum of the window's pixels inside the map) / (k*k):
//                 padding counts as zeros; dy/(k*k) goes to each pixel.
// backward_input finds the maxima again from x (nothing is kept from forward).
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

enum class PoolKind { max, average };

class Pool2D : public Layer {
 public:
  /// Schema: kernel (required), stride (default: the kernel), padding = 0.
  static Schema schema();
  /// ConfigError at "/kernel" when the window does not fit the padded map, at
  /// "/padding" when padding is not below the kernel.
  Pool2D(PoolKind kind, const Json& options, FeatureShape input);
  Pool2D(PoolKind kind, FeatureShape input, std::size_t kernel, std::size_t stride, std::size_t padding = 0);

  std::string type() const override { return kind_ == PoolKind::max ? "max_pool2d" : "avg_pool2d"; }
  FeatureShape input_shape() const override { return input_; }
  FeatureShape output_shape() const override { return output_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  Json options() const override;

 private:
  /// Calls f(input pixel index within the row, output index within the row)
  /// for every in-map pixel of every window, window by window.
  template <class F>
  void for_each_window_pixel(F&& f) const;
  /// Whether the windows are 2 x 2, stride 2, unpadded (LeNet's and most
  /// CNNs' pooling), which the *_2x2 passes below handle directly.
  bool is_2x2() const { return kernel_ == 2 && stride_ == 2 && padding_ == 0; }
  /// The 2 x 2 passes on one row; the same results as the general ones.
  void forward_2x2(const float* x, float* y) const;
  void backward_2x2(const float* x, const float* dy, float* dx) const;

  PoolKind kind_;
  FeatureShape input_, output_;
  std::size_t kernel_, stride_, padding_;
  bool stride_given_ = true;  // false: the manifest left stride to default to the kernel
};

}  // namespace fflab
