#pragma once
// chunked_error_percent: the error in percent of a classifier over a split,
// evaluated in chunks of batch_size rows (copied into `chunk`, a reused
// buffer); `scores` maps a chunk to its [rows, classes] scores, argmax wins.
#include <functional>

#include "fflab/data/dataset.hpp"

namespace fflab {

double chunked_error_percent(const Split& split, std::size_t batch_size, Matrix& chunk,
                             const std::function<const Matrix&(const Matrix&)>& scores);

}  // namespace fflab
