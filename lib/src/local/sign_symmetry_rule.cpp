#include "fflab/local/sign_symmetry_rule.hpp"

#include <cmath>

#include "fflab/core/counter_uniform.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

Schema SignSymmetryRule::schema() {
  Schema s;
  s.optional("magnitudes", KeyType::string, "batchwise_random",
             "feedback magnitudes: batchwise_random = U(0, sqrt(6 / (fan_in + fan_out))) of the weight above, drawn "
             "every batch (BioTorch brsf); uniform = 1 (B = sign(W)); glorot_scaled = sqrt(2 / (fan_in + "
             "fan_out)), the Glorot standard deviation (BioTorch usf)")
      .one_of({"batchwise_random", "uniform", "glorot_scaled"});
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
  const Matrix& w = require_signal(input.above_weight, "sign_symmetry", "weight of the layer above");
  const bool random = magnitudes_ == "batchwise_random";
  if (random && !input.rng) throw Error("sign_symmetry: batchwise random magnitudes need the training generator");
  // Fans unset (the rule alone): the layer above is dense, [units, above].
  const bool fans = input.above_fans.in + input.above_fans.out > 0;
  const std::size_t fan_sum = fans ? input.above_fans.in + input.above_fans.out : w.shape()[0] + w.shape()[1];
  const auto bound = static_cast<float>(
      std::sqrt((magnitudes_ == "glorot_scaled" ? 2.0 : 6.0) / static_cast<double>(fan_sum)));
  const float fixed = magnitudes_ == "uniform" ? 1.0f : bound;
  ensure_shape(feedback_, w.shape()[0], w.shape()[1]);
  const float* src = w.data();
  float* dst = feedback_.data();
  // One draw from the run's generator names this batch's magnitudes; entry i
  // takes the stream's i-th number, so the threads' split does not matter.
  const std::uint64_t stream = random ? input.rng->next_u64() : 0;
  parallel_for(w.size(), kElementsPerThread, [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      const float sign = src[i] > 0.0f ? 1.0f : (src[i] < 0.0f ? -1.0f : 0.0f);
      dst[i] = sign * (random ? bound * counter_uniform(stream, i) : fixed);
    }
  });
  if (gradient) send_through_above(input, feedback_, "sign_symmetry", *gradient);
  return {};
}

}  // namespace fflab
