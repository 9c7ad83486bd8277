#include "fflab/eval/chunked_error.hpp"

#include <algorithm>

#include "fflab/train/batches.hpp"

namespace fflab {

double chunked_error_percent(const Split& split, std::size_t batch_size, Matrix& chunk,
                             const std::function<const Matrix&(const Matrix&)>& scores) {
  const std::size_t n = split.size();
  if (n == 0) return 0.0;
  std::size_t errors = 0;
  for (std::size_t begin = 0; begin < n; begin += batch_size) {
    const std::size_t count = std::min(batch_size, n - begin);
    copy_rows(split.x, begin, count, chunk);
    errors += count_errors(scores(chunk), split.y, begin);
  }
  return 100.0 * static_cast<double>(errors) / static_cast<double>(n);
}

}  // namespace fflab
