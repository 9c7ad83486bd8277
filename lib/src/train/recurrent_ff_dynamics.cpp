#include "fflab/train/recurrent_ff_dynamics.hpp"

#include <xtensor/xnoalias.hpp>

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/layers/registry.hpp"

namespace fflab {

namespace {

/// out [copies * R, n] = m [R, n] repeated: row c*R + r is m's row r.
void repeat_rows(const Matrix& m, std::size_t copies, Matrix& out) {
  const std::size_t rows = m.shape()[0], cols = m.shape()[1], size = rows * cols;
  ensure_shape(out, copies * rows, cols);
  for (std::size_t c = 0; c < copies; ++c) std::copy_n(m.data(), size, out.data() + c * size);
}

/// Bottom-up and top-down layers read only x and dy in accumulate_grad; the
/// layer types allowed here are the ones known to do so.
bool is_weight_layer(const Layer& layer) {
  return layer.type() == "dense" || layer.type() == "locally_connected";
}

}  // namespace

RecurrentFFDynamics::RecurrentFFDynamics(Network& network, std::vector<FFBlock> blocks, const Json& top_down,
                                         std::size_t classes, LengthNormKind norm, float damping,
                                         const std::string& pointer)
    : blocks_(std::move(blocks)), damping_(damping) {
  const std::size_t K = blocks_.size();
  for (std::size_t k = 0; k < K; ++k) {
    const FFBlock& b = blocks_[k];
    if (b.last != b.first + 1 || !is_weight_layer(network.layer(b.first)))
      throw ConfigError(child_pointer("/network/layers", b.first),
                        "recurrent_ff: block " + std::to_string(k) + " must be exactly a dense or locally_connected "
                        "layer followed by an activation (its bottom-up weights and its nonlinearity), got layers " +
                            std::to_string(b.first) + ".." + std::to_string(b.last));
  }
  const std::string type = top_down.at("type").get<std::string>();
  for (std::size_t k = 0; k < K; ++k) {
    Json spec;
    FeatureShape from;
    std::string where;
    const FeatureShape shape = network.layer(blocks_[k].last).output_shape();
    if (k + 1 < K) {
      spec = top_down;
      from = network.layer(blocks_[k + 1].last).output_shape();
      if (type == "locally_connected")
        spec["units_per_location"] = shape.channels;
      else
        spec["units"] = blocks_[k].units;
      where = pointer;
    } else {
      spec = Json{{"type", "dense"}, {"units", blocks_[k].units}};
      from = FeatureShape::flat(classes);
      where = pointer + " (the label's dense layer into the last block)";
    }
    spec["bias"] = false;  // the bottom-up layer has the block's bias
    auto layer = build_layer(spec, where, from);
    if (layer->output_shape().size() != blocks_[k].units)
      throw ConfigError(pointer, "recurrent_ff: the top-down layer into block " + std::to_string(k) + " maps " +
                                     to_string(from) + " to " + to_string(layer->output_shape()) +
                                     ", but the block has " + to_string(shape) +
                                     " units; locally_connected top-down layers need every block's map to have "
                                     "the same height and width");
    top_down_.push_back(std::move(layer));
    norms_.push_back(std::make_unique<LengthNorm>(norm, FeatureShape::flat(blocks_[k].units)));
  }
  state_.resize(K);
  pre_.resize(K);
  activity_.resize(K);
  norm_[0].resize(K);
  norm_[1].resize(K);
}

void RecurrentFFDynamics::initialize(Rng& rng) {
  for (auto& l : top_down_) l->initialize(rng);
}

std::vector<Parameter> RecurrentFFDynamics::top_down_parameters() {
  std::vector<Parameter> out;
  for (auto& l : top_down_)
    for (const Parameter& p : l->parameters()) out.push_back(p);
  return out;
}

void RecurrentFFDynamics::start(Network& network, const Matrix& x, const Matrix& y, const RunContext& ctx) {
  if (x.shape()[0] != y.shape()[0])
    throw ShapeError("recurrent_ff: " + shape_string(x) + " input rows but " + shape_string(y) + " label rows");
  reset(x, y, false);
  first_pass(network, x, ctx, bottom_input_, pre_, state_, norm_[0]);
  top_down_.back()->forward(y, top_input_, ctx);
}

void RecurrentFFDynamics::start_repeated(Network& network, const Matrix& x, std::size_t copies, const Matrix& y,
                                         const RunContext& ctx) {
  if (copies == 0 || y.shape()[0] != copies * x.shape()[0])
    throw ShapeError("recurrent_ff: " + std::to_string(copies) + " copies of " + shape_string(x) +
                     " input rows but " + shape_string(y) + " label rows");
  reset(x, y, true);
  // Into buffers of its own, so the [copies * R] ones keep their size from
  // one call to the next.
  first_pass(network, x, ctx, once_bottom_, once_pre_, once_state_, once_norm_);  // reads only x
  top_down_.back()->forward(y, top_input_, ctx);
  repeat_rows(once_bottom_, copies, bottom_input_);
  for (std::size_t k = 0; k < blocks_.size(); ++k) {
    repeat_rows(once_state_[k], copies, state_[k]);
    repeat_rows(once_norm_[k], copies, norm_[0][k]);
  }
}

void RecurrentFFDynamics::reset(const Matrix& x, const Matrix& y, bool repeated) {
  x_ = &x;
  y_ = &y;
  current_ = 0;
  time_ = 0;
  repeated_ = repeated;
  bottom_grad_pending_ = top_grad_pending_ = false;
}

void RecurrentFFDynamics::first_pass(Network& network, const Matrix& x, const RunContext& ctx, Matrix& bottom,
                                     std::vector<Matrix>& pre, std::vector<Matrix>& state, std::vector<Matrix>& norm) {
  const std::size_t K = blocks_.size();
  pre.resize(K);
  state.resize(K);
  norm.resize(K);
  bottom_up(network, 0).forward(x, bottom, ctx);
  for (std::size_t k = 0; k < K; ++k) {
    const Matrix* z = &bottom;
    if (k > 0) {
      bottom_up(network, k).forward(norm[k - 1], pre[k], ctx);
      z = &pre[k];
    }
    activation(network, k).forward(*z, state[k], ctx);
    norms_[k]->forward(state[k], norm[k], ctx);
  }
}

void RecurrentFFDynamics::step(Network& network, const RunContext& ctx) {
  if (!x_) throw Error("recurrent_ff: step() before start()");
  const std::size_t K = blocks_.size(), prev = current_, next = 1 - current_;
  const float keep = damping_, take = 1.0f - damping_;
  for (std::size_t k = 0; k < K; ++k) {
    Matrix& z = pre_[k];
    const Matrix* base = &bottom_input_;  // block 0's bottom-up input: the image's, computed once
    if (k > 0) {
      bottom_up(network, k).forward(norm_[prev][k - 1], z, ctx);
      base = &z;
    }
    if (k + 1 < K) {
      top_down_[k]->forward(norm_[prev][k + 1], activity_[k], ctx);  // activity_ as scratch
      sum_of(*base, activity_[k], z);
    } else {
      sum_of(*base, top_input_, z);
    }
    activation(network, k).forward(z, activity_[k], ctx);
    blend(state_[k], keep, take, activity_[k]);
  }
  for (std::size_t k = 0; k < K; ++k) norms_[k]->forward(state_[k], norm_[next][k], ctx);
  current_ = next;
  ++time_;
}

void RecurrentFFDynamics::accumulate(Network& network, std::size_t k, Matrix& ds, float scale,
                                     const std::function<void(Matrix&)>& pre_activation) {
  if (time_ == 0) throw Error("recurrent_ff: accumulate() before the first step");
  if (repeated_) throw Error("recurrent_ff: accumulate() in a run started by start_repeated (inference only)");
  const std::size_t K = blocks_.size(), prev = 1 - current_;
  scale_in_place(ds, scale * (1.0f - damping_));
  Layer& act = activation(network, k);
  Matrix* dz = act.backward_in_place() ? &ds : &dz_;
  act.backward_input(pre_[k], activity_[k], ds, *dz);
  if (pre_activation) pre_activation(*dz);
  auto add_to = [&](Matrix& sum, bool& pending) {
    if (pending) {
      add_in_place(sum, *dz);
    } else {
      scaled_copy(*dz, 1.0f, sum);
      pending = true;
    }
  };
  if (k == 0)
    add_to(bottom_grad_sum_, bottom_grad_pending_);
  else
    bottom_up(network, k).accumulate_grad(norm_[prev][k - 1], pre_[k], *dz);
  if (k + 1 == K)
    add_to(top_grad_sum_, top_grad_pending_);
  else
    top_down_[k]->accumulate_grad(norm_[prev][k + 1], pre_[k], *dz);
}

void RecurrentFFDynamics::finish_gradients(Network& network) {
  if (bottom_grad_pending_) bottom_up(network, 0).accumulate_grad(*x_, bottom_input_, bottom_grad_sum_);
  if (top_grad_pending_) top_down_.back()->accumulate_grad(*y_, top_input_, top_grad_sum_);
  bottom_grad_pending_ = top_grad_pending_ = false;
}

}  // namespace fflab
