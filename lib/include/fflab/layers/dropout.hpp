#pragma once
// Dropout ("dropout"), inverted: in training (ctx.training) each value is
// kept with probability 1 - rate and scaled by 1 / (1 - rate), else zeroed;
// outside training it is the identity. The mask is drawn from ctx.rng
// (required in training) and kept until the next forward, so backward_input
// applies the same mask: dx = dy .* mask (or dx = dy after an eval forward).
// With ctx.reuse_masks a training forward applies the latest training
// forward's mask again (same shape required) and draws nothing.
// Options: rate = 0.5, in [0, 1).
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

class Dropout : public Layer {
 public:
  static Schema schema();
  Dropout(const Json& options, FeatureShape shape);
  Dropout(FeatureShape shape, double rate);

  std::string type() const override { return "dropout"; }
  FeatureShape input_shape() const override { return shape_; }
  FeatureShape output_shape() const override { return shape_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  bool backward_in_place() const override { return true; }  // element-wise
  bool forward_in_place() const override { return true; }
  Json options() const override;

  double rate() const { return rate_; }
  /// The mask of the latest training forward (0 or 1/(1-rate) per value).
  const Matrix& mask() const { return mask_; }

 private:
  FeatureShape shape_;
  double rate_;
  bool masked_ = false;  // the latest forward applied mask_
  Matrix mask_;
};

}  // namespace fflab
