#include "fflab/layers/conv2d.hpp"

#include <algorithm>

#include "conv2d_kernels.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/core/parallel_for.hpp"
#include "fflab/layers/initializers.hpp"
#include "fflab/layers/weight_budget.hpp"

namespace fflab {

namespace {

/// Floats of a chunk's columns (8 MB): big enough for long products, small
/// enough to stay near the caches.
constexpr std::size_t kColumnFloats = std::size_t{1} << 21;

conv::Geometry geometry_of(FeatureShape in, std::size_t kernel, std::size_t stride, std::size_t padding) {
  return conv::make_geometry(in.channels, in.height, in.width, kernel, stride, padding);
}

/// `input` after checking that the layer of `options` fits it: groups divide
/// both channel counts, the kernel fits the padded map, weights within budget.
FeatureShape fitting_input(const Json& options, FeatureShape input) {
  const auto channels = options.at("channels").get<std::size_t>();
  const auto kernel = options.at("kernel").get<std::size_t>();
  const auto padding = options.at("padding").get<std::size_t>();
  const auto groups = options.at("groups").get<std::size_t>();
  if (input.channels % groups != 0 || channels % groups != 0)
    throw ConfigError("/groups", "groups " + std::to_string(groups) + " must divide both the " +
                                     std::to_string(input.channels) + " input channels and the " +
                                     std::to_string(channels) + " output channels: use a common divisor");
  const std::size_t padded_h = input.height + 2 * padding, padded_w = input.width + 2 * padding;
  if (kernel > padded_h || kernel > padded_w)
    throw ConfigError("/kernel", "kernel " + std::to_string(kernel) + " is larger than the " +
                                     std::to_string(padded_h) + " x " + std::to_string(padded_w) + " padded map (" +
                                     to_string(input) + " input, padding " + std::to_string(padding) +
                                     "): use a kernel of at most " + std::to_string(std::min(padded_h, padded_w)) +
                                     " or more padding" +
                                     (input.is_flat() ? " (the input is flat features, not an image)" : ""));
  check_weight_budget(static_cast<double>(channels) * static_cast<double>(input.channels / groups) *
                          static_cast<double>(kernel * kernel),
                      "/channels",
                      std::to_string(channels) + " channels with kernel " + std::to_string(kernel) + " on " +
                          to_string(input),
                      "use fewer channels or a smaller kernel");
  return input;
}

}  // namespace

Schema Conv2D::schema() {
  Schema s;
  s.required("channels", KeyType::integer, "output channels M").at_least(1).at_most(65536);
  s.required("kernel", KeyType::integer, "side k of the k x k window (odd or even, at most the padded map's sides)")
      .at_least(1)
      .at_most(255);
  s.optional("stride", KeyType::integer, 1, "step of the window in both directions").at_least(1).at_most(255);
  s.optional("padding", KeyType::integer, 0, "zeros added on every side of the map (k/2 keeps the size at stride 1, odd k)")
      .at_least(0)
      .at_most(255);
  s.optional("groups", KeyType::integer, 1,
             "channel groups G: output channel group g sees input channel group g only; G divides both channel counts")
      .at_least(1)
      .at_most(65536);
  s.optional("bias", KeyType::boolean, true, "add a learnable bias per output channel (starts at 0)");
  s.optional("init", KeyType::string, "he",
             "weight initialiser: he = N(0, 2/fan_in), normal_fan_in = N(0,1)/sqrt(fan_in), he_uniform, uniform_fan_in = "
             "U(+-1/sqrt(fan_in)) (PyTorch's default), glorot, zeros; "
             "fan_in = (C/G)*k*k")
      .one_of(initializer_names());
  return s;
}

Conv2D::Conv2D(const Json& options, FeatureShape input)
    : Conv2D(fitting_input(options, input), options.at("channels").get<std::size_t>(),
             options.at("kernel").get<std::size_t>(), options.at("stride").get<std::size_t>(),
             options.at("padding").get<std::size_t>(), options.at("groups").get<std::size_t>(),
             options.at("bias").get<bool>(), options.at("init").get<std::string>()) {}

Conv2D::Conv2D(FeatureShape input, std::size_t channels, std::size_t kernel, std::size_t stride,
               std::size_t padding, std::size_t groups, bool bias, std::string init)
    : input_(input),
      channels_(channels),
      kernel_(kernel),
      stride_(stride),
      padding_(padding),
      groups_(groups),
      use_bias_(bias),
      init_(std::move(init)) {
  if (input.size() == 0 || channels == 0 || groups == 0 || input.channels % groups || channels % groups)
    throw ShapeError("conv2d: " + std::to_string(groups) + " groups do not divide " + to_string(input) + " -> " +
                     std::to_string(channels) + " channels");
  const conv::Geometry g = geometry_of(input, kernel, stride, padding);
  if (g.out_height == 0)
    throw ConfigError("/kernel", "conv2d: kernel " + std::to_string(kernel) + " does not fit the padded " +
                                     to_string(input) + " map");
  output_ = {channels, g.out_height, g.out_width};
  group_inputs_ = input.channels / groups * kernel * kernel;
  weight_ = Matrix::from_shape({channels, group_inputs_});
  weight_grad_ = Matrix::from_shape({channels, group_inputs_});
  weight_.fill(0.0f);
  weight_grad_.fill(0.0f);
  if (use_bias_) {
    bias_ = Matrix::from_shape({1, channels});
    bias_grad_ = Matrix::from_shape({1, channels});
    bias_.fill(0.0f);
    bias_grad_.fill(0.0f);
  }
}

double Conv2D::forward_flops(std::size_t batch) const {
  return gemm_flops(channels_, batch * output_.height * output_.width, group_inputs_);
}

void Conv2D::check_rows(const Matrix& m, std::size_t cols, const char* what, const char* where) const {
  if (m.shape()[1] != cols)
    throw ShapeError(std::string("conv2d.") + where + ": expected " + what + " of " + std::to_string(cols) +
                     " features per row, got " + shape_string(m));
}

std::size_t Conv2D::chunk_rows(std::size_t batch) const {
  const std::size_t per_row = input_.channels * kernel_ * kernel_ * output_.height * output_.width;
  return std::clamp<std::size_t>(kColumnFloats / per_row, 1, std::max<std::size_t>(batch, 1));
}

void Conv2D::unfold(const Matrix& x, std::size_t begin, std::size_t n) {
  const conv::Geometry g = geometry_of(input_, kernel_, stride_, padding_);
  ensure_shape(cols_, g.col_rows(), n * g.locations());
  conv::im2col(g, x.data() + begin * input_.size(), n, cols_.data());
}

void Conv2D::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check_rows(x, input_.size(), "an input", "forward");
  const std::size_t batch = x.shape()[0], L = output_.height * output_.width, M = channels_;
  const std::size_t Mg = M / groups_, Kg = group_inputs_;
  ensure_shape(y, batch, output_.size());
  const std::size_t chunk = chunk_rows(batch);
  for (std::size_t begin = 0; begin < batch; begin += chunk) {
    const std::size_t n = std::min(chunk, batch - begin), NL = n * L;
    unfold(x, begin, n);
    ensure_shape(maps_, M, NL);
    for (std::size_t g = 0; g < groups_; ++g)
      gemm(weight_.data() + g * Mg * Kg, cols_.data() + g * Kg * NL, maps_.data() + g * Mg * NL, Mg, NL, Kg);
    conv::scatter_maps(maps_.data(), n, M, L, use_bias_ ? bias_.data() : nullptr, y.data() + begin * output_.size());
  }
}

