#include "fflab/layers/weight_budget.hpp"

#include <cstdio>
#include <limits>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {

thread_local NetworkMemoryBudget* active_budget = nullptr;

/// "1.5 GiB", or "950.0 MiB" below one GiB.
std::string memory_size(double bytes) {
  constexpr double mib = 1024.0 * 1024.0;
  char text[32];
  if (bytes < 1024.0 * mib) std::snprintf(text, sizeof text, "%.1f MiB", bytes / mib);
  else std::snprintf(text, sizeof text, "%.1f GiB", bytes / (1024.0 * mib));
  return text;
}

}  // namespace

NetworkMemoryBudget::NetworkMemoryBudget(double bytes_per_weight, double available_bytes)
    : bytes_per_weight_(bytes_per_weight), available_bytes_(available_bytes), outer_(active_budget) {
  active_budget = this;
}

NetworkMemoryBudget::~NetworkMemoryBudget() { active_budget = outer_; }

void NetworkMemoryBudget::add(double weights, const std::string& key, const std::string& fix) {
  weights_ += weights;
  const double needed = weights_ * bytes_per_weight_;
  if (needed <= available_bytes_) return;
  char per_weight[16];
  std::snprintf(per_weight, sizeof per_weight, "%.0f", bytes_per_weight_);
  throw ConfigError(key, "the network up to this layer needs about " + memory_size(needed) + " (" +
                             std::to_string(static_cast<long long>(weights_)) + " weights at " + per_weight +
                             " bytes each: value, gradient and optimizer state) but this machine has " +
                             memory_size(available_bytes_) + " available; " + fix);
}

double available_memory_bytes() {
  std::FILE* in = std::fopen("/proc/meminfo", "r");
  if (!in) return std::numeric_limits<double>::infinity();
  char line[256];
  double kib = -1.0;
  while (std::fgets(line, sizeof line, in))
    if (std::sscanf(line, "MemAvailable: %lf kB", &kib) == 1) break;
  std::fclose(in);
  return kib < 0.0 ? std::numeric_limits<double>::infinity() : kib * 1024.0;
}

void check_weight_budget(double weights, const std::string& key, const std::string& what, const std::string& fix) {
  if (active_budget && weights <= kMaxLayerWeights) active_budget->add(weights, key, fix);
  if (weights <= kMaxLayerWeights) return;
  const double size = weights * 4.0 / (1024.0 * 1024.0 * 1024.0);
  char gib[32];
  if (size < 1e9) std::snprintf(gib, sizeof gib, "%.1f", size);
  else std::snprintf(gib, sizeof gib, "%.3g", size);
  throw ConfigError(key, what + " need " + gib + " GiB of weights, more than the 8 GiB (2^31 floats) one layer may have; " +
                             fix);
}

}  // namespace fflab
