#include "fflab/layers/length_norm.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"
#include "fflab/core/row_sums.hpp"

namespace fflab {

Schema LengthNorm::schema() {
  Schema s;
  s.optional("eps", KeyType::number, 1e-8, "added to the row's norm before dividing").at_least(0.0);
  return s;
}

LengthNorm::LengthNorm(LengthNormKind kind, const Json& options, FeatureShape shape)
    : LengthNorm(kind, shape, options.at("eps").get<double>()) {}

LengthNorm::LengthNorm(LengthNormKind kind, FeatureShape shape, double eps)
    : kind_(kind), shape_(shape), eps_(eps) {}

double LengthNorm::row_norm(const float* x, std::size_t n) const {
  double ss = sum_of_squares(x, n);
  if (kind_ == LengthNormKind::rms) ss /= static_cast<double>(n);
  return std::sqrt(ss);
}

void LengthNorm::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  const std::size_t rows = x.shape()[0], n = x.shape()[1];
  if (n != shape_.size())
    throw ShapeError(type() + ".forward: expected " + std::to_string(shape_.size()) +
                     " features per row, got " + shape_string(x));
  ensure_shape(y, rows, n);
  normalize_rows(x.data(), y.data(), rows, n, n);
}

void LengthNorm::normalize_rows(const float* x, float* y, std::size_t rows, std::size_t n,
                                std::size_t stride) const {
  parallel_for(rows, rows_per_thread(n), [&](std::size_t first, std::size_t last) {
    for (std::size_t b = first; b < last; ++b) {
      const float* xb = x + b * stride;
      float* yb = y + b * stride;
      const auto inv = static_cast<float>(1.0 / (row_norm(xb, n) + eps_));
      for (std::size_t j = 0; j < n; ++j) yb[j] = xb[j] * inv;
    }
  });
}

void LengthNorm::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy,
                                Matrix& dx) {
  const std::size_t rows = x.shape()[0], n = x.shape()[1];
  if (dy.shape() != x.shape())
    throw ShapeError(type() + ".backward_input: x " + shape_string(x) + " and dy " +
                     shape_string(dy) + " differ");
  ensure_shape(dx, rows, n);
  parallel_for(rows, rows_per_thread(n), [&](std::size_t first, std::size_t last) {
    for (std::size_t b = first; b < last; ++b) {
      const float* xb = x.data() + b * n;
      const float* db = dy.data() + b * n;
      float* out = dx.data() + b * n;
      const double norm = row_norm(xb, n);
      const double s = norm + eps_;
      const double q = dot(db, xb, n);
      double coef = 0.0;  // d(norm)/dx_j = x_j / norm (l2) or x_j / (n * norm) (rms)
      if (norm > 0.0) {
        coef = q / (s * s * norm);
        if (kind_ == LengthNormKind::rms) coef /= static_cast<double>(n);
      }
      const auto a = static_cast<float>(1.0 / s);
      const auto c = static_cast<float>(coef);
      for (std::size_t j = 0; j < n; ++j) out[j] = a * db[j] - c * xb[j];
    }
  });
}

Json LengthNorm::options() const { return Json{{"type", type()}, {"eps", eps_}}; }

}  // namespace fflab
