#pragma once
// GoodnessScope: which of a Forward-Forward block's units make one goodness
// (/trainer/goodness_scope). "map" (the default): the whole block output,
// one goodness per row. On a block whose output is a C x H x W map with
// H*W > 1: "channels", one goodness per channel (its H*W units), or
// "locations", one per location (its C units). The objective then scores
// each (row, group) as a row of its own, positive rows' groups first, with
// the threshold of a group ("units" = the group's units); the trainer sums
// the loss over a row's groups (the objective averages over all of them),
// so loss and gradients keep the whole map's scale. A flat block or a
// 1 x 1 map is one group under any scope. Evaluation is unchanged: a row's
// goodness summed over its groups is the map's (sum or mean of squares).
#include <string>

#include "fflab/core/tensor.hpp"

namespace fflab {

enum class GoodnessScopeKind { map, channels, locations };

/// "map", "channels" or "locations" -> the kind (ConfigError at `pointer` otherwise).
GoodnessScopeKind parse_goodness_scope(const std::string& name, const std::string& pointer);

class GoodnessScope {
 public:
  GoodnessScope(GoodnessScopeKind kind, const FeatureShape& block_output);

  /// Groups per row (1: the whole block) and units per group.
  std::size_t groups() const { return groups_; }
  std::size_t group_units() const { return units_; }
  bool whole() const { return groups_ == 1; }

  /// out [R*G, n]: row r*G + g = group g of y's row r (y [R, G*n]).
  void gather(const Matrix& y, Matrix& out) const;
  /// The inverse: out [R, G*n] from grouped [R*G, n].
  void scatter(const Matrix& grouped, Matrix& out) const;

 private:
  GoodnessScopeKind kind_;
  std::size_t channels_, locations_;
  std::size_t groups_, units_;
};

}  // namespace fflab
