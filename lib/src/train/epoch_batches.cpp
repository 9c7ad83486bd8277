#include "fflab/train/epoch_batches.hpp"

#include <algorithm>
#include <span>

#include "fflab/core/errors.hpp"
#include "fflab/data/augment.hpp"
#include "fflab/train/batches.hpp"

namespace fflab {

EpochBatches::EpochBatches(const Split& split, std::size_t batch_size, Rng& rng)
    : split_(split), batch_size_(batch_size), order_(rng.permutation(split.size())) {
  if (batch_size_ == 0) throw Error("EpochBatches: batch size 0");
  count_ = (order_.size() + batch_size_ - 1) / batch_size_;
}

std::size_t EpochBatches::rows(std::size_t b) const {
  if (b >= count_) throw Error("EpochBatches: batch " + std::to_string(b) + " of " + std::to_string(count_));
  return std::min(batch_size_, order_.size() - b * batch_size_);
}

const Matrix& EpochBatches::gather(std::size_t b, Matrix& images, Labels& labels, const FeatureShape& shape,
                                   int max_shift, Rng& rng, Matrix& jittered, bool flip) const {
  std::span<const std::size_t> indices(order_.data() + b * batch_size_, rows(b));
  gather_rows(split_.x, indices, images);
  gather_labels(split_.y, indices, labels);
  if (max_shift <= 0 && !flip) return images;
  jitter(images, shape, std::max(max_shift, 0), rng, jittered, split_.blank);  // a copy without draws when 0
  if (flip) flip_horizontally(jittered, shape, rng);
  return jittered;
}

}  // namespace fflab
