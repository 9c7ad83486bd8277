#pragma once
// BatchNorm ("batch_norm"): normalises each channel of a C x H x W map over
// the batch and the map's locations (per feature over the batch for flat
// rows, which are C x 1 x 1), then applies a learnable gain and bias:
//   y = gain[c] * (x - mean[c]) / sqrt(var[c] + eps) + bias[c]
// Training forward (RunContext::training): mean and var (biased) of the
// batch; the running statistics move towards them,
//   running_mean = (1 - momentum) running_mean + momentum mean
//   running_var  = (1 - momentum) running_var  + momentum var * n / (n - 1)
// (n = rows x locations; unbiased var when n > 1). Evaluation forward uses
// the running statistics. backward_input follows the latest forward: after a
// training forward the full gradient through the batch statistics,
//   dx = gain inv_std (dy - mean(dy) - xhat mean(dy xhat))   (means per channel),
// after an evaluation forward dx = gain inv_std dy.
// Parameters: "gain" [1, C] (starts at 1), "bias" [1, C] (starts at 0), no decay.
// State (checkpointed): "running_mean" [1, C] (starts at 0), "running_var"
// [1, C] (starts at 1).
#include <string>
#include <vector>

#include "fflab/layers/layer.hpp"

namespace fflab {

class BatchNorm : public Layer {
 public:
  /// Schema: momentum = 0.1, eps = 1e-5.
  static Schema schema();
  BatchNorm(const Json& options, FeatureShape shape);
  BatchNorm(FeatureShape shape, double momentum = 0.1, double eps = 1e-5);

  std::string type() const override { return "batch_norm"; }
  FeatureShape input_shape() const override { return shape_; }
  FeatureShape output_shape() const override { return shape_; }

  bool couples_rows() const override { return true; }
  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  /// One read of x and dy per channel for both gradients' sums.
  void backward(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx, bool write_grads) override;

  std::vector<Parameter> parameters() override;
  std::vector<StateTensor> state() override;
  void initialize(Rng& rng) override;
  Json options() const override;

  Matrix& gain() { return gain_; }
  Matrix& bias() { return bias_; }
  Matrix& running_mean() { return running_mean_; }
  Matrix& running_var() { return running_var_; }

 private:
  void check_input(const Matrix& x, const char* where) const;
  /// Channel c's batch mean and 1/std into mean_, inv_std_; updates its running statistics.
  void channel_statistics(const Matrix& x, std::size_t c);
  /// y = gain (x - mean) / std + bias over row b's values of channel c.
  void normalize_rows(const Matrix& x, Matrix& y, std::size_t b, std::size_t c) const;
  /// Over channel c of the batch: sum dy and sum dy * xhat (xhat with mean_ and inv_std_).
  struct ChannelSums {
    double dy, dy_xhat;
  };
  ChannelSums channel_sums(const Matrix& x, const Matrix& dy, std::size_t c) const;
  /// dx over channel c from its sums (zero sums: the running statistics' plain scaling).
  void input_gradient(const Matrix& x, const Matrix& dy, Matrix& dx, std::size_t c, const ChannelSums& sums) const;

  FeatureShape shape_;
  double momentum_, eps_;
  Matrix gain_, gain_grad_, bias_, bias_grad_;  // [1, C]
  Matrix running_mean_, running_var_;           // [1, C]
  std::vector<float> mean_, inv_std_;           // of the latest forward
  bool batch_stats_ = false;                    // the latest forward was a training one on a non-empty batch
};

}  // namespace fflab
