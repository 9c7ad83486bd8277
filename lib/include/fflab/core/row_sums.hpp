#pragma once
// Row sums in double precision for float rows: the sum of squares and the
// dot product that norms and goodness are made of. Eight independent
// accumulators, combined pairwise at the end: about seven times faster than
// one running sum (whose every addition waits for the one before), with the
// same double-precision accuracy; the order of additions, and so the last
// bits, differ from a running sum's.
#include <cstddef>

namespace fflab {

/// sum_j x[j], accumulated in double.
double sum(const float* x, std::size_t n);

/// sum_j x[j]^2, accumulated in double.
double sum_of_squares(const float* x, std::size_t n);

/// sum_j a[j] * b[j], accumulated in double.
double dot(const float* a, const float* b, std::size_t n);

}  // namespace fflab
