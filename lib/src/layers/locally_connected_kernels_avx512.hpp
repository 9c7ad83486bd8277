#pragma once
// The LocallyConnected2D tile kernels on 16-lane AVX-512 vectors, chosen at
// run time on a CPU with AVX-512F (the build itself targets AVX2). Same
// operands and layout as the 8-lane kernels (locally_connected_kernels.hpp):
// a tile of v8 vectors of 8 lanes is read as (v8 + 1) / 2 vectors of 16, the
// last one masked to its low 8 lanes when v8 is odd. Forward and input grad
// apply the same fused multiply-adds to each lane in the same order as the
// 8-lane kernels, so their results are bit-identical to them; the weight
// grad sums its lane-wise partial sums over 16 lanes, then 8, so it agrees
// with the 8-lane kernel to rounding only.
#include <cstddef>

namespace fflab::lc::avx512 {

/// True when this CPU runs AVX-512F and the build has the kernels (AVX2 on).
bool available();

/// Units per tile: G accumulators per 16 lanes, g <= kMaxGroup.
inline constexpr std::size_t kMaxGroup = 3;
/// 16-lane vectors per forward / input-grad tile (64 batch rows).
inline constexpr std::size_t kMaxVectors = 4;
/// Inputs q per weight-grad tile.
inline constexpr std::size_t kGradRows = 8;

/// y[g*y_stride + 8v] = bias[g*bias_stride] + sum_q w[q*M + g] x[rows[q] + 8v]
/// for g < units (1..3), v < v8 (1..8) vectors of 8 lanes.
void forward_tile(std::size_t units, std::size_t v8, const float* x, const std::size_t* rows,
                  std::size_t K, const float* w, std::size_t M, const float* bias,
                  std::size_t bias_stride, float* y, std::size_t y_stride);
/// dx[rows[q] + 8v] += sum_g w[q*M + g] dy[g*dy_stride + 8v] for every q < K.
void input_grad_tile(std::size_t units, std::size_t v8, float* dx, const std::size_t* rows,
                     std::size_t K, const float* w, std::size_t M, const float* dy,
                     std::size_t dy_stride);
/// dw[qq*M + g] += sum over `lanes` (a multiple of 8) of x[rows[qq] + s]
/// dy[g*dy_stride + s], for inputs qq < inputs (1, 2, 4 or 8) and g < units.
void weight_grad_tile(std::size_t units, std::size_t inputs, const float* x,
                      const std::size_t* rows, const float* dy, std::size_t dy_stride,
                      std::size_t lanes, float* dw, std::size_t M);

}  // namespace fflab::lc::avx512
