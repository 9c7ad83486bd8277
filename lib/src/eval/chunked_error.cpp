#include "fflab/eval/chunked_error.hpp"

#include <algorithm>

#include "fflab/train/batches.hpp"

namespace fflab {

namespace {

Communicator* sharing = nullptr;

}  // namespace

SharedEvaluation::SharedEvaluation(Communicator& ranks) { sharing = &ranks; }
SharedEvaluation::~SharedEvaluation() { sharing = nullptr; }

double chunked_error_percent(const Split& split, std::size_t batch_size, Matrix& chunk,
                             const std::function<const Matrix&(const Matrix&)>& scores) {
  const std::size_t n = split.size();
  if (n == 0) return 0.0;
  const std::size_t ranks = sharing ? static_cast<std::size_t>(sharing->size()) : 1;
  const std::size_t rank = sharing ? static_cast<std::size_t>(sharing->rank()) : 0;
  double errors = 0;
  for (std::size_t begin = 0, c = 0; begin < n; begin += batch_size, ++c) {
    if (c % ranks != rank) continue;
    const std::size_t count = std::min(batch_size, n - begin);
    copy_rows(split.x, begin, count, chunk);
    errors += static_cast<double>(count_errors(scores(chunk), split.y, begin));
  }
  if (sharing) sharing->sum(&errors, 1);
  return 100.0 * errors / static_cast<double>(n);
}

}  // namespace fflab
