#pragma once
// Element-wise passes over whole matrices on the run's threads
// (parallel_for): each output element is computed by the same operations
// whatever the thread count, so results are bit-identical for any count.
// Shapes must agree (ShapeError otherwise); outputs are resized as needed.
#include "fflab/core/tensor.hpp"

namespace fflab {

/// x *= a.
void scale_in_place(Matrix& x, float a);

/// y += x.
void add_in_place(Matrix& y, const Matrix& x);

/// y += a * x.
void add_scaled(Matrix& y, float a, const Matrix& x);

/// out = a + b (out may be a or b).
void sum_of(const Matrix& a, const Matrix& b, Matrix& out);

/// out = a * x (out may be x).
void scaled_copy(const Matrix& x, float a, Matrix& out);

/// y = keep * y + take * x: a damped update of y towards x.
void blend(Matrix& y, float keep, float take, const Matrix& x);

/// out[j] += sum over r < rows of x[r * width + j], for j < width (from 0
/// when `overwrite`): each column summed in row order on one thread, by
/// ranges of columns (bias gradients, per-unit batch means).
void add_column_sums(const float* x, std::size_t rows, std::size_t width, float* out, bool overwrite = false);
void add_column_sums(const float* x, std::size_t rows, std::size_t width, double* out, bool overwrite = false);

}  // namespace fflab
