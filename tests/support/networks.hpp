#pragma once
// Small networks and datasets shared by the trainer tests.
#include <cstdint>
#include <vector>

#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"

namespace fflab::test {

/// dense(in -> units[0]) + relu, dense(units[0] -> units[1]) + relu, ...,
/// then, if outputs > 0, a dense(-> outputs) output layer; initialised from
/// Rng(seed): the hidden blocks of a FF-style net (outputs 0) or a
/// classifier for the backprop and local-rules trainers.
Network relu_blocks(std::size_t in, const std::vector<std::size_t>& units, std::uint64_t seed,
                    std::size_t outputs = 0);

/// A dataset "tiny" of `rows` N(0, 1) training rows (random_matrix(seed)),
/// flat `features`, labels cycling 0, 1, ..., classes - 1; no other splits.
Dataset cycling_labels_data(std::size_t rows, std::size_t features, std::size_t classes, std::uint64_t seed);

}  // namespace fflab::test
