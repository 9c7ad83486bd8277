#include "fflab/optim/adam.hpp"

#include <cmath>


#include "fflab/core/parallel_for.hpp"
#include "fflab/optim/common_keys.hpp"
#include "state_tensor.hpp"

namespace fflab {

Schema Adam::schema() {
  Schema s;
  add_common_optimizer_keys(s, 0.001);
  s.optional("beta1", KeyType::number, 0.9, "decay of the first-moment average, in [0, 1)")
      .at_least(0)
      .at_most(0.999999);
  s.optional("beta2", KeyType::number, 0.999, "decay of the second-moment average, in [0, 1)")
      .at_least(0)
      .at_most(0.999999);
  s.optional("eps", KeyType::number, 1e-8,
             "added to the bias-corrected sqrt(second moment) before dividing")
      .above(0);
  return s;
}

std::unique_ptr<Optimizer> Adam::create(const Json& options, const Parameter& param) {
  AdamOptions o;
  o.beta1 = options.value("beta1", 0.9f);
  o.beta2 = options.value("beta2", 0.999f);
  o.eps = options.value("eps", 1e-8f);
  o.weight_decay = effective_weight_decay(options, param);
  return std::make_unique<Adam>(o);
}

void Adam::step(Matrix& value, const Matrix& grad, float lr) {
  detail::check_step_shapes("adam", value, grad);
  detail::ensure_state(m_, value, "adam");
  detail::ensure_state(v_, value, "adam");
  const float b1 = options_.beta1, b2 = options_.beta2;
  const float wd = options_.weight_decay;
  const float eps = options_.eps;
  const double t = static_cast<double>(steps_ + 1);
  // lr * (m / c1) / (sqrt(v / c2) + eps) = step_size * m / (sqrt(v) * root_inv + eps)
  const float step_size = static_cast<float>(lr / (1.0 - std::pow(double(b1), t)));
  const float root_inv = static_cast<float>(1.0 / std::sqrt(1.0 - std::pow(double(b2), t)));
  // One pass over value, gradient and both moments (three passes as array expressions).
  float* __restrict__ w = value.data();
  float* __restrict__ m = m_.data();
  float* __restrict__ v = v_.data();
  const float* __restrict__ g = grad.data();
  parallel_for(value.size(), kElementsPerThread, [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      const float d = g[i] + wd * w[i];  // wd = 0: d = g
      const float mi = b1 * m[i] + (1.0f - b1) * d;
      const float vi = b2 * v[i] + (1.0f - b2) * d * d;
      m[i] = mi;
      v[i] = vi;
      w[i] -= step_size * mi / (std::sqrt(vi) * root_inv + eps);
    }
  });
  ++steps_;
}

}  // namespace fflab
