#pragma once
// Small networks and datasets shared by the trainer tests.
#include <cstdint>
#include <vector>

#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"

namespace fflab::test {

/// dense(in -> units[0]) + relu, dense(units[0] -> units[1]) + relu, ...,
/// initialised from Rng(seed): the hidden blocks of a FF-style net.
Network relu_blocks(std::size_t in, const std::vector<std::size_t>& units, std::uint64_t seed);

/// A dataset "tiny" of `rows` N(0, 1) training rows (random_matrix(seed)),
/// flat `features`, labels cycling 0, 1, ..., classes - 1; no other splits.
Dataset cycling_labels_data(std::size_t rows, std::size_t features, std::size_t classes, std::uint64_t seed);

}  // namespace fflab::test
