#pragma once
// ActivationLayer: an element-wise non-linearity as a parameter-free layer;
// the output has the input's shape.
//   "relu"        y = max(x, 0)                      dy/dx = [x > 0]
//   "leaky_relu"  y = x > 0 ? x : slope * x          dy/dx = x > 0 ? 1 : slope
//   "elu"         y = x > 0 ? x : alpha (e^x - 1)    dy/dx = x > 0 ? 1 : y + alpha
//   "sigmoid"     y = 1 / (1 + e^-x)                 dy/dx = y (1 - y)
//   "tanh"        y = A tanh(S x)                    dy/dx = S (A - y^2 / A)
//                 (amplitude A, slope S: 1 and 1 by default; LeCun et al.
//                 1998 use A = 1.7159, S = 2/3)
// backward_input uses x and y of the latest forward on this batch.
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

enum class Activation { relu, leaky_relu, elu, sigmoid, tanh };

class ActivationLayer : public Layer {
 public:
  /// Schema of the options for `kind` (slope for leaky_relu, alpha for elu).
  static Schema schema(Activation kind);
  /// `options` validated against schema(kind).
  ActivationLayer(Activation kind, const Json& options, FeatureShape shape);
  /// The kind's defaults: leaky_relu slope 0.01, elu alpha 1, plain tanh.
  ActivationLayer(Activation kind, FeatureShape shape);
  /// `parameter` is the slope (leaky_relu, tanh: > 0, 1 = plain tanh) or
  /// alpha (elu), ignored otherwise; `amplitude` is tanh's A (> 0).
  ActivationLayer(Activation kind, FeatureShape shape, double parameter, double amplitude = 1.0);
  /// The schema's default of `parameter` for `kind` (0 where it has none).
  static double default_parameter(Activation kind);

  std::string type() const override;
  FeatureShape input_shape() const override { return shape_; }
  FeatureShape output_shape() const override { return shape_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  bool backward_in_place() const override { return true; }  // element-wise
  bool forward_in_place() const override { return true; }
  Json options() const override;

 private:
  Activation kind_;
  FeatureShape shape_;
  double parameter_;  // as configured (recorded exactly); used as float
  double amplitude_;  // tanh's A
  /// tanh with A = S = 1: the plain expressions, bit for bit as before A and S existed.
  bool plain_tanh() const { return parameter_ == 1.0 && amplitude_ == 1.0; }
};

}  // namespace fflab
