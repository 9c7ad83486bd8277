#pragma once
// The most weights one layer built from a manifest may have: 2^31 floats
// (8 GiB), far above any network of the experiments. A manifest asking for
// more is almost surely a typo, and would otherwise pass validation and die
// allocating them.
#include <string>

namespace fflab {

inline constexpr double kMaxLayerWeights = 2147483648.0;  // 2^31

/// Throws ConfigError at `key` (a pointer relative to the layer's section,
/// "/units") when `weights` exceed kMaxLayerWeights, or when a
/// NetworkMemoryBudget is in scope and this layer's weights would take the
/// network past it. `what` says what asks for them ("2000000 units on 784
/// inputs"), `fix` what to do ("use fewer units"). Called before a layer
/// allocates anything.
void check_weight_budget(double weights, const std::string& key, const std::string& what, const std::string& fix);

/// The memory the network being built may take, counted layer by layer
/// before each layer allocates: each weight costs `bytes_per_weight` (its
/// value, its gradient and the optimizer's state), and a layer that would
/// take the total past `available_bytes` is refused with the estimate and
/// the memory available. One budget per thread while it is in scope.
class NetworkMemoryBudget {
 public:
  NetworkMemoryBudget(double bytes_per_weight, double available_bytes);
  ~NetworkMemoryBudget();
  NetworkMemoryBudget(const NetworkMemoryBudget&) = delete;
  NetworkMemoryBudget& operator=(const NetworkMemoryBudget&) = delete;

  /// Adds a layer's weights; ConfigError at `key` if the total no longer fits.
  void add(double weights, const std::string& key, const std::string& fix);

 private:
  double bytes_per_weight_, available_bytes_, weights_ = 0.0;
  NetworkMemoryBudget* outer_;
};

/// This machine's available memory in bytes (MemAvailable of /proc/meminfo),
/// or infinity when it cannot be read.
double available_memory_bytes();

}  // namespace fflab
