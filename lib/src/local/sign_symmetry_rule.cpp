#include "fflab/local/sign_symmetry_rule.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"

namespace fflab {

Schema SignSymmetryRule::schema() {
  Schema s;
  s.optional("magnitudes", KeyType::string, "batchwise_random",
             "feedback magnitudes: batchwise_random = U(0, sqrt(6 / (units + above))) drawn every batch "
             "(BioTorch brsf), uniform = 1 (B = sign(W^T), BioTorch usf)")
      .one_of({"batchwise_random", "uniform"});
  return s;
}

SignSymmetryRule::SignSymmetryRule(const Json& options)
    : magnitudes_(options.value("magnitudes", std::string("batchwise_random"))) {}

LocalRuleNeeds SignSymmetryRule::needs() const {
  LocalRuleNeeds n;
  n.upstream = true;
  return n;
}

LocalRuleResult SignSymmetryRule::evaluate(const LocalRuleInput& input, Matrix* gradient) {
  const Matrix& d = require_signal(input.upstream, "sign_symmetry", "signal of the part above");
  const Matrix& w = require_signal(input.above_weight, "sign_symmetry", "weight of the layer above");
  const std::size_t rows = input.output.shape()[0], units = w.shape()[0], above = w.shape()[1];
  if (d.shape()[0] != rows || d.shape()[1] != above || input.output.shape()[1] != units)
    throw ShapeError("sign_symmetry: upstream signal " + shape_string(d) + ", weight above " + shape_string(w) +
                     " and block output " + shape_string(input.output) +
                     " do not fit ([B, above], [units, above], [B, units])");
  const bool random = magnitudes_ == "batchwise_random";
  if (random && !input.rng) throw Error("sign_symmetry: batchwise random magnitudes need the training generator");
  const auto bound = static_cast<float>(std::sqrt(6.0 / static_cast<double>(units + above)));
  ensure_shape(feedback_, above, units);
  for (std::size_t a = 0; a < above; ++a)
    for (std::size_t u = 0; u < units; ++u) {
      const float v = w(u, a);
      const float sign = v > 0.0f ? 1.0f : (v < 0.0f ? -1.0f : 0.0f);
      feedback_(a, u) = random ? sign * bound * input.rng->uniform() : sign;
    }
  if (gradient) {
    ensure_shape(*gradient, rows, units);
    gemm(d, feedback_, *gradient);
  }
  return {};
}

}  // namespace fflab
