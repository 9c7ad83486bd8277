#pragma once
// HybridNegatives ("hybrid", unsupervised FF): negative = x1 * mask +
// x2 * (1 - mask), x1 the positive image, x2 a training image of a
// DIFFERENT class drawn uniformly from the training split (rejection
// sampling). The mask is a fresh random bit image per row, blurred
// `blur_passes` times with [1/4, 1/2, 1/4] horizontally and vertically
// (edges replicated, so the blur keeps a mean of 1/2), then thresholded at
// 0.5: large regions of ones and zeros, about half ones. Every channel uses
// the same mask; flat samples ({n, 1, 1}) are treated as one row of n pixels.
#include "fflab/local/negative_generator.hpp"

namespace fflab {

class HybridNegatives : public NegativeGenerator {
 public:
  static Schema schema();
  explicit HybridNegatives(const Json& options);
  explicit HybridNegatives(std::size_t blur_passes) : passes_(blur_passes) {}
  std::string type() const override { return "hybrid"; }
  bool needs_labels_in_input() const override { return false; }
  void generate(const NegativeInput& input, Matrix& negatives) override;
  Json options() const override { return Json{{"type", "hybrid"}, {"blur_passes", passes_}}; }

  /// One mask of height x width in {0, 1} (row-major) into `mask`; `work`
  /// is scratch of the same size.
  static void make_mask(std::size_t height, std::size_t width, std::size_t passes, Rng& rng,
                        std::vector<float>& mask, std::vector<float>& work);
  /// Row index of a partner image for a row labelled `label`.
  static std::size_t draw_partner(const Split& pool, std::int32_t label, Rng& rng);

 private:
  std::size_t passes_;
  std::vector<float> mask_, work_;
};

}  // namespace fflab
