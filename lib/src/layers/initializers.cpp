#include "fflab/layers/initializers.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/strings.hpp"

namespace fflab {

const std::vector<std::string>& initializer_names() {
  static const std::vector<std::string> names = {"normal_fan_in", "he", "he_uniform", "uniform_fan_in", "glorot", "zeros"};
  return names;
}

std::vector<std::string> random_initializer_names() {
  std::vector<std::string> names;
  for (const auto& n : initializer_names())
    if (n != "zeros") names.push_back(n);
  return names;
}

void init_weights(Matrix& w, const std::string& scheme, std::size_t fan_in, std::size_t fan_out,
                  Rng& rng) {
  float* p = w.data();
  const std::size_t n = w.size();
  if (scheme == "zeros") {
    w.fill(0.0f);
    return;
  }
  if (fan_in == 0) throw Error("init_weights: fan_in is 0 for initialiser '" + scheme + "'");
  if (scheme == "normal_fan_in" || scheme == "he") {
    const double var = (scheme == "he" ? 2.0 : 1.0) / static_cast<double>(fan_in);
    const auto scale = static_cast<float>(std::sqrt(var));
    for (std::size_t i = 0; i < n; ++i) p[i] = scale * rng.normal();
    return;
  }
  if (scheme == "he_uniform") {
    const auto a = static_cast<float>(std::sqrt(6.0 / static_cast<double>(fan_in)));
    for (std::size_t i = 0; i < n; ++i) p[i] = a * (2.0f * rng.uniform() - 1.0f);
    return;
  }
  if (scheme == "uniform_fan_in") {
    const auto a = static_cast<float>(1.0 / std::sqrt(static_cast<double>(fan_in)));
    for (std::size_t i = 0; i < n; ++i) p[i] = a * (2.0f * rng.uniform() - 1.0f);
    return;
  }
  if (scheme == "glorot") {
    const auto a = static_cast<float>(std::sqrt(6.0 / static_cast<double>(fan_in + fan_out)));
    for (std::size_t i = 0; i < n; ++i) p[i] = a * (2.0f * rng.uniform() - 1.0f);
    return;
  }
  throw ConfigError("", "unknown initialiser '" + scheme + "'" +
                            did_you_mean(scheme, initializer_names()) +
                            "; known: " + join(initializer_names()));
}

}  // namespace fflab
