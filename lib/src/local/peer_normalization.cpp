#include "fflab/local/peer_normalization.hpp"

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

PeerNormalization::PeerNormalization(float strength, float momentum, std::size_t units)
    : strength_(strength), momentum_(momentum) {
  means_ = Matrix::from_shape({1, units});
  means_.fill(0.0f);
  push_.resize(units);
}

void PeerNormalization::apply(const Matrix& y, std::size_t positives, Matrix& dpre) {
  const std::size_t units = means_.shape()[1];
  if (y.shape()[1] != units || dpre.shape()[1] != units || positives == 0 || positives > y.shape()[0] ||
      positives > dpre.shape()[0])
    throw ShapeError("peer normalisation: activity " + shape_string(y) + ", gradient " + shape_string(dpre) +
                     ", " + std::to_string(positives) + " positive rows, " + std::to_string(units) + " units");
  if (!enabled()) return;
  // Batch mean of each unit's activity on the positive rows (double sums,
  // each unit's over the rows in order, whatever the thread count).
  std::vector<double>& batch_mean = batch_sums_;
  batch_mean.resize(units);
  add_column_sums(y.data(), positives, units, batch_mean.data(), /*overwrite=*/true);
  float* m = means_.data();
  double average = 0.0;
  const double inv_p = 1.0 / static_cast<double>(positives);
  for (std::size_t j = 0; j < units; ++j) {
    m[j] = static_cast<float>(momentum_ * m[j] + (1.0 - momentum_) * batch_mean[j] * inv_p);
    average += m[j];
  }
  average /= static_cast<double>(units);
  for (std::size_t j = 0; j < units; ++j)
    push_[j] = static_cast<float>(strength_ * (m[j] - average) * inv_p);
  const float* push = push_.data();
  parallel_for(positives, rows_per_thread(units), [&](std::size_t first, std::size_t last) {
    for (std::size_t r = first; r < last; ++r) {
      float* d = dpre.data() + r * units;
      for (std::size_t j = 0; j < units; ++j) d[j] += push[j];
    }
  });
}

}  // namespace fflab