void Conv2D::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_rows(x, input_.size(), "an input", "accumulate_grad");
  check_rows(dy, output_.size(), "an output gradient", "accumulate_grad");
  add_grad(x, dy, 1.0f);
}

void Conv2D::write_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_rows(x, input_.size(), "an input", "write_grad");
  check_rows(dy, output_.size(), "an output gradient", "write_grad");
  add_grad(x, dy, 0.0f);
}

void Conv2D::add_grad(const Matrix& x, const Matrix& dy, float beta) {
  const std::size_t batch = x.shape()[0], L = output_.height * output_.width, M = channels_;
  if (batch == 0 && beta == 0.0f) weight_grad_.fill(0.0f);  // no chunk writes it
  const std::size_t Mg = M / groups_, Kg = group_inputs_;
  if (use_bias_) {
    float* gb = bias_grad_.data();
    if (beta == 0.0f) bias_grad_.fill(0.0f);  // then 0 + sums, as after zero_grad
    parallel_for(M, rows_per_thread(batch * L), [&](std::size_t first, std::size_t last) {
      for (std::size_t b = 0; b < batch; ++b)
        for (std::size_t m = first; m < last; ++m) {
          const float* d = dy.data() + (b * M + m) * L;
          double sum = 0.0;
          for (std::size_t l = 0; l < L; ++l) sum += d[l];
          gb[m] += static_cast<float>(sum);
        }
    });
  }
  const std::size_t chunk = chunk_rows(batch);
  for (std::size_t begin = 0; begin < batch; begin += chunk) {
    const std::size_t n = std::min(chunk, batch - begin), NL = n * L;
    unfold(x, begin, n);
    ensure_shape(maps_, M, NL);
    conv::gather_maps(dy.data() + begin * output_.size(), n, M, L, maps_.data());
    for (std::size_t g = 0; g < groups_; ++g)
      gemm(maps_.data() + g * Mg * NL, cols_.data() + g * Kg * NL, weight_grad_.data() + g * Mg * Kg, Mg, Kg, NL,
           false, /*transpose_b=*/true, 1.0f, begin == 0 ? beta : 1.0f);
  }
}

