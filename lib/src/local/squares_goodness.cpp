#include "fflab/local/squares_goodness.hpp"

#include "fflab/core/parallel_for.hpp"
#include "fflab/core/row_sums.hpp"

namespace fflab {

std::string SquaresGoodness::type() const {
  switch (kind_) {
    case SquaresKind::sum: return "sum_squares";
    case SquaresKind::neg_sum: return "neg_sum_squares";
    case SquaresKind::mean: return "mean_squares";
  }
  return "sum_squares";
}

double SquaresGoodness::coefficient(std::size_t n) const {
  switch (kind_) {
    case SquaresKind::sum: return 1.0;
    case SquaresKind::neg_sum: return -1.0;
    case SquaresKind::mean: return 1.0 / static_cast<double>(n);
  }
  return 1.0;
}

void SquaresGoodness::value(const Matrix& y, Vector& g) const {
  const std::size_t rows = y.shape()[0], n = y.shape()[1];
  if (g.size() != rows) g.resize({rows});
  const double c = coefficient(n);
  float* out = g.data();
  parallel_for(rows, rows_per_thread(n), [&](std::size_t first, std::size_t last) {
    for (std::size_t r = first; r < last; ++r) out[r] = static_cast<float>(c * sum_of_squares(y.data() + r * n, n));
  });
}

void SquaresGoodness::gradient(const Matrix& y, const Vector& dg, Matrix& dy) const {
  const std::size_t rows = y.shape()[0], n = y.shape()[1];
  ensure_shape(dy, rows, n);
  const auto two_c = static_cast<float>(2.0 * coefficient(n));
  parallel_for(rows, rows_per_thread(n), [&](std::size_t first, std::size_t last) {
    for (std::size_t r = first; r < last; ++r) {
      const float* in = y.data() + r * n;
      float* out = dy.data() + r * n;
      const float a = two_c * dg(r);
      for (std::size_t j = 0; j < n; ++j) out[j] = a * in[j];
    }
  });
}

}  // namespace fflab
