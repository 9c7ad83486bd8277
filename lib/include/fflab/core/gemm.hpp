#pragma once
// The one matrix product of the library: C = alpha * op(A) * op(B) + beta * C
// through xt::blas::gemm, into a preallocated C, transposes as flags.
#include "fflab/core/tensor.hpp"

namespace fflab {

/// Checks shapes (ShapeError naming all three) and calls xt::blas::gemm.
/// C must already have the result shape; beta = 1 accumulates into C.
void gemm(const Matrix& a, const Matrix& b, Matrix& c, bool transpose_a = false,
          bool transpose_b = false, float alpha = 1.0f, float beta = 0.0f);

/// The same product on row-major blocks given by pointer (sub-blocks of
/// larger matrices: a group's rows of a convolution's weights, say): op(A)
/// is m x k, op(B) k x n, C m x n, each stored contiguously (A as [k, m]
/// when transpose_a, B as [n, k] when transpose_b).
void gemm(const float* a, const float* b, float* c, std::size_t m, std::size_t n, std::size_t k,
          bool transpose_a = false, bool transpose_b = false, float alpha = 1.0f, float beta = 0.0f);

/// Floating-point operations of one gemm of those dimensions (2*m*n*k).
inline double gemm_flops(std::size_t m, std::size_t n, std::size_t k) {
  return 2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k);
}

}  // namespace fflab
