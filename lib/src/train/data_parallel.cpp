#include "fflab/train/data_parallel.hpp"

#include <chrono>

namespace fflab {

BatchShare batch_share(std::size_t rows, int rank, int ranks) {
  const auto r = static_cast<std::size_t>(rank), n = static_cast<std::size_t>(ranks);
  const std::size_t first = rows * r / n, last = rows * (r + 1) / n;
  return {first, last - first};
}

void DataParallelUpdater::update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) {
  if (ranks_.size() > 1) {
    grad *= share_;
    const auto start = std::chrono::steady_clock::now();
    ranks_.sum(grad.data(), grad.size());
    communication_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    communication_bytes_ += double(sizeof(float)) * double(grad.size());
  }
  optimizer.step(value, grad, lr);
}

double DataParallelUpdater::take_communication_seconds() {
  const double seconds = communication_seconds_;
  communication_seconds_ = 0.0;
  return seconds;
}

double DataParallelUpdater::take_communication_bytes() {
  const double bytes = communication_bytes_;
  communication_bytes_ = 0.0;
  return bytes;
}

}  // namespace fflab
