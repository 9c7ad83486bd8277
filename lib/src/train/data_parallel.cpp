#include "fflab/train/data_parallel.hpp"

namespace fflab {

BatchShare batch_share(std::size_t rows, int rank, int ranks) {
  const auto r = static_cast<std::size_t>(rank), n = static_cast<std::size_t>(ranks);
  const std::size_t first = rows * r / n, last = rows * (r + 1) / n;
  return {first, last - first};
}

void DataParallelUpdater::update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) {
  if (ranks_.size() > 1) {
    grad *= share_;
    ranks_.sum(grad.data(), grad.size());
  }
  optimizer.step(value, grad, lr);
}

}  // namespace fflab
