#include "fflab/layers/pool2d.hpp"

#include <algorithm>
#include <limits>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"
#include "pool2d_kernels.hpp"

namespace fflab {

Schema Pool2D::schema() {
  Schema s;
  s.required("kernel", KeyType::integer, "side k of the k x k window").at_least(1).at_most(255);
  s.optional("stride", KeyType::integer, nullptr, "step of the window (default: the kernel, windows that do not overlap)")
      .nullable()
      .at_least(1)
      .at_most(255);
  s.optional("padding", KeyType::integer, 0, "zeros around the map (below the kernel; max pooling never picks them)")
      .at_least(0)
      .at_most(254);
  return s;
}

namespace {
std::size_t stride_of(const Json& options) {
  const Json& s = options.at("stride");
  return s.is_null() ? options.at("kernel").get<std::size_t>() : s.get<std::size_t>();
}
}  // namespace

Pool2D::Pool2D(PoolKind kind, const Json& options, FeatureShape input)
    : Pool2D(kind, input, options.at("kernel").get<std::size_t>(), stride_of(options),
             options.at("padding").get<std::size_t>()) {
  stride_given_ = !options.at("stride").is_null();
}

Pool2D::Pool2D(PoolKind kind, FeatureShape input, std::size_t kernel, std::size_t stride, std::size_t padding)
    : kind_(kind), input_(input), kernel_(kernel), stride_(stride), padding_(padding) {
  if (kernel == 0 || stride == 0) throw ConfigError("/kernel", type() + ": kernel and stride must be at least 1");
  if (padding >= kernel)
    throw ConfigError("/padding", "padding " + std::to_string(padding) + " must be below the kernel " +
                                      std::to_string(kernel) + " (a window of padding alone pools nothing)");
  const std::size_t ph = input.height + 2 * padding, pw = input.width + 2 * padding;
  if (kernel > ph || kernel > pw)
    throw ConfigError("/kernel", "kernel " + std::to_string(kernel) + " is larger than the " + std::to_string(ph) +
                                     " x " + std::to_string(pw) + " padded map (" + to_string(input) +
                                     " input): use a kernel of at most " + std::to_string(std::min(ph, pw)));
  output_ = {input.channels, (ph - kernel) / stride + 1, (pw - kernel) / stride + 1};
}

template <class F>
void Pool2D::for_each_window_pixel(F&& f) const {
  const long H = static_cast<long>(input_.height), W = static_cast<long>(input_.width);
  const long k = static_cast<long>(kernel_), s = static_cast<long>(stride_), p = static_cast<long>(padding_);
  std::size_t out = 0;
  for (std::size_t c = 0; c < input_.channels; ++c)
    for (long oh = 0; oh < static_cast<long>(output_.height); ++oh)
      for (long ow = 0; ow < static_cast<long>(output_.width); ++ow, ++out) {
        const long h0 = std::max(oh * s - p, 0L), h1 = std::min(oh * s - p + k, H);
        const long w0 = std::max(ow * s - p, 0L), w1 = std::min(ow * s - p + k, W);
        for (long h = h0; h < h1; ++h)
          for (long w = w0; w < w1; ++w) f(c * input_.height * input_.width + static_cast<std::size_t>(h * W + w), out);
      }
}

void Pool2D::forward_2x2(const float* x, float* y) const {
  const std::size_t H = input_.height, W = input_.width, OH = output_.height, OW = output_.width;
  const bool is_max = kind_ == PoolKind::max;
  for (std::size_t c = 0; c < input_.channels; ++c)
    for (std::size_t oh = 0; oh < OH; ++oh) {
      const float* top = x + (c * H + 2 * oh) * W;
      const float* bottom = top + W;
      float* out = y + (c * OH + oh) * OW;
      for (std::size_t ow = 0; ow < OW; ++ow) {
        const float a = top[2 * ow], b = top[2 * ow + 1], d = bottom[2 * ow], e = bottom[2 * ow + 1];
        out[ow] = is_max ? std::max(std::max(a, b), std::max(d, e)) : 0.25f * ((a + b) + (d + e));
      }
    }
}

void Pool2D::backward_2x2(const float* x, const float* dy, float* dx) const {
  const std::size_t H = input_.height, W = input_.width, OH = output_.height, OW = output_.width;
  for (std::size_t c = 0; c < input_.channels; ++c) {
    for (std::size_t oh = 0; oh < OH; ++oh) {
      const std::size_t top = (c * H + 2 * oh) * W;
      const float* g = dy + (c * OH + oh) * OW;
      if (kind_ == PoolKind::max)
        pool::max_2x2_backward_rows(x + top, x + top + W, g, W, dx + top, dx + top + W);
      else
        pool::average_2x2_backward_rows(g, W, dx + top, dx + top + W);
    }
    if (H % 2) std::fill_n(dx + (c * H + H - 1) * W, W, 0.0f);  // a last row no window covers
  }
}

void Pool2D::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  if (x.shape()[1] != input_.size())
    throw ShapeError(type() + ".forward: expected " + std::to_string(input_.size()) + " features per row (" +
                     to_string(input_) + "), got " + shape_string(x));
  const std::size_t batch = x.shape()[0], in = input_.size(), out = output_.size();
  ensure_shape(y, batch, out);
  const bool is_max = kind_ == PoolKind::max;
  const float start = is_max ? -std::numeric_limits<float>::infinity() : 0.0f;
  const float scale = 1.0f / static_cast<float>(kernel_ * kernel_);
  if (is_2x2()) {
    parallel_for(batch, rows_per_thread(in), [&](std::size_t first, std::size_t last) {
      for (std::size_t b = first; b < last; ++b) forward_2x2(x.data() + b * in, y.data() + b * out);
    });
    return;
  }
  for (std::size_t b = 0; b < batch; ++b) {
    const float* xr = x.data() + b * in;
    float* yr = y.data() + b * out;
    std::fill_n(yr, out, start);
    if (is_max)
      for_each_window_pixel([&](std::size_t i, std::size_t o) { yr[o] = std::max(yr[o], xr[i]); });
    else {
      for_each_window_pixel([&](std::size_t i, std::size_t o) { yr[o] += xr[i]; });
      for (std::size_t o = 0; o < out; ++o) yr[o] *= scale;
    }
  }
}

