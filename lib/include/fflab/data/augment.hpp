#pragma once
// Augmentations applied per batch by trainers.
#include <span>

#include "fflab/core/rng.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

/// Random translation ("jitter"): each sample (row of `batch`, CHW of
/// `shape`) is shifted by its own integer (dx, dy), each uniform in
/// [-max_shift, max_shift], filling uncovered pixels of channel c with
/// blank[c] (0 when `blank` is empty). out[c, y, x] = in[c, y - dy, x - dx].
/// Draws 2 numbers from `rng` per sample when max_shift > 0, none when 0
/// (then out is a copy). `out` is resized to the batch shape and may be
/// `batch` itself. ShapeError if the row length is not shape.size() or
/// `blank` is neither empty nor one value per channel; Error if max_shift < 0.
void jitter(const Matrix& batch, FeatureShape shape, int max_shift, Rng& rng, Matrix& out,
            std::span<const float> blank = {});

/// Random horizontal flip: each sample (row of `batch`, CHW of `shape`) is
/// mirrored left-right (out[c, y, x] = in[c, y, W-1-x]) with probability 1/2,
/// in place. Draws 1 number from `rng` per sample. ShapeError if the row
/// length is not shape.size().
void flip_horizontally(Matrix& batch, FeatureShape shape, Rng& rng);

/// Copies one image shifted by (dx, dy), filling as jitter does; ShapeError
/// if `blank` is neither empty nor one value per channel.
void shift_image(const float* in, float* out, FeatureShape shape, int dx, int dy, std::span<const float> blank = {});

}  // namespace fflab
