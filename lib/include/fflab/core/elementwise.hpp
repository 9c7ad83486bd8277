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

}  // namespace fflab
