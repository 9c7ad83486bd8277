#pragma once
// The mini-batches of one training epoch, shared by every trainer's loop.
#include <cstddef>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/data/dataset.hpp"

namespace fflab {

/// One epoch's mini-batches of a split: the order of the rows is drawn from
/// rng when the epoch starts (one permutation); batch b is rows
/// [b * batch_size, ...) of that order, the last batch possibly shorter.
/// gather() copies a batch into the caller's buffers (reused across batches
/// and epochs) and jitters (and flips) it when asked, drawing the shifts from rng, so a
/// trainer's random stream is: the permutation, then per batch the jitter
/// and whatever the trainer draws itself.
class EpochBatches {
 public:
  EpochBatches(const Split& split, std::size_t batch_size, Rng& rng);

  std::size_t count() const { return count_; }
  /// Rows in batch b.
  std::size_t rows(std::size_t b) const;
  /// Gathers batch b's rows into images and its labels into labels; with
  /// max_shift > 0 returns `jittered` (images shifted by up to max_shift
  /// pixels in each direction), else images. With flip, the images (shifted
  /// or not) are copied into `jittered` and each mirrored left-right with
  /// probability 1/2 (one draw per row, after the shifts' draws).
  const Matrix& gather(std::size_t b, Matrix& images, Labels& labels, const FeatureShape& shape, int max_shift,
                       Rng& rng, Matrix& jittered, bool flip = false) const;

 private:
  const Split& split_;
  std::size_t batch_size_, count_;
  std::vector<std::size_t> order_;
};

}  // namespace fflab
