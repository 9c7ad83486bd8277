#include "fflab/layers/weight_budget.hpp"

#include <cstdio>

#include "fflab/core/errors.hpp"

namespace fflab {

void check_weight_budget(double weights, const std::string& key, const std::string& what, const std::string& fix) {
  if (weights <= kMaxLayerWeights) return;
  const double size = weights * 4.0 / (1024.0 * 1024.0 * 1024.0);
  char gib[32];
  if (size < 1e9) std::snprintf(gib, sizeof gib, "%.1f", size);
  else std::snprintf(gib, sizeof gib, "%.3g", size);
  throw ConfigError(key, what + " need " + gib + " GiB of weights, more than the 8 GiB (2^31 floats) one layer may have; " +
                             fix);
}

}  // namespace fflab
