#include "fflab/optim/sgd.hpp"

#include <xtensor/xnoalias.hpp>

#include "fflab/core/parallel_for.hpp"
#include "fflab/optim/common_keys.hpp"
#include "state_tensor.hpp"

namespace fflab {

Schema Sgd::schema() {
  Schema s;
  add_common_optimizer_keys(s, 0.01);
  s.optional("momentum", KeyType::number, 0.0,
             "momentum mu: v = mu * v + (1 - dampening) * grad; 0 = plain SGD")
      .at_least(0)
      .at_most(1);
  s.optional("dampening", KeyType::number, 0.0,
             "fraction of the new gradient left out of the velocity. Hinton's gradient "
             "smoothing (grad = 0.9 * grad + 0.1 * new) is momentum 0.9, dampening 0.9")
      .at_least(0)
      .at_most(1);
  s.optional("nesterov", KeyType::boolean, false,
             "Nesterov look-ahead: value -= lr * (grad + momentum * v) instead of lr * v");
  return s;
}

std::unique_ptr<Optimizer> Sgd::create(const Json& options, const Parameter& param) {
  SgdOptions o;
  o.momentum = options.value("momentum", 0.0f);
  o.dampening = options.value("dampening", 0.0f);
  o.nesterov = options.value("nesterov", false);
  o.weight_decay = effective_weight_decay(options, param);
  return std::make_unique<Sgd>(o);
}

namespace {

/// The step's coefficients, by value: the loop below reads no scalar through
/// memory that its stores could alias, so it vectorises.
struct MomentumCoefficients {
  float lr, weight_decay, momentum, keep;
};

/// Elements [0, n) of the momentum step (Nesterov's or plain), one pass over
/// value w, velocity v and gradient g.
template <bool Nesterov>
void momentum_elements(float* __restrict__ w, float* __restrict__ v, const float* __restrict__ g, std::size_t n,
                       MomentumCoefficients c) {
  for (std::size_t i = 0; i < n; ++i) {
    const float d = g[i] + c.weight_decay * w[i];  // weight_decay = 0: d = g
    const float vi = c.momentum * v[i] + c.keep * d;
    v[i] = vi;
    w[i] -= c.lr * (Nesterov ? d + c.momentum * vi : vi);
  }
}

}  // namespace

void Sgd::momentum_step(Matrix& value, const Matrix& grad, float lr) {
  // One pass over the four arrays (velocity, gradient, value read; velocity
  // and value written) instead of one pass per array expression.
  const MomentumCoefficients c{lr, options_.weight_decay, options_.momentum, 1.0f - options_.dampening};
  float* w = value.data();
  float* v = velocity_.data();
  const float* g = grad.data();
  const bool nesterov = options_.nesterov;
  parallel_for(value.size(), kElementsPerThread, [=](std::size_t first, std::size_t last) {
    if (nesterov)
      momentum_elements<true>(w + first, v + first, g + first, last - first, c);
    else
      momentum_elements<false>(w + first, v + first, g + first, last - first, c);
  });
}

void Sgd::step(Matrix& value, const Matrix& grad, float lr) {
  detail::check_step_shapes("sgd", value, grad);
  const float wd = options_.weight_decay;
  const float mu = options_.momentum;
  const float keep = 1.0f - options_.dampening;
  if (mu == 0.0f) {
    // No velocity to keep: v = keep * g, and Nesterov's extra term vanishes.
    const float a = lr * keep;
    if (wd == 0.0f)
      xt::noalias(value) -= a * grad;
    else
      xt::noalias(value) -= a * (grad + wd * value);
  } else {
    detail::ensure_state(velocity_, value, "sgd");
    momentum_step(value, grad, lr);
  }
  ++steps_;
}

}  // namespace fflab
