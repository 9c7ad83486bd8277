#pragma once
// The per-block measures a trainer with local objectives records each epoch.
#include <cstddef>
#include <string>

#include "fflab/local/local_rule.hpp"
#include "fflab/train/epoch_tally.hpp"

namespace fflab {

/// The name of block k's measure `what`: "block<k>.<what>" (k 0-based).
inline std::string block_measure(std::size_t k, const std::string& what) {
  return "block" + std::to_string(k) + "." + what;
}

/// Adds one batch's result of block k's FF objective (a mean over `rows`
/// examples) to the epoch's measures: "block<k>.loss",
/// "block<k>.positive_goodness" and "block<k>.negative_goodness" (k 0-based).
inline void add_block_measures(EpochTally& tally, std::size_t k, const LocalRuleResult& r, std::size_t rows) {
  tally.add_measure(block_measure(k, "loss"), r.loss, rows);
  tally.add_measure(block_measure(k, "positive_goodness"), r.positive_goodness, rows);
  tally.add_measure(block_measure(k, "negative_goodness"), r.negative_goodness, rows);
}

}  // namespace fflab
