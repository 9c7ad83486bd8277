#include "fflab/losses/hinge.hpp"

#include "fflab/losses/label_check.hpp"

namespace fflab {

Schema MulticlassHinge::schema() {
  Schema s;
  s.optional("margin", KeyType::number, 1.0,
             "required gap between the true class score and every other score")
      .at_least(0.0);
  return s;
}

float MulticlassHinge::evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) {
  check_loss_arguments(type(), output, labels);
  const std::size_t rows = output.shape()[0], cols = output.shape()[1];
  if (doutput) ensure_shape(*doutput, rows, cols);
  if (rows == 0) return 0.0f;
  const float inv_batch = 1.0f / static_cast<float>(rows);
  double total = 0.0;
  for (std::size_t b = 0; b < rows; ++b) {
    const float* s = output.data() + b * cols;
    const auto y = static_cast<std::size_t>(labels[b]);
    float* d = doutput ? doutput->data() + b * cols : nullptr;
    std::size_t violations = 0;
    for (std::size_t j = 0; j < cols; ++j) {
      float g = 0.0f;
      if (j != y) {
        const float term = margin_ + s[j] - s[y];
        if (term > 0.0f) {
          total += term;
          ++violations;
          g = inv_batch;
        }
      }
      if (d) d[j] = g;
    }
    if (d) d[y] = -static_cast<float>(violations) * inv_batch;
  }
  return static_cast<float>(total / static_cast<double>(rows));
}

}  // namespace fflab
