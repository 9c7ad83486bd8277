#include "fflab/local/hybrid_negatives.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

Schema HybridNegatives::schema() {
  Schema s;
  s.optional("blur_passes", KeyType::integer, 6,
             "times the random bit mask is blurred with [1/4, 1/2, 1/4] horizontally and vertically "
             "before thresholding at 0.5; more passes give larger regions (reimplementations use 6 to 10)")
      .at_least(0)
      .at_most(1000);
  return s;
}

HybridNegatives::HybridNegatives(const Json& options)
    : passes_(options.at("blur_passes").get<std::size_t>()) {}

void HybridNegatives::make_mask(std::size_t height, std::size_t width, std::size_t passes, Rng& rng,
                                std::vector<float>& mask, std::vector<float>& work) {
  const std::size_t n = height * width;
  mask.resize(n);
  work.resize(n);
  for (std::size_t i = 0; i < n; ++i) mask[i] = static_cast<float>(rng.next_u64() >> 63);
  for (std::size_t pass = 0; pass < passes; ++pass) {
    // Horizontal: mask -> work, edges replicated.
    for (std::size_t y = 0; y < height; ++y) {
      const float* in = mask.data() + y * width;
      float* out = work.data() + y * width;
      for (std::size_t x = 0; x < width; ++x) {
        const float left = in[x == 0 ? 0 : x - 1], right = in[x + 1 == width ? x : x + 1];
        out[x] = 0.25f * left + 0.5f * in[x] + 0.25f * right;
      }
    }
    // Vertical: work -> mask.
    for (std::size_t y = 0; y < height; ++y) {
      const float* up = work.data() + (y == 0 ? 0 : y - 1) * width;
      const float* mid = work.data() + y * width;
      const float* down = work.data() + (y + 1 == height ? y : y + 1) * width;
      float* out = mask.data() + y * width;
      for (std::size_t x = 0; x < width; ++x) out[x] = 0.25f * up[x] + 0.5f * mid[x] + 0.25f * down[x];
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (mask[i] == 0.5f)
      mask[i] = static_cast<float>(rng.next_u64() >> 63);  // an exact tie: a fair coin
    else
      mask[i] = mask[i] > 0.5f ? 1.0f : 0.0f;
  }
}

std::size_t HybridNegatives::draw_partner(const Split& pool, std::int32_t label, Rng& rng) {
  const std::size_t n = pool.size();
  for (int attempt = 0; attempt < 1000; ++attempt) {
    const std::size_t j = rng.below(n);
    if (pool.y[j] != label) return j;
  }
  throw Error("hybrid negatives: found no training image of a class other than " + std::to_string(label) +
              " in 1000 draws; the training split needs at least two classes");
}

void HybridNegatives::generate(const NegativeInput& input, Matrix& negatives) {
  if (!input.pool || input.pool->size() == 0)
    throw Error("hybrid negatives need the training split to draw partner images from");
  const Matrix& x = input.images;
  const std::size_t rows = x.shape()[0], cols = x.shape()[1];
  if (input.shape.size() != cols)
    throw ShapeError("hybrid negatives: rows of " + std::to_string(cols) + " features but images of " +
                     to_string(input.shape));
  if (input.pool->x.shape()[1] != cols)
    throw ShapeError("hybrid negatives: the pool's rows differ in length from the batch's");
  // Flat samples: one row of `channels` pixels.
  const bool flat = input.shape.height == 1 && input.shape.width == 1;
  const std::size_t channels = flat ? 1 : input.shape.channels;
  const std::size_t height = flat ? 1 : input.shape.height;
  const std::size_t width = flat ? input.shape.channels : input.shape.width;
  const std::size_t plane = height * width;
  ensure_shape(negatives, rows, cols);
  for (std::size_t r = 0; r < rows; ++r) {
    const std::size_t partner = draw_partner(*input.pool, input.labels[r], input.rng);
    make_mask(height, width, passes_, input.rng, mask_, work_);
    const float* a = x.data() + r * cols;
    const float* b = input.pool->x.data() + partner * cols;
    float* out = negatives.data() + r * cols;
    for (std::size_t c = 0; c < channels; ++c)
      for (std::size_t i = 0; i < plane; ++i) {
        const std::size_t k = c * plane + i;
        out[k] = mask_[i] * a[k] + (1.0f - mask_[i]) * b[k];
      }
  }
}

}  // namespace fflab
