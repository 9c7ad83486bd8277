#pragma once
// Network: an ordered stack of layers with the activations of the latest
// forward pass kept for backward. activations(0) is the input batch,
// activations(i + 1) the output of layer i.
#include <memory>
#include <vector>

#include "fflab/layers/layer.hpp"

namespace fflab {

class Network {
 public:
  Network() = default;
  explicit Network(std::vector<std::unique_ptr<Layer>> layers);

  void add(std::unique_ptr<Layer> layer);
  std::size_t size() const { return layers_.size(); }
  Layer& layer(std::size_t i) { return *layers_[i]; }
  const Layer& layer(std::size_t i) const { return *layers_[i]; }
  FeatureShape input_shape() const;
  FeatureShape output_shape() const;

  /// Runs all layers; returns the output (valid until the next forward).
  const Matrix& forward(const Matrix& x, const RunContext& ctx);
  /// Backpropagates dL/doutput through every layer, accumulating parameter
  /// gradients (write_grads: setting them, as zero_grad first would).
  /// Uses the activations of the latest forward.
  void backward(const Matrix& doutput, bool write_grads = false);

  const Matrix& activation(std::size_t i) const { return activations_[i]; }
  std::vector<Parameter> parameters();
  /// Every layer's non-trainable state, layer by layer.
  std::vector<StateTensor> state();
  void zero_grad();
  void initialize(Rng& rng);
  std::size_t parameter_count();

 private:
  std::vector<std::unique_ptr<Layer>> layers_;
  std::vector<Matrix> activations_;  // size() + 1
  Matrix grad_a_, grad_b_;           // ping-pong buffers for backward
};

}  // namespace fflab
