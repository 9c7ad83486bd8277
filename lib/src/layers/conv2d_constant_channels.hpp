#pragma once
// Input channels that hold one value over each row's map (Forward-Forward's
// label channels: label_input "channels"). Such a channel adds, at each
// output location, its value times the sum of the kernel weights whose window
// offsets read inside the map: a fixed map per channel and output channel.
// Conv2D's per-row products use this to unfold and multiply only the other
// channels. Ungrouped layers without a connection table only.
#include <cstddef>
#include <optional>
#include <vector>

#include "conv2d_kernels.hpp"

namespace fflab::conv {

/// Channels [first, last) vary within some row's map; every other channel is
/// constant over each row's map (its value may differ between rows).
struct VaryingRange {
  std::size_t first, last;
};

/// The varying range of `rows` CHW rows of x (row s at x + s * row_stride)
/// when at least one channel is constant in every row, at least one is not,
/// and the channels that are not form one contiguous range; nullopt otherwise.
std::optional<VaryingRange> varying_channels(const Geometry& g, const float* x, std::size_t row_stride,
                                             std::size_t rows);

/// maps [C][M][L] (L = g.locations()): for each channel c outside `varying`,
/// maps[c][m][l] = the sum of weight[m][(c*k + i)*k + j] over the offsets
/// (i, j) whose input pixel lies inside the map at output location l. The
/// maps of the varying channels are left as they are.
void constant_channel_maps(const Geometry& g, const float* weight, std::size_t M, VaryingRange varying, float* maps);

/// out [M][L] += v_c * maps[c] for each channel c outside `varying` whose
/// value v_c in this row (x_row[c*H*W]) is not 0.
void add_constant_channels(const Geometry& g, const float* x_row, const float* maps, std::size_t M,
                           VaryingRange varying, float* out);

/// grad [M][C*k*k] += v_c * (the sum of dy_row[m] over the output locations
/// whose offset (i, j) reads inside the map) at (m, (c*k + i)*k + j), for each
/// channel c outside `varying` whose value v_c in this row is not 0.
/// `prefix` is scratch: (OH + 1) * (OW + 1) doubles.
void add_constant_channel_grads(const Geometry& g, const float* x_row, const float* dy_row, std::size_t M,
                                VaryingRange varying, float* grad, std::vector<double>& prefix);

}  // namespace fflab::conv
