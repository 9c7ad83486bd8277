#include "fflab/optim/adagrad.hpp"

#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "fflab/optim/common_keys.hpp"
#include "state_tensor.hpp"

namespace fflab {

Schema Adagrad::schema() {
  Schema s;
  add_common_optimizer_keys(s, 0.01);
  s.optional("eps", KeyType::number, 1e-10,
             "added to sqrt(sum of squared gradients) before dividing")
      .above(0);
  return s;
}

std::unique_ptr<Optimizer> Adagrad::create(const Json& options, const Parameter& param) {
  AdagradOptions o;
  o.eps = options.value("eps", 1e-10f);
  o.weight_decay = effective_weight_decay(options, param);
  return std::make_unique<Adagrad>(o);
}

void Adagrad::step(Matrix& value, const Matrix& grad, float lr) {
  detail::check_step_shapes("adagrad", value, grad);
  detail::ensure_state(sum_squares_, value, "adagrad");
  const float wd = options_.weight_decay;
  const float eps = options_.eps;
  Matrix& s = sum_squares_;
  if (wd == 0.0f) {
    xt::noalias(s) += grad * grad;
    xt::noalias(value) -= lr * grad / (xt::sqrt(s) + eps);
  } else {
    // The decayed gradient is recomputed in both passes rather than stored.
    xt::noalias(s) += xt::square(grad + wd * value);
    xt::noalias(value) -= lr * (grad + wd * value) / (xt::sqrt(s) + eps);
  }
  ++steps_;
}

}  // namespace fflab
