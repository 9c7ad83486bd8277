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

namespace {

/// The step's coefficients, by value: the loop below reads no scalar through
/// memory that its stores could alias, so it vectorises.
struct AdamCoefficients {
  float beta1, beta2, weight_decay, eps, step_size, root_inv;
};

/// Elements [0, n) of the Adam step: one pass over value w, first and second
/// moments m and v and gradient g.
void adam_elements(float* __restrict__ w, float* __restrict__ m, float* __restrict__ v, const float* __restrict__ g,
                   std::size_t n, AdamCoefficients c) {
  for (std::size_t i = 0; i < n; ++i) {
    const float d = g[i] + c.weight_decay * w[i];  // weight_decay = 0: d = g
    const float mi = c.beta1 * m[i] + (1.0f - c.beta1) * d;
    const float vi = c.beta2 * v[i] + (1.0f - c.beta2) * d * d;
    m[i] = mi;
    v[i] = vi;
    w[i] -= c.step_size * mi / (std::sqrt(vi) * c.root_inv + c.eps);
  }
}

}  // namespace

void Adam::step(Matrix& value, const Matrix& grad, float lr) {
  detail::check_step_shapes("adam", value, grad);
  detail::ensure_state(m_, value, "adam");
  detail::ensure_state(v_, value, "adam");
  const float b1 = options_.beta1, b2 = options_.beta2;
  const double t = static_cast<double>(steps_ + 1);
  // lr * (m / c1) / (sqrt(v / c2) + eps) = step_size * m / (sqrt(v) * root_inv + eps)
  const float step_size = static_cast<float>(lr / (1.0 - std::pow(double(b1), t)));
  const float root_inv = static_cast<float>(1.0 / std::sqrt(1.0 - std::pow(double(b2), t)));
  // One pass over value, gradient and both moments (three passes as array expressions).
  const AdamCoefficients c{b1, b2, options_.weight_decay, options_.eps, step_size, root_inv};
  float* w = value.data();
  float* m = m_.data();
  float* v = v_.data();
  const float* g = grad.data();
  parallel_for(value.size(), kElementsPerThread, [=](std::size_t first, std::size_t last) {
    adam_elements(w + first, m + first, v + first, g + first, last - first, c);
  });
  ++steps_;
}

}  // namespace fflab
