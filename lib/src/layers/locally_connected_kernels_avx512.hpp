#pragma once
// The LocallyConnected2D forward and input-grad passes on 16-lane AVX-512
// vectors, chosen at run time on a CPU with AVX-512F (the build itself
// targets AVX2). Same operands as forward and input_grad of
// locally_connected_kernels.hpp, with two differences the caller provides
// for: every tile's width and `lanes` are multiples of 16 (vector_lanes()),
// and the buffers sit on 64-byte boundaries (AlignedFloats), so no vector
// straddles two cache lines.
//
// A kernel call takes two neighbouring locations (h, w) and (h, w + 1) at
// once (one location at a row's end, at a share's edge, or when M > 3): the
// two fields overlap in k - 1 of their k columns, so every input vector
// loaded serves both locations' multiply-adds. Each lane sees the same
// multiply-adds in the same order as in the 8-lane kernels (forward: bias,
// then the field inputs q in order; input grad: the locations in order,
// within one its units in order), so the results are bit-identical to
// theirs. The weight gradient has no 16-lane kernel: it runs the 8-lane one
// on every CPU (docs/results.md says what was tried).
#include <cstddef>

#include "locally_connected_kernels.hpp"

namespace fflab::lc::avx512 {

/// True when this CPU runs AVX-512F and the build has the kernels (AVX2 on).
bool available();

/// lc::forward on 16-lane vectors (see above for what the caller provides).
void forward(const Geometry& g, const float* x, std::span<const Tile> tiles, std::size_t lanes,
             const float* weight, const float* bias, float* y_t, Range locations);
/// lc::input_grad on 16-lane vectors.
void input_grad(const Geometry& g, const float* weight, const float* dy_t,
                std::span<const Tile> tiles, std::size_t lanes, float* dx);

}  // namespace fflab::lc::avx512
