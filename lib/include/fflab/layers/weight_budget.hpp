#pragma once
// The most weights one layer built from a manifest may have: 2^31 floats
// (8 GiB), far above any network of the experiments. A manifest asking for
// more is almost surely a typo, and would otherwise pass validation and die
// allocating them.
#include <string>

namespace fflab {

inline constexpr double kMaxLayerWeights = 2147483648.0;  // 2^31

/// Throws ConfigError at `key` (a pointer relative to the layer's section,
/// "/units") when `weights` exceed kMaxLayerWeights. `what` says what asks
/// for them ("2000000 units on 784 inputs"), `fix` what to do ("use fewer
/// units").
void check_weight_budget(double weights, const std::string& key, const std::string& what, const std::string& fix);

}  // namespace fflab
