#pragma once
// Checks on the per-epoch measures of a Forward-Forward-type run's record.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

#include "fflab/core/schema.hpp"

namespace fflab::test {

/// Every epoch of `record` carries its `blocks` blocks' measures (and the
/// softmax head's loss if `head`): the blocks' losses add up to the epoch's
/// train_loss, and in the last epoch every block gives the positive rows
/// more goodness than the negative ones (a sum-of-squares goodness).
inline void check_block_measures(const Json& record, std::size_t blocks, bool head) {
  for (const Json& e : record["epochs"]) {
    INFO(e.dump());
    REQUIRE(e.contains("measures"));
    const Json& m = e["measures"];
    CHECK(m.size() == 3 * blocks + (head ? 1 : 0));
    double sum = 0.0;
    for (std::size_t k = 0; k < blocks; ++k) sum += m["block" + std::to_string(k) + ".loss"].get<double>();
    CHECK(sum == Approx(e["train_loss"].get<double>()).epsilon(1e-4));
    if (head) CHECK(m["softmax_head.loss"].get<double>() > 0.0);
  }
  const Json& last = record["epochs"].back()["measures"];
  for (std::size_t k = 0; k < blocks; ++k) {
    const std::string b = "block" + std::to_string(k);
    CHECK(last[b + ".positive_goodness"].get<double>() > last[b + ".negative_goodness"].get<double>());
  }
}

}  // namespace fflab::test
