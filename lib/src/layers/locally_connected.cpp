#include "fflab/layers/locally_connected.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include <xtensor-blas/xblas.hpp>
#include <xtensor/xadapt.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/initializers.hpp"

namespace fflab {

namespace {

/// Location l's [K, M] block of a [L*K, M] matrix, as a row-major view over
/// the same memory (no copy: xt::blas::gemm passes such adaptors through).
auto block(Matrix& m, std::size_t l, std::size_t rows, std::size_t cols) {
  auto view = xt::adapt(m.data() + l * rows * cols, rows * cols, xt::no_ownership(),
                        std::array<std::size_t, 2>{rows, cols});
  static_assert(decltype(view)::static_layout == xt::layout_type::row_major,
                "gemm would copy a non row-major block");
  return view;
}

}  // namespace

Schema LocallyConnected2D::schema() {
  Schema s;
  s.required("units_per_location", KeyType::integer,
             "units (output channels) at every location of the map, each with its own weights")
      .at_least(1);
  s.required("kernel", KeyType::integer,
             "side k of the k x k receptive field (odd; zero padding keeps the map size)")
      .at_least(1)
      .validated_by([](Json& kernel, const std::string& pointer) {
        if (kernel.get<std::int64_t>() % 2 == 0)
          throw ConfigError(pointer, "kernel " + kernel.dump() + " is even: use an odd size so the field has a centre");
      });
  s.optional("bias", KeyType::boolean, true, "add a learnable bias per unit (starts at 0)");
  s.optional("init", KeyType::string, "normal_fan_in",
             "weight initialiser: normal_fan_in = N(0,1)/sqrt(C*k*k), he, glorot, zeros")
      .one_of(initializer_names());
  return s;
}

LocallyConnected2D::LocallyConnected2D(const Json& options, FeatureShape input)
    : LocallyConnected2D(input, options.at("units_per_location").get<std::size_t>(),
                         options.at("kernel").get<std::size_t>(), options.at("bias").get<bool>(),
                         options.at("init").get<std::string>()) {}

LocallyConnected2D::LocallyConnected2D(FeatureShape input, std::size_t units_per_location,
                                       std::size_t kernel, bool bias, std::string init)
    : input_(input),
      units_(units_per_location),
      kernel_(kernel),
      radius_(kernel / 2),
      locations_(input.height * input.width),
      patch_(input.channels * kernel * kernel),
      use_bias_(bias),
      init_(std::move(init)),
      padded_h_(input.height + 2 * (kernel / 2)),
      padded_w_(input.width + 2 * (kernel / 2)) {
  if (kernel_ % 2 == 0)
    throw ConfigError("", "locally_connected: kernel must be odd so the field has a centre, got " +
                              std::to_string(kernel_));
  if (input_.size() == 0 || units_ == 0)
    throw ShapeError("locally_connected: empty input " + to_string(input_) + " or no units");
  weight_ = Matrix::from_shape({locations_ * patch_, units_});
  weight_grad_ = Matrix::from_shape({locations_ * patch_, units_});
  weight_.fill(0.0f);
  weight_grad_.fill(0.0f);
  if (use_bias_) {
    bias_ = Matrix::from_shape({1, units_ * locations_});
    bias_grad_ = Matrix::from_shape({1, units_ * locations_});
    bias_.fill(0.0f);
    bias_grad_.fill(0.0f);
  }
}

double LocallyConnected2D::forward_flops(std::size_t batch) const {
  return 2.0 * static_cast<double>(batch) * static_cast<double>(locations_) *
         static_cast<double>(patch_) * static_cast<double>(units_);
}

void LocallyConnected2D::check_input(const Matrix& x, const char* where) const {
  if (x.shape()[1] != input_.size())
    throw ShapeError(std::string("locally_connected.") + where + ": expected " +
                     std::to_string(input_.size()) + " features per row (" + to_string(input_) +
                     "), got " + shape_string(x));
}

void LocallyConnected2D::pad_transpose(const Matrix& x) {
  const std::size_t batch = x.shape()[0], C = input_.channels, H = input_.height,
                    W = input_.width, r = radius_;
  const std::size_t rows = C * padded_h_ * padded_w_;
  if (padded_.shape()[0] != rows || padded_.shape()[1] != batch) {
    padded_.resize({rows, batch});
    padded_.fill(0.0f);  // the borders are never written again
  }
  for (std::size_t b = 0; b < batch; ++b) {
    const float* xb = x.data() + b * input_.size();
    for (std::size_t c = 0; c < C; ++c)
      for (std::size_t h = 0; h < H; ++h) {
        const float* src = xb + (c * H + h) * W;
        float* dst = padded_.data() + ((c * padded_h_ + h + r) * padded_w_ + r) * batch + b;
        for (std::size_t w = 0; w < W; ++w) dst[w * batch] = src[w];
      }
  }
}

void LocallyConnected2D::gather(std::size_t h, std::size_t w) {
  const std::size_t batch = padded_.shape()[1], k = kernel_, run = k * batch;
  for (std::size_t c = 0; c < input_.channels; ++c)
    for (std::size_t i = 0; i < k; ++i) {
      // Field row (c, i) of location (h, w): padded rows (c, h + i, w .. w + k - 1).
      const float* src = padded_.data() + ((c * padded_h_ + h + i) * padded_w_ + w) * batch;
      std::copy(src, src + run, patch_buf_.data() + (c * k + i) * run);
    }
}

void LocallyConnected2D::gather_output_grad(const Matrix& dy, std::size_t l) {
  const std::size_t batch = dy.shape()[0], M = units_, L = locations_;
  for (std::size_t m = 0; m < M; ++m) {
    float* dst = out_buf_.data() + m * batch;
    const float* src = dy.data() + m * L + l;
    for (std::size_t b = 0; b < batch; ++b) dst[b] = src[b * M * L];
  }
}

void LocallyConnected2D::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check_input(x, "forward");
  const std::size_t batch = x.shape()[0], M = units_, L = locations_;
  ensure_shape(y, batch, M * L);
  if (batch == 0) return;
  ensure_shape(patch_buf_, patch_, batch);
  ensure_shape(out_buf_, M, batch);
  pad_transpose(x);
  for (std::size_t h = 0; h < input_.height; ++h)
    for (std::size_t w = 0; w < input_.width; ++w) {
      const std::size_t l = h * input_.width + w;
      gather(h, w);
      auto wl = block(weight_, l, patch_, M);
      xt::blas::gemm(wl, patch_buf_, out_buf_, /*transpose_A=*/true, false, 1.0f, 0.0f);
      for (std::size_t m = 0; m < M; ++m) {
        const float bias = use_bias_ ? bias_.data()[m * L + l] : 0.0f;
        const float* src = out_buf_.data() + m * batch;
        float* dst = y.data() + m * L + l;
        for (std::size_t b = 0; b < batch; ++b) dst[b * M * L] = src[b] + bias;
      }
    }
}

