#include "fflab/losses/mse.hpp"

#include "fflab/losses/label_check.hpp"

namespace fflab {

float MeanSquaredError::evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) {
  check_loss_arguments(type(), output, labels);
  const std::size_t rows = output.shape()[0], cols = output.shape()[1];
  if (doutput) ensure_shape(*doutput, rows, cols);
  if (rows == 0) return 0.0f;
  const float inv_batch = 1.0f / static_cast<float>(rows);
  double total = 0.0;
  for (std::size_t b = 0; b < rows; ++b) {
    const float* o = output.data() + b * cols;
    const auto y = static_cast<std::size_t>(labels[b]);
    float* d = doutput ? doutput->data() + b * cols : nullptr;
    for (std::size_t k = 0; k < cols; ++k) {
      const float e = o[k] - (k == y ? 1.0f : 0.0f);
      total += 0.5 * static_cast<double>(e) * static_cast<double>(e);
      if (d) d[k] = e * inv_batch;
    }
  }
  return static_cast<float>(total / static_cast<double>(rows));
}

}  // namespace fflab