void Pool2D::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  const std::size_t batch = dy.shape()[0], in = input_.size(), out = output_.size();
  if (dy.shape()[1] != out || x.shape()[0] != batch || x.shape()[1] != in)
    throw ShapeError(type() + ".backward_input: dy " + shape_string(dy) + " does not match the output of x " +
                     shape_string(x));
  ensure_shape(dx, batch, in);
  if (is_2x2()) {
    parallel_for(batch, rows_per_thread(in), [&](std::size_t first, std::size_t last) {
      for (std::size_t b = first; b < last; ++b) backward_2x2(x.data() + b * in, dy.data() + b * out, dx.data() + b * in);
    });
    return;
  }
  dx.fill(0.0f);
  const float scale = 1.0f / static_cast<float>(kernel_ * kernel_);
  std::vector<std::size_t> best(out);
  std::vector<float> top(out);
  for (std::size_t b = 0; b < batch; ++b) {
    const float* xr = x.data() + b * in;
    const float* dyr = dy.data() + b * out;
    float* dxr = dx.data() + b * in;
    if (kind_ == PoolKind::average) {
      for_each_window_pixel([&](std::size_t i, std::size_t o) { dxr[i] += dyr[o] * scale; });
      continue;
    }
    std::fill(best.begin(), best.end(), in);  // none yet: the window's first pixel is taken
    for_each_window_pixel([&](std::size_t i, std::size_t o) {
      if (best[o] == in || xr[i] > top[o]) top[o] = xr[i], best[o] = i;
    });
    for (std::size_t o = 0; o < out; ++o) dxr[best[o]] += dyr[o];
  }
}

Json Pool2D::options() const {
  return Json{{"type", type()}, {"kernel", kernel_}, {"stride", stride_given_ ? Json(stride_) : Json(nullptr)}, {"padding", padding_}};
}

}  // namespace fflab