void LocallyConnected2D::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_input(x, "accumulate_grad");
  const std::size_t batch = x.shape()[0], M = units_, L = locations_;
  if (dy.shape()[0] != batch || dy.shape()[1] != M * L)
    throw ShapeError("locally_connected.accumulate_grad: dy " + shape_string(dy) +
                     " does not match the output of x " + shape_string(x));
  if (batch == 0) return;
  if (use_bias_) {
    float* g = bias_grad_.data();
    for (std::size_t b = 0; b < batch; ++b) {
      const float* d = dy.data() + b * M * L;
      for (std::size_t j = 0; j < M * L; ++j) g[j] += d[j];
    }
  }
  ensure_shape(patch_buf_, patch_, batch);
  ensure_shape(out_buf_, M, batch);
  pad_transpose(x);
  for (std::size_t h = 0; h < input_.height; ++h)
    for (std::size_t w = 0; w < input_.width; ++w) {
      const std::size_t l = h * input_.width + w;
      gather(h, w);
      gather_output_grad(dy, l);
      auto gl = block(weight_grad_, l, patch_, M);
      // dW_l [K, M] += P^T [K, B] (dY_l^T [M, B])^T
      xt::blas::gemm(patch_buf_, out_buf_, gl, false, /*transpose_B=*/true, 1.0f, 1.0f);
    }
}

void LocallyConnected2D::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy,
                                        Matrix& dx) {
  check_input(x, "backward_input");
  const std::size_t batch = dy.shape()[0], M = units_, L = locations_;
  if (dy.shape()[1] != M * L || batch != x.shape()[0])
    throw ShapeError("locally_connected.backward_input: dy " + shape_string(dy) +
                     " does not match the output of x " + shape_string(x));
  ensure_shape(dx, batch, input_.size());
  if (batch == 0) return;
  ensure_shape(patch_buf_, patch_, batch);
  ensure_shape(out_buf_, M, batch);
  // dL/dX accumulates in the padded batch-innermost layout.
  const std::size_t rows = input_.channels * padded_h_ * padded_w_;
  ensure_shape(dpadded_, rows, batch);
  dpadded_.fill(0.0f);
  const std::size_t k = kernel_, run = k * batch;
  for (std::size_t h = 0; h < input_.height; ++h)
    for (std::size_t w = 0; w < input_.width; ++w) {
      const std::size_t l = h * input_.width + w;
      gather_output_grad(dy, l);
      auto wl = block(weight_, l, patch_, M);
      // dP^T [K, B] = W_l [K, M] dY_l^T [M, B]
      xt::blas::gemm(wl, out_buf_, patch_buf_, false, false, 1.0f, 0.0f);
      for (std::size_t c = 0; c < input_.channels; ++c)
        for (std::size_t i = 0; i < k; ++i) {
          float* dst = dpadded_.data() + ((c * padded_h_ + h + i) * padded_w_ + w) * batch;
          const float* src = patch_buf_.data() + (c * k + i) * run;
          for (std::size_t j = 0; j < run; ++j) dst[j] += src[j];
        }
    }
  const std::size_t C = input_.channels, H = input_.height, W = input_.width, r = radius_;
  for (std::size_t b = 0; b < batch; ++b) {
    float* xb = dx.data() + b * input_.size();
    for (std::size_t c = 0; c < C; ++c)
      for (std::size_t h = 0; h < H; ++h) {
        const float* src = dpadded_.data() + ((c * padded_h_ + h + r) * padded_w_ + r) * batch + b;
        float* dst = xb + (c * H + h) * W;
        for (std::size_t w = 0; w < W; ++w) dst[w] = src[w * batch];
      }
  }
}

std::vector<Parameter> LocallyConnected2D::parameters() {
  std::vector<Parameter> p = {{"weight", &weight_, &weight_grad_, true}};
  if (use_bias_) p.push_back({"bias", &bias_, &bias_grad_, false});
  return p;
}

void LocallyConnected2D::initialize(Rng& rng) {
  init_weights(weight_, init_, patch_, kernel_ * kernel_ * units_, rng);
  if (use_bias_) bias_.fill(0.0f);
}

Json LocallyConnected2D::options() const {
  return Json{{"type", "locally_connected"}, {"units_per_location", units_},
              {"kernel", kernel_}, {"bias", use_bias_}, {"init", init_}};
}

}  // namespace fflab
