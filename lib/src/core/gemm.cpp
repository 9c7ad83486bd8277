#include "fflab/core/gemm.hpp"

#include <array>

#include <xtensor/xadapt.hpp>
#include <xtensor-blas/xblas.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

void gemm(const Matrix& a, const Matrix& b, Matrix& c, bool transpose_a, bool transpose_b,
          float alpha, float beta) {
  const std::size_t m = transpose_a ? a.shape()[1] : a.shape()[0];
  const std::size_t k = transpose_a ? a.shape()[0] : a.shape()[1];
  const std::size_t kb = transpose_b ? b.shape()[1] : b.shape()[0];
  const std::size_t n = transpose_b ? b.shape()[0] : b.shape()[1];
  if (k != kb || c.shape()[0] != m || c.shape()[1] != n)
    throw ShapeError("gemm: op(A)" + shape_string(a) + (transpose_a ? "^T" : "") + " * op(B)" +
                     shape_string(b) + (transpose_b ? "^T" : "") + " does not fit C" +
                     shape_string(c));
  if (m == 0 || n == 0) return;
  if (k == 0) {  // BLAS leaves C untouched; the product is zero
    if (beta == 0.0f)
      c.fill(0.0f);  // beta 0 overwrites C, whatever it held (NaN included)
    else
      c *= beta;
    return;
  }
  park_workers();
  xt::blas::gemm(a, b, c, transpose_a, transpose_b, alpha, beta);
}

namespace {
/// A non-owning row-major rows x cols matrix over `data`.
auto block(const float* data, std::size_t rows, std::size_t cols) {
  return xt::adapt(const_cast<float*>(data), rows * cols, xt::no_ownership(), std::array<std::size_t, 2>{rows, cols});
}
}  // namespace

void gemm(const float* a, const float* b, float* c, std::size_t m, std::size_t n, std::size_t k, bool transpose_a,
          bool transpose_b, float alpha, float beta) {
  if (m == 0 || n == 0) return;
  auto cm = block(c, m, n);
  if (k == 0) {
    if (beta == 0.0f)
      cm.fill(0.0f);
    else
      cm *= beta;
    return;
  }
  const auto am = transpose_a ? block(a, k, m) : block(a, m, k);
  const auto bm = transpose_b ? block(b, n, k) : block(b, k, n);
  park_workers();
  xt::blas::gemm(am, bm, cm, transpose_a, transpose_b, alpha, beta);
}

}  // namespace fflab
