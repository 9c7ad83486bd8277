#include "fflab/losses/sigmoid_cross_entropy.hpp"

#include <cmath>

#include "fflab/losses/label_check.hpp"

namespace fflab {

Schema SigmoidCrossEntropy::schema() {
  Schema s;
  s.optional("mean_over_classes", KeyType::boolean, false,
             "divide by the number of classes too (the mean over all values, as torch's BCELoss); "
             "false: summed over classes, mean over the batch");
  return s;
}

float SigmoidCrossEntropy::evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) {
  check_loss_arguments(type(), output, labels);
  const std::size_t rows = output.shape()[0], cols = output.shape()[1];
  if (doutput) ensure_shape(*doutput, rows, cols);
  if (rows == 0) return 0.0f;
  const double divisor = static_cast<double>(rows) * (mean_over_classes_ ? static_cast<double>(cols) : 1.0);
  const auto inv = static_cast<float>(1.0 / divisor);
  double total = 0.0;
  for (std::size_t b = 0; b < rows; ++b) {
    const float* z = output.data() + b * cols;
    const auto y = static_cast<std::size_t>(labels[b]);
    float* d = doutput ? doutput->data() + b * cols : nullptr;
    for (std::size_t k = 0; k < cols; ++k) {
      const double zk = z[k], t = k == y ? 1.0 : 0.0;
      total += std::max(zk, 0.0) - zk * t + std::log1p(std::exp(-std::abs(zk)));
      if (d) d[k] = static_cast<float>(1.0 / (1.0 + std::exp(-zk)) - t) * inv;
    }
  }
  return static_cast<float>(total / divisor);
}

}  // namespace fflab