void Conv2D::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  backward_input_through(weight_, x, dy, dx);
}

void Conv2D::backward_input_through(const Matrix& weight, const Matrix& x, const Matrix& dy, Matrix& dx) {
  if (weight.shape() != weight_.shape())
    throw ShapeError("conv2d.backward_input_through: a stand-in weight " + shape_string(weight) + " for " +
                     shape_string(weight_));
  check_rows(x, input_.size(), "an input", "backward_input");
  check_rows(dy, output_.size(), "an output gradient", "backward_input");
  const conv::Geometry geo = geometry_of(input_, kernel_, stride_, padding_);
  const std::size_t batch = dy.shape()[0], L = geo.locations(), M = channels_;
  const std::size_t Mg = M / groups_, Kg = group_inputs_;
  ensure_shape(dx, batch, input_.size());
  const std::size_t chunk = chunk_rows(batch);
  for (std::size_t begin = 0; begin < batch; begin += chunk) {
    const std::size_t n = std::min(chunk, batch - begin), NL = n * L;
    ensure_shape(maps_, M, NL);
    ensure_shape(cols_, geo.col_rows(), NL);
    conv::gather_maps(dy.data() + begin * output_.size(), n, M, L, maps_.data());
    for (std::size_t g = 0; g < groups_; ++g)
      gemm(weight.data() + g * Mg * Kg, maps_.data() + g * Mg * NL, cols_.data() + g * Kg * NL, Kg, NL, Mg,
           /*transpose_a=*/true);
    conv::col2im(geo, cols_.data(), n, dx.data() + begin * input_.size());
  }
}

std::vector<Parameter> Conv2D::parameters() {
  std::vector<Parameter> p = {{"weight", &weight_, &weight_grad_, true}};
  if (use_bias_) p.push_back({"bias", &bias_, &bias_grad_, false});
  return p;
}

void Conv2D::initialize(Rng& rng) {
  init_weights(weight_, init_, group_inputs_, channels_ / groups_ * kernel_ * kernel_, rng);
  if (use_bias_) bias_.fill(0.0f);
}

Json Conv2D::options() const {
  return Json{{"type", "conv2d"}, {"channels", channels_}, {"kernel", kernel_}, {"stride", stride_},
              {"padding", padding_}, {"groups", groups_}, {"bias", use_bias_}, {"init", init_}};
}

}  // namespace fflab
