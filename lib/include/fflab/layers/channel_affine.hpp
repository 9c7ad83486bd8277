#pragma once
// ChannelAffine ("channel_affine"): a learnable gain and bias per channel of a
// C x H x W map (per feature for flat rows):
//   y[c, h, w] = gain[c] * x[c, h, w] + bias[c]
// After avg_pool2d it is LeNet-5's trainable subsampling (the window's mean
// times a coefficient plus a bias, before the squashing function).
// Parameters: "gain" [1, C] (starts at `gain`, default 1) and "bias" [1, C]
// (starts at 0); neither decays.
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

class ChannelAffine : public Layer {
 public:
  /// Schema: gain = 1 (the gain's starting value).
  static Schema schema();
  ChannelAffine(const Json& options, FeatureShape input);
  ChannelAffine(FeatureShape input, float initial_gain = 1.0f);

  std::string type() const override { return "channel_affine"; }
  FeatureShape input_shape() const override { return input_; }
  FeatureShape output_shape() const override { return input_; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  bool backward_in_place() const override { return true; }

  std::vector<Parameter> parameters() override;
  void initialize(Rng& rng) override;
  Json options() const override;

  Matrix& gain() { return gain_; }
  Matrix& bias() { return bias_; }

 private:
  void check_rows(const Matrix& m, const char* where) const;

  FeatureShape input_;
  float initial_gain_;
  Matrix gain_, gain_grad_, bias_, bias_grad_;  // [1, C]
};

}  // namespace fflab
