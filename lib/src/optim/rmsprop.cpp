#include "fflab/optim/rmsprop.hpp"

#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/optim/common_keys.hpp"
#include "state_tensor.hpp"

namespace fflab {

Schema Rmsprop::schema() {
  Schema s;
  add_common_optimizer_keys(s, 0.01);
  s.optional("alpha", KeyType::number, 0.99, "smoothing of the mean of squared gradients (torch's alpha)")
      .at_least(0)
      .validated_by([](Json& alpha, const std::string& pointer) {
        if (alpha.get<double>() >= 1.0)
          throw ConfigError(pointer, "value " + alpha.dump() + " is out of range: must be < 1 (1 never updates the mean)");
      });
  s.optional("eps", KeyType::number, 1e-8, "added to sqrt(mean of squared gradients) before dividing").above(0);
  return s;
}

std::unique_ptr<Optimizer> Rmsprop::create(const Json& options, const Parameter& param) {
  RmspropOptions o;
  o.alpha = options.value("alpha", 0.99f);
  o.eps = options.value("eps", 1e-8f);
  o.weight_decay = effective_weight_decay(options, param);
  return std::make_unique<Rmsprop>(o);
}

void Rmsprop::step(Matrix& value, const Matrix& grad, float lr) {
  detail::check_step_shapes("rmsprop", value, grad);
  detail::ensure_state(mean_square_, value, "rmsprop");
  const float a = options_.alpha, eps = options_.eps, wd = options_.weight_decay;
  Matrix& m = mean_square_;
  if (wd == 0.0f) {
    xt::noalias(m) = a * m + (1.0f - a) * grad * grad;
    xt::noalias(value) -= lr * grad / (xt::sqrt(m) + eps);
  } else {
    xt::noalias(m) = a * m + (1.0f - a) * xt::square(grad + wd * value);
    xt::noalias(value) -= lr * (grad + wd * value) / (xt::sqrt(m) + eps);
  }
  ++steps_;
}

}  // namespace fflab
