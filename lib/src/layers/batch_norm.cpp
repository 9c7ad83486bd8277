#include "fflab/layers/batch_norm.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"
#include "fflab/core/row_sums.hpp"
#include "fflab/core/threads.hpp"

namespace fflab {

Schema BatchNorm::schema() {
  Schema s;
  s.optional("momentum", KeyType::number, 0.1,
             "weight of each training batch's statistics in the running statistics used at evaluation")
      .above(0.0)
      .at_most(1.0);
  s.optional("eps", KeyType::number, 1e-5, "added to the variance before the square root").above(0.0);
  return s;
}

BatchNorm::BatchNorm(const Json& options, FeatureShape shape)
    : BatchNorm(shape, options.at("momentum").get<double>(), options.at("eps").get<double>()) {}

BatchNorm::BatchNorm(FeatureShape shape, double momentum, double eps)
    : shape_(shape), momentum_(momentum), eps_(eps), mean_(shape.channels), inv_std_(shape.channels) {
  if (shape.size() == 0) throw ShapeError("batch_norm: empty input");
  if (!(momentum > 0.0 && momentum <= 1.0)) throw ConfigError("/momentum", "must be in (0, 1]");
  if (!(eps > 0.0)) throw ConfigError("/eps", "must be above 0");
  const std::size_t C = shape.channels;
  for (Matrix* m : {&gain_, &gain_grad_, &bias_, &bias_grad_, &running_mean_, &running_var_}) {
    *m = Matrix::from_shape({1, C});
    m->fill(0.0f);
  }
  gain_.fill(1.0f);
  running_var_.fill(1.0f);
}

void BatchNorm::check_input(const Matrix& x, const char* where) const {
  if (x.shape()[1] != shape_.size())
    throw ShapeError(std::string("batch_norm.") + where + ": expected " + std::to_string(shape_.size()) +
                     " features per row (" + to_string(shape_) + "), got " + shape_string(x));
}

void BatchNorm::channel_statistics(const Matrix& x, std::size_t c) {
  const std::size_t batch = x.shape()[0], C = shape_.channels, L = shape_.height * shape_.width;
  const double n = static_cast<double>(batch * L);
  double total = 0.0, squares = 0.0;
  for (std::size_t b = 0; b < batch; ++b) {
    const float* p = x.data() + (b * C + c) * L;
    total += sum(p, L);
    squares += sum_of_squares(p, L);
  }
  const double mean = total / n;
  const double var = std::max(squares / n - mean * mean, 0.0);  // in double: no harmful cancellation here
  mean_[c] = static_cast<float>(mean);
  inv_std_[c] = static_cast<float>(1.0 / std::sqrt(var + eps_));
  const double unbiased = n > 1.0 ? var * n / (n - 1.0) : var;
  running_mean_(0, c) = static_cast<float>((1.0 - momentum_) * running_mean_(0, c) + momentum_ * mean);
  running_var_(0, c) = static_cast<float>((1.0 - momentum_) * running_var_(0, c) + momentum_ * unbiased);
}

void BatchNorm::normalize_rows(const Matrix& x, Matrix& y, std::size_t b, std::size_t c) const {
  const std::size_t C = shape_.channels, L = shape_.height * shape_.width;
  const float scale = gain_(0, c) * inv_std_[c], shift = bias_(0, c) - mean_[c] * scale;
  const float* p = x.data() + (b * C + c) * L;
  float* q = y.data() + (b * C + c) * L;
  for (std::size_t l = 0; l < L; ++l) q[l] = p[l] * scale + shift;
}

BatchNorm::ChannelSums BatchNorm::channel_sums(const Matrix& x, const Matrix& dy, std::size_t c) const {
  const std::size_t batch = x.shape()[0], C = shape_.channels, L = shape_.height * shape_.width;
  double dy_total = 0.0, dy_x = 0.0;
  for (std::size_t b = 0; b < batch; ++b) {
    const float* p = x.data() + (b * C + c) * L;
    const float* d = dy.data() + (b * C + c) * L;
    dy_total += sum(d, L);
    dy_x += dot(d, p, L);
  }
  // sum dy * xhat = inv_std * (sum dy * x - mean * sum dy)
  return {dy_total, static_cast<double>(inv_std_[c]) * (dy_x - static_cast<double>(mean_[c]) * dy_total)};
}

void BatchNorm::forward(const Matrix& x, Matrix& y, const RunContext& ctx) {
  check_input(x, "forward");
  const std::size_t batch = x.shape()[0], C = shape_.channels, L = shape_.height * shape_.width;
  ensure_shape(y, batch, shape_.size());
  batch_stats_ = ctx.training && batch > 0;
  if (!batch_stats_)
    for (std::size_t c = 0; c < C; ++c) {
      mean_[c] = running_mean_(0, c);
      inv_std_[c] = static_cast<float>(1.0 / std::sqrt(static_cast<double>(running_var_(0, c)) + eps_));
    }
  if (L > 1 && C >= 2 * static_cast<std::size_t>(threads())) {
    // Maps with channels enough for every thread: channel by channel, its
    // statistics and then its normalisation, while the channel's values
    // (batch x L floats) are still in cache.
    parallel_for(C, rows_per_thread(batch * L), [&](std::size_t first, std::size_t last) {
      for (std::size_t c = first; c < last; ++c) {
        if (batch_stats_) channel_statistics(x, c);
        for (std::size_t b = 0; b < batch; ++b) normalize_rows(x, y, b, c);
      }
    });
    return;
  }
  // Flat rows (L = 1: a channel is a strided column) or few channels:
  // statistics by channel, then the normalisation row by row.
  if (batch_stats_)
    parallel_for(C, rows_per_thread(batch), [&](std::size_t first, std::size_t last) {
      for (std::size_t c = first; c < last; ++c) channel_statistics(x, c);
    });
  parallel_for(batch, rows_per_thread(C), [&](std::size_t first, std::size_t last) {
    for (std::size_t b = first; b < last; ++b)
      for (std::size_t c = 0; c < C; ++c) normalize_rows(x, y, b, c);
  });
}

void BatchNorm::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_input(x, "accumulate_grad");
  const std::size_t per_channel = x.shape()[0] * shape_.height * shape_.width;
  parallel_for(shape_.channels, rows_per_thread(per_channel), [&](std::size_t first, std::size_t last) {
    for (std::size_t c = first; c < last; ++c) {
      const ChannelSums s = channel_sums(x, dy, c);
      gain_grad_(0, c) += static_cast<float>(s.dy_xhat);
      bias_grad_(0, c) += static_cast<float>(s.dy);
    }
  });
}

