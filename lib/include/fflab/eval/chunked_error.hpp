#pragma once
// chunked_error_percent: the error in percent of a classifier over a split,
// evaluated in chunks of batch_size rows (copied into `chunk`, a reused
// buffer); `scores` maps a chunk to its [rows, classes] scores, argmax wins.
// While a SharedEvaluation is alive (a data-parallel run), each rank
// scores only its chunks (chunk c on rank c mod N) and the errors are summed
// over the ranks: every rank gets the error of the whole split.
#include <functional>

#include "fflab/data/dataset.hpp"
#include "fflab/distributed/communicator.hpp"

namespace fflab {

/// Shares chunked_error_percent's chunks among `ranks` while alive (one at a time).
class SharedEvaluation {
 public:
  explicit SharedEvaluation(Communicator& ranks);
  ~SharedEvaluation();
  SharedEvaluation(const SharedEvaluation&) = delete;
  SharedEvaluation& operator=(const SharedEvaluation&) = delete;
};

double chunked_error_percent(const Split& split, std::size_t batch_size, Matrix& chunk,
                             const std::function<const Matrix&(const Matrix&)>& scores);

}  // namespace fflab
