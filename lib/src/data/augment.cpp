#include "fflab/data/augment.hpp"

#include <algorithm>
#include <string>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {

void check_blank(std::span<const float> blank, FeatureShape shape, const char* caller) {
  if (!blank.empty() && blank.size() != shape.channels)
    throw ShapeError(std::string(caller) + ": " + std::to_string(blank.size()) + " blank values for " +
                     to_string(shape) + " (one per channel, or none for 0)");
}

}  // namespace

void shift_image(const float* in, float* out, FeatureShape shape, int dx, int dy, std::span<const float> blank) {
  check_blank(blank, shape, "shift_image");
  const auto height = static_cast<long>(shape.height);
  const auto width = static_cast<long>(shape.width);
  // Destination columns [x0, x1) read source columns x - dx.
  const long x0 = std::clamp<long>(dx, 0, width), x1 = std::clamp<long>(width + dx, 0, width);
  for (std::size_t c = 0; c < shape.channels; ++c) {
    const float* source_plane = in + c * shape.height * shape.width;
    float* plane = out + c * shape.height * shape.width;
    const float fill = blank.empty() ? 0.0f : blank[c];
    for (long y = 0; y < height; ++y) {
      float* row = plane + y * width;
      const long source_y = y - dy;
      if (source_y < 0 || source_y >= height || x0 >= x1) {
        std::fill(row, row + width, fill);
        continue;
      }
      const float* source_row = source_plane + source_y * width;
      std::fill(row, row + x0, fill);
      std::copy(source_row + (x0 - dx), source_row + (x1 - dx), row + x0);
      std::fill(row + x1, row + width, fill);
    }
  }
}

void flip_horizontally(Matrix& batch, FeatureShape shape, Rng& rng) {
  if (batch.shape()[1] != shape.size())
    throw ShapeError("flip: batch " + shape_string(batch) + " does not hold samples of " + to_string(shape));
  const std::size_t rows = batch.shape()[0], lines = shape.channels * shape.height;
  for (std::size_t r = 0; r < rows; ++r) {
    if (rng.below(2) == 0) continue;
    float* line = batch.data() + r * shape.size();
    for (std::size_t i = 0; i < lines; ++i, line += shape.width) std::reverse(line, line + shape.width);
  }
}

void jitter(const Matrix& batch, FeatureShape shape, int max_shift, Rng& rng, Matrix& out,
            std::span<const float> blank) {
  if (max_shift < 0) throw Error("jitter: max_shift must be >= 0, got " + std::to_string(max_shift));
  if (batch.shape()[1] != shape.size())
    throw ShapeError("jitter: batch " + shape_string(batch) + " does not hold samples of " + to_string(shape));
  check_blank(blank, shape, "jitter");
  if (max_shift == 0) {
    if (&out != &batch) out = batch;
    return;
  }
  // When out aliases batch, shift from a copy.
  Matrix copy;
  const Matrix* source = &batch;
  if (&out == &batch) {
    copy = batch;
    source = &copy;
  }
  const std::size_t rows = source->shape()[0], features = shape.size();
  ensure_shape(out, rows, features);
  const auto choices = static_cast<std::uint64_t>(2 * max_shift + 1);
  for (std::size_t r = 0; r < rows; ++r) {
    const int dx = static_cast<int>(rng.below(choices)) - max_shift;
    const int dy = static_cast<int>(rng.below(choices)) - max_shift;
    shift_image(source->data() + r * features, out.data() + r * features, shape, dx, dy, blank);
  }
}

}  // namespace fflab
