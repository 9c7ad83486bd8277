#include "fflab/layers/network.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

Network::Network(std::vector<std::unique_ptr<Layer>> layers) {
  for (auto& l : layers) add(std::move(l));
}

void Network::add(std::unique_ptr<Layer> layer) {
  if (!layers_.empty() && layers_.back()->output_shape().size() != layer->input_shape().size())
    throw ShapeError("layer " + std::to_string(layers_.size()) + " (" + layer->type() +
                     ") takes " + to_string(layer->input_shape()) + " inputs but the layer below gives " +
                     to_string(layers_.back()->output_shape()));
  layers_.push_back(std::move(layer));
  activations_.resize(layers_.size() + 1);
}

FeatureShape Network::input_shape() const {
  return layers_.empty() ? FeatureShape{} : layers_.front()->input_shape();
}

FeatureShape Network::output_shape() const {
  return layers_.empty() ? FeatureShape{} : layers_.back()->output_shape();
}

const Matrix& Network::forward(const Matrix& x, const RunContext& ctx) {
  if (layers_.empty()) throw ShapeError("forward through an empty network");
  if (x.shape()[1] != input_shape().size())
    throw ShapeError("network expects " + std::to_string(input_shape().size()) +
                     " features per row, got " + shape_string(x));
  ensure_shape(activations_[0], x.shape()[0], x.shape()[1]);
  activations_[0] = x;
  for (std::size_t i = 0; i < layers_.size(); ++i)
    layers_[i]->forward(activations_[i], activations_[i + 1], ctx);
  return activations_.back();
}

void Network::backward(const Matrix& doutput, bool write_grads) {
  const Matrix* dy = &doutput;
  Matrix* buffers[2] = {&grad_a_, &grad_b_};
  for (std::size_t k = layers_.size(); k-- > 0;) {
    Layer& l = *layers_[k];
    if (k == 0) {  // no one needs dL/dinput
      l.parameter_grad(activations_[k], activations_[k + 1], *dy, write_grads);
      break;
    }
    Matrix* dx = buffers[k % 2];
    l.backward(activations_[k], activations_[k + 1], *dy, *dx, write_grads);
    dy = dx;
  }
}

std::vector<Parameter> Network::parameters() {
  std::vector<Parameter> out;
  for (auto& l : layers_)
    for (auto& p : l->parameters()) out.push_back(p);
  return out;
}

std::vector<StateTensor> Network::state() {
  std::vector<StateTensor> out;
  for (auto& l : layers_)
    for (auto& t : l->state()) out.push_back(t);
  return out;
}

void Network::zero_grad() {
  for (auto& l : layers_) l->zero_grad();
}

void Network::initialize(Rng& rng) {
  for (auto& l : layers_) l->initialize(rng);
}

std::size_t Network::parameter_count() {
  std::size_t n = 0;
  for (auto& l : layers_) n += l->parameter_count();
  return n;
}

}  // namespace fflab
