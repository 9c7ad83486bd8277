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

void Sgd::momentum_step(Matrix& value, const Matrix& grad, float lr) {
  // One pass over the four arrays (velocity, gradient, value read; velocity
  // and value written) instead of one pass per array expression.
  const float wd = options_.weight_decay, mu = options_.momentum, keep = 1.0f - options_.dampening;
  const bool nesterov = options_.nesterov;
  float* __restrict__ w = value.data();
  float* __restrict__ v = velocity_.data();
  const float* __restrict__ g = grad.data();
  parallel_for(value.size(), kElementsPerThread, [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      const float d = g[i] + wd * w[i];  // wd = 0: d = g
      const float vi = mu * v[i] + keep * d;
      v[i] = vi;
      w[i] -= lr * (nesterov ? d + mu * vi : vi);
    }
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
