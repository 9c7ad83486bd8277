#include "fflab/layers/locally_connected.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/layers/initializers.hpp"
#include "locally_connected_kernels.hpp"

namespace fflab {

namespace {

/// Batch rows per lane-packed block: the block's padded input (C*(H+2r)*(W+2r)
/// x 256 floats, 5.4 MB at 3x32x32, k = 11) is packed just before its
/// kernels run, so it is still in cache when they read it.
constexpr std::size_t kBlockRows = 256;
/// Lanes per tile of the forward and input-grad kernels (4 vectors).
constexpr std::size_t kTileLanes = 32;

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
      locations_(input.height * input.width),
      patch_(input.channels * kernel * kernel),
      use_bias_(bias),
      init_(std::move(init)),
      geometry_(std::make_shared<const lc::Geometry>(input.channels, input.height, input.width,
                                                     kernel, units_per_location)) {
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

void LocallyConnected2D::pack_input(const Matrix& x, std::size_t begin, std::size_t n,
                                    const std::vector<lc::Tile>& tiles, std::size_t lanes) {
  ensure_shape(padded_, geometry_->padded_rows(), lanes);
  lc::pack_padded(*geometry_, x.data() + begin * input_.size(), n, tiles, padded_.data());
}

void LocallyConnected2D::pack_output_grad(const Matrix& dy, std::size_t begin, std::size_t n,
                                          std::size_t lanes) {
  const std::size_t cols = units_ * locations_;
  ensure_shape(lanes_buf_, cols, lanes);
  lc::pack_lanes(dy.data() + begin * cols, cols, n, cols, lanes_buf_.data(), lanes);
}

void LocallyConnected2D::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check_input(x, "forward");
  const std::size_t batch = x.shape()[0], cols = units_ * locations_;
  ensure_shape(y, batch, cols);
  for (std::size_t begin = 0; begin < batch; begin += kBlockRows) {
    const std::size_t n = std::min(kBlockRows, batch - begin), lanes = lc::lanes_for(n);
    const auto tiles = lc::tiles_for(lanes, kTileLanes);
    pack_input(x, begin, n, tiles, lanes);
    ensure_shape(lanes_buf_, cols, lanes);
    lc::forward(*geometry_, padded_.data(), tiles, lanes, weight_.data(),
                use_bias_ ? bias_.data() : nullptr, lanes_buf_.data());
    lc::unpack_lanes(lanes_buf_.data(), lanes, n, cols, y.data() + begin * cols, cols);
  }
}

void LocallyConnected2D::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_input(x, "accumulate_grad");
  const std::size_t batch = x.shape()[0], M = units_, L = locations_;
  if (dy.shape()[0] != batch || dy.shape()[1] != M * L)
    throw ShapeError("locally_connected.accumulate_grad: dy " + shape_string(dy) +
                     " does not match the output of x " + shape_string(x));
  if (use_bias_) {
    float* g = bias_grad_.data();
    for (std::size_t b = 0; b < batch; ++b) {
      const float* d = dy.data() + b * M * L;
      for (std::size_t j = 0; j < M * L; ++j) g[j] += d[j];
    }
  }
  for (std::size_t begin = 0; begin < batch; begin += kBlockRows) {
    const std::size_t n = std::min(kBlockRows, batch - begin), lanes = lc::lanes_for(n);
    pack_input(x, begin, n, {{0, lanes}}, lanes);  // one tile: whole lanes per row
    pack_output_grad(dy, begin, n, lanes);
    lc::weight_grad(*geometry_, padded_.data(), lanes_buf_.data(), lanes, weight_grad_.data());
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
  for (std::size_t begin = 0; begin < batch; begin += kBlockRows) {
    const std::size_t n = std::min(kBlockRows, batch - begin), lanes = lc::lanes_for(n);
    const auto tiles = lc::tiles_for(lanes, kTileLanes);
    pack_output_grad(dy, begin, n, lanes);
    // dL/dX of the block accumulates in the padded tiled layout.
    ensure_shape(dpadded_, geometry_->padded_rows(), lanes);
    dpadded_.fill(0.0f);
    lc::input_grad(*geometry_, weight_.data(), lanes_buf_.data(), tiles, lanes, dpadded_.data());
    lc::unpack_padded(*geometry_, dpadded_.data(), tiles, n, dx.data() + begin * input_.size());
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
