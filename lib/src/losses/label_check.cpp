#include "fflab/losses/label_check.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

void check_loss_arguments(const std::string& loss, const Matrix& output, const Labels& labels) {
  const std::size_t rows = output.shape()[0], cols = output.shape()[1];
  if (labels.size() != rows)
    throw ShapeError(loss + ": " + std::to_string(labels.size()) + " labels for output " +
                     shape_string(output));
  if (cols == 0) throw ShapeError(loss + ": output " + shape_string(output) + " has no classes");
  for (std::size_t b = 0; b < rows; ++b)
    if (labels[b] < 0 || static_cast<std::size_t>(labels[b]) >= cols)
      throw ShapeError(loss + ": label " + std::to_string(labels[b]) + " of row " +
                       std::to_string(b) + " is outside [0, " + std::to_string(cols) + ")");
}

}  // namespace fflab
