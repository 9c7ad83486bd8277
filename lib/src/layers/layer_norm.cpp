#include "fflab/layers/layer_norm.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"

namespace fflab {

Schema LayerNorm::schema() {
  Schema s;
  s.optional("eps", KeyType::number, 1e-5, "added to the variance before the square root")
      .above(0.0);
  return s;
}

LayerNorm::LayerNorm(const Json& options, FeatureShape shape)
    : LayerNorm(shape, options.at("eps").get<double>()) {}

LayerNorm::LayerNorm(FeatureShape shape, double eps) : shape_(shape), n_(shape.size()), eps_(eps) {
  if (n_ == 0) throw ShapeError("layer_norm: empty input");
  gain_ = Matrix::from_shape({1, n_});
  gain_grad_ = Matrix::from_shape({1, n_});
  bias_ = Matrix::from_shape({1, n_});
  bias_grad_ = Matrix::from_shape({1, n_});
  gain_.fill(1.0f);
  bias_.fill(0.0f);
  gain_grad_.fill(0.0f);
  bias_grad_.fill(0.0f);
}

void LayerNorm::check(const Matrix& x, const char* where) const {
  if (x.shape()[1] != n_)
    throw ShapeError(std::string("layer_norm.") + where + ": expected " + std::to_string(n_) +
                     " features per row, got " + shape_string(x));
}

void LayerNorm::row_stats(const float* x, float& mean, float& inv_std) const {
  double s = 0.0;
  for (std::size_t j = 0; j < n_; ++j) s += x[j];
  const double mu = s / static_cast<double>(n_);
  double v = 0.0;
  for (std::size_t j = 0; j < n_; ++j) {
    const double d = x[j] - mu;
    v += d * d;
  }
  v /= static_cast<double>(n_);
  mean = static_cast<float>(mu);
  inv_std = static_cast<float>(1.0 / std::sqrt(v + eps_));
}

void LayerNorm::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check(x, "forward");
  const std::size_t rows = x.shape()[0];
  ensure_shape(y, rows, n_);
  const float* g = gain_.data();
  const float* be = bias_.data();
  for (std::size_t b = 0; b < rows; ++b) {
    const float* xb = x.data() + b * n_;
    float* yb = y.data() + b * n_;
    float mean = 0, inv_std = 0;
    row_stats(xb, mean, inv_std);
    for (std::size_t j = 0; j < n_; ++j) yb[j] = g[j] * ((xb[j] - mean) * inv_std) + be[j];
  }
}

void LayerNorm::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check(x, "accumulate_grad");
  const std::size_t rows = x.shape()[0];
  float* gg = gain_grad_.data();
  float* bg = bias_grad_.data();
  for (std::size_t b = 0; b < rows; ++b) {
    const float* xb = x.data() + b * n_;
    const float* db = dy.data() + b * n_;
    float mean = 0, inv_std = 0;
    row_stats(xb, mean, inv_std);
    for (std::size_t j = 0; j < n_; ++j) {
      gg[j] += db[j] * ((xb[j] - mean) * inv_std);
      bg[j] += db[j];
    }
  }
}

void LayerNorm::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  check(x, "backward_input");
  const std::size_t rows = x.shape()[0];
  ensure_shape(dx, rows, n_);
  const float* g = gain_.data();
  const double inv_n = 1.0 / static_cast<double>(n_);
  for (std::size_t b = 0; b < rows; ++b) {
    const float* xb = x.data() + b * n_;
    const float* db = dy.data() + b * n_;
    float* out = dx.data() + b * n_;
    float mean = 0, inv_std = 0;
    row_stats(xb, mean, inv_std);
    // dxhat = dy .* gain;  dx = inv_std * (dxhat - mean(dxhat) - xhat * mean(dxhat .* xhat))
    double m1 = 0.0, m2 = 0.0;
    for (std::size_t j = 0; j < n_; ++j) {
      const double dh = static_cast<double>(db[j]) * g[j];
      m1 += dh;
      m2 += dh * ((xb[j] - mean) * inv_std);
    }
    const auto a = static_cast<float>(m1 * inv_n);
    const auto c = static_cast<float>(m2 * inv_n);
    for (std::size_t j = 0; j < n_; ++j) {
      const float xhat = (xb[j] - mean) * inv_std;
      out[j] = inv_std * (db[j] * g[j] - a - xhat * c);
    }
  }
}

std::vector<Parameter> LayerNorm::parameters() {
  return {{"gain", &gain_, &gain_grad_, false}, {"bias", &bias_, &bias_grad_, false}};
}

void LayerNorm::initialize(Rng& /*rng*/) {
  gain_.fill(1.0f);
  bias_.fill(0.0f);
}

Json LayerNorm::options() const { return Json{{"type", "layer_norm"}, {"eps", eps_}}; }

}  // namespace fflab
