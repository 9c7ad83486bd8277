#include "fflab/losses/softmax_cross_entropy.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/losses/label_check.hpp"

namespace fflab {

float SoftmaxCrossEntropy::evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) {
  check_loss_arguments(type(), output, labels);
  const std::size_t rows = output.shape()[0], cols = output.shape()[1];
  if (doutput) ensure_shape(*doutput, rows, cols);
  if (rows == 0) return 0.0f;
  const float inv_batch = 1.0f / static_cast<float>(rows);
  double total = 0.0;
  for (std::size_t b = 0; b < rows; ++b) {
    const float* s = output.data() + b * cols;
    const float max = *std::max_element(s, s + cols);
    double sum = 0.0;
    for (std::size_t k = 0; k < cols; ++k) sum += std::exp(static_cast<double>(s[k] - max));
    const double log_sum = std::log(sum);
    const auto y = static_cast<std::size_t>(labels[b]);
    total += log_sum - static_cast<double>(s[y] - max);
    if (doutput) {
      float* d = doutput->data() + b * cols;
      const double inv_sum = 1.0 / sum;
      for (std::size_t k = 0; k < cols; ++k)
        d[k] = static_cast<float>(std::exp(static_cast<double>(s[k] - max)) * inv_sum) * inv_batch;
      d[y] -= inv_batch;
    }
  }
  return static_cast<float>(total / static_cast<double>(rows));
}

}  // namespace fflab
