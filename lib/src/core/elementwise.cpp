#include "fflab/core/elementwise.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

namespace {

void check_same(const Matrix& a, const Matrix& b, const char* what) {
  if (a.shape() != b.shape())
    throw ShapeError(std::string(what) + ": " + shape_string(a) + " and " + shape_string(b) + " must have one shape");
}

/// f(i) for every i in [0, n) on the run's threads, in vectorisable ranges.
template <class F>
void each_index(std::size_t n, const F& f) {
  parallel_for(n, kElementsPerThread, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) f(i);
  });
}

template <class Sum>
void column_sums(const float* x, std::size_t rows, std::size_t width, Sum* out, bool overwrite) {
  parallel_for(width, rows_per_thread(rows), [&](std::size_t first, std::size_t last) {
    if (overwrite) std::fill(out + first, out + last, Sum(0));
    const float* row = x;
    for (std::size_t r = 0; r < rows; ++r, row += width)
      for (std::size_t j = first; j < last; ++j) out[j] += row[j];
  });
}

}  // namespace

void add_column_sums(const float* x, std::size_t rows, std::size_t width, float* out, bool overwrite) {
  column_sums(x, rows, width, out, overwrite);
}

void add_column_sums(const float* x, std::size_t rows, std::size_t width, double* out, bool overwrite) {
  column_sums(x, rows, width, out, overwrite);
}

void scale_in_place(Matrix& x, float a) {
  float* p = x.data();
  each_index(x.size(), [=](std::size_t i) { p[i] *= a; });
}

void add_in_place(Matrix& y, const Matrix& x) {
  check_same(y, x, "add_in_place");
  float* out = y.data();
  const float* in = x.data();
  each_index(y.size(), [=](std::size_t i) { out[i] += in[i]; });
}

void add_scaled(Matrix& y, float a, const Matrix& x) {
  check_same(y, x, "add_scaled");
  float* out = y.data();
  const float* in = x.data();
  each_index(y.size(), [=](std::size_t i) { out[i] += a * in[i]; });
}

void sum_of(const Matrix& a, const Matrix& b, Matrix& out) {
  check_same(a, b, "sum_of");
  if (&out != &a && &out != &b) ensure_shape(out, a.shape()[0], a.shape()[1]);
  const float* pa = a.data();
  const float* pb = b.data();
  float* po = out.data();
  each_index(a.size(), [=](std::size_t i) { po[i] = pa[i] + pb[i]; });
}

void scaled_copy(const Matrix& x, float a, Matrix& out) {
  if (&out != &x) ensure_shape(out, x.shape()[0], x.shape()[1]);
  const float* in = x.data();
  float* po = out.data();
  each_index(x.size(), [=](std::size_t i) { po[i] = a * in[i]; });
}

void blend(Matrix& y, float keep, float take, const Matrix& x) {
  check_same(y, x, "blend");
  float* out = y.data();
  const float* in = x.data();
  each_index(y.size(), [=](std::size_t i) { out[i] = keep * out[i] + take * in[i]; });
}

}  // namespace fflab