void BatchNorm::input_gradient(const Matrix& x, const Matrix& dy, Matrix& dx, std::size_t c,
                               const ChannelSums& sums) const {
  const std::size_t batch = x.shape()[0], C = shape_.channels, L = shape_.height * shape_.width;
  const double n = static_cast<double>(batch * L);
  const float m = mean_[c], s = inv_std_[c], scale = gain_(0, c) * s;
  const float a = static_cast<float>(sums.dy / n), q = static_cast<float>(sums.dy_xhat / n);
  for (std::size_t b = 0; b < batch; ++b) {
    const float* p = x.data() + (b * C + c) * L;
    const float* d = dy.data() + (b * C + c) * L;
    float* o = dx.data() + (b * C + c) * L;
    for (std::size_t l = 0; l < L; ++l) o[l] = scale * (d[l] - a - (p[l] - m) * s * q);
  }
}

void BatchNorm::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  check_input(x, "backward_input");
  const std::size_t batch = x.shape()[0];
  ensure_shape(dx, batch, shape_.size());
  parallel_for(shape_.channels, rows_per_thread(batch * shape_.height * shape_.width),
               [&](std::size_t first, std::size_t last) {
                 for (std::size_t c = first; c < last; ++c)
                   input_gradient(x, dy, dx, c, batch_stats_ ? channel_sums(x, dy, c) : ChannelSums{0.0, 0.0});
               });
}

void BatchNorm::backward(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx, bool write_grads) {
  check_input(x, "backward");
  const std::size_t batch = x.shape()[0];
  ensure_shape(dx, batch, shape_.size());
  parallel_for(shape_.channels, rows_per_thread(batch * shape_.height * shape_.width),
               [&](std::size_t first, std::size_t last) {
                 for (std::size_t c = first; c < last; ++c) {
                   const ChannelSums sums = channel_sums(x, dy, c);
                   const float gain = static_cast<float>(sums.dy_xhat), bias = static_cast<float>(sums.dy);
                   gain_grad_(0, c) = write_grads ? gain : gain_grad_(0, c) + gain;
                   bias_grad_(0, c) = write_grads ? bias : bias_grad_(0, c) + bias;
                   input_gradient(x, dy, dx, c, batch_stats_ ? sums : ChannelSums{0.0, 0.0});
                 }
               });
}

std::vector<Parameter> BatchNorm::parameters() {
  return {{"gain", &gain_, &gain_grad_, false}, {"bias", &bias_, &bias_grad_, false}};
}

std::vector<StateTensor> BatchNorm::state() {
  return {{"running_mean", &running_mean_}, {"running_var", &running_var_}};
}

void BatchNorm::initialize(Rng& /*rng*/) {
  gain_.fill(1.0f);
  bias_.fill(0.0f);
  running_mean_.fill(0.0f);
  running_var_.fill(1.0f);
}

Json BatchNorm::options() const { return Json{{"type", "batch_norm"}, {"momentum", momentum_}, {"eps", eps_}}; }

}  // namespace fflab
