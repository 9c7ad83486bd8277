#include "fflab/layers/locally_connected.hpp"

#include <algorithm>

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/layers/initializers.hpp"
#include "fflab/layers/weight_budget.hpp"
#include "locally_connected_kernels.hpp"

namespace fflab {

namespace {

/// Batch rows per lane-packed block: the block's padded input (C*(H+2r)*(W+2r)
/// x 256 floats, 5.4 MB at 3x32x32, k = 11) is packed just before its
/// kernels run, so it is still in cache when they read it.
constexpr std::size_t kBlockRows = 256;
/// Least work (flops) per thread of a block: waking a pool thread and
/// joining it costs microseconds, 4 MFLOP take about 0.05 ms.
constexpr double kMinFlopsPerThread = 4e6;

/// Threads to split `flops` of work between: the run's thread count, but
/// no more than `most` and with at least kMinFlopsPerThread each (1 = the
/// calling thread alone).
std::size_t threads_for(double flops, std::size_t most) {
  const auto by_work = static_cast<std::size_t>(flops / kMinFlopsPerThread);
  const auto run = static_cast<std::size_t>(std::max(1, threads()));
  return std::max<std::size_t>(1, std::min({run, most, by_work}));
}

/// Scratch of one block, shared by the pass's threads, each writing its own
/// share; one set per calling thread, shared by every LocallyConnected2D, so
/// that one set stays warm in the cache however many layers a net has.
/// (64-byte aligned: the AVX-512 kernels' vectors then never straddle cache lines.)
struct Scratch {
  AlignedFloats padded;   // [C*(H+2r)*(W+2r), lanes]: x, zero borders
  AlignedFloats dpadded;  // same layout: dL/dx in backward_input
  AlignedFloats lanes;    // [M*L, lanes]: Y^T or dY^T of a block
};
Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

/// Lanes [first, first + width) covered by consecutive tiles.
struct Span {
  std::size_t first, width;
};
Span span_of(std::span<const lc::Tile> tiles) {
  return {tiles.front().start, tiles.back().start + tiles.back().width - tiles.front().start};
}

/// Splits `tiles` into `parts` runs of consecutive tiles (split_tiles) and
/// runs work(mine, lanes, rows) for each non-empty run on the run's threads
/// (fork_join; all on the caller when called inside a parallel_for): mine =
/// the run's tiles, lanes = the lanes they cover, rows = how many of those
/// are real rows of the block's n.
template <class Work>
void for_tile_shares(std::span<const lc::Tile> tiles, std::size_t parts, std::size_t n, const Work& work) {
  const auto bounds = lc::split_tiles(tiles, parts);
  lc::fork_join(parts, [&](std::size_t p) {
    const std::span<const lc::Tile> mine(tiles.data() + bounds[p], bounds[p + 1] - bounds[p]);
    if (mine.empty()) return;
    const Span s = span_of(mine);
    work(mine, s, std::min(n, s.first + s.width) - s.first);
  });
}

}  // namespace

std::string locally_connected_kernels() {
  if (lc::wide_vectors()) return "avx512";
#if defined(__AVX2__) && defined(__FMA__)
  return "avx2";
#else
  return "portable";
#endif
}

void limit_locally_connected_kernels_to_avx2(bool limit) { lc::limit_to_avx2(limit); }

Schema LocallyConnected2D::schema() {
  Schema s;
  s.required("units_per_location", KeyType::integer,
             "units (output channels) at every location of the map, each with its own weights")
      .at_least(1)
      .at_most(65536);
  s.required("kernel", KeyType::integer,
             "side k of the k x k receptive field (odd, at most the map's height and width; zero padding keeps "
             "the map size)")
      .at_least(1)
      .at_most(255)
      .validated_by([](Json& kernel, const std::string& pointer) {
        if (kernel.get<std::int64_t>() % 2 == 0)
          throw ConfigError(pointer, "kernel " + kernel.dump() + " is even: use an odd size so the field has a centre");
      });
  s.optional("bias", KeyType::boolean, true, "add a learnable bias per unit (starts at 0)");
  s.optional("init", KeyType::string, "normal_fan_in",
             "weight initialiser: normal_fan_in = N(0,1)/sqrt(C*k*k), he, he_uniform, uniform_fan_in = U(+-1/sqrt(fan_in)) (PyTorch's default), glorot, zeros")
      .one_of(initializer_names());
  return s;
}

namespace {

/// `input` after checking that the layer of `options` fits it: an image (not
/// flat features), a kernel no larger than its map, weights within budget.
FeatureShape fitting_input(const Json& options, FeatureShape input) {
  if (input.is_flat())
    throw ShapeError("locally_connected needs an image input (C x H x W), got " + std::to_string(input.size()) +
                     " flat features");
  const auto kernel = options.at("kernel").get<std::size_t>();
  const std::size_t side = std::min(input.height, input.width);
  if (kernel > side)
    throw ConfigError("/kernel", "kernel " + std::to_string(kernel) + " is larger than the " +
                                     std::to_string(input.height) + " x " + std::to_string(input.width) +
                                     " map: use an odd size of at most " + std::to_string(side % 2 ? side : side - 1));
  const auto units = options.at("units_per_location").get<std::size_t>();
  check_weight_budget(static_cast<double>(input.size()) * static_cast<double>(kernel * kernel) *
                          static_cast<double>(units),
                      "/units_per_location",
                      std::to_string(units) + " units per location with kernel " + std::to_string(kernel) + " on a " +
                          to_string(input) + " input",
                      "use fewer units per location or a smaller kernel");
  return input;
}

}  // namespace

LocallyConnected2D::LocallyConnected2D(const Json& options, FeatureShape input)
    : LocallyConnected2D(fitting_input(options, input), options.at("units_per_location").get<std::size_t>(),
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

// Each pass splits a block between the run's threads (fork_join on
// parallel_for's pool) in shares that write disjoint memory and
// compute every element by the same operations as one thread would, so the
// results do not depend on the thread count.

void LocallyConnected2D::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  Scratch& work = scratch();
  check_input(x, "forward");
  const lc::Geometry& g = *geometry_;
  const std::size_t batch = x.shape()[0], cols = units_ * locations_, in = input_.size();
  ensure_shape(y, batch, cols);
  const float* bias = use_bias_ ? bias_.data() : nullptr;
  for (std::size_t begin = 0; begin < batch; begin += kBlockRows) {
    const std::size_t n = std::min(kBlockRows, batch - begin), lanes = lc::lanes_for(n);
    const auto tiles = lc::tiles_for(lanes, lc::tile_lanes());
    work.padded.ensure(g.padded_rows() * lanes);
    work.lanes.ensure(cols * lanes);
    const float* xb = x.data() + begin * in;
    float* yb = y.data() + begin * cols;
    const std::size_t parts = threads_for(forward_flops(n), locations_);
    if (parts <= tiles.size()) {
      // By tiles: each thread packs, computes and unpacks its own lanes.
      for_tile_shares(tiles, parts, n, [&](std::span<const lc::Tile> mine, Span s, std::size_t rows) {
        lc::pack_padded(g, xb, n, mine, work.padded.data());
        lc::forward(g, work.padded.data(), mine, lanes, weight_.data(), bias, work.lanes.data(),
                    {0, locations_});
        lc::unpack_lanes(work.lanes.data() + s.first, lanes, rows, cols, yb + s.first * cols, cols);
      });
    } else {
      // Fewer tiles than threads (a small batch): by locations.
      lc::pack_padded(g, xb, n, tiles, work.padded.data());
      lc::fork_join(parts, [&](std::size_t p) {
        lc::forward(g, work.padded.data(), tiles, lanes, weight_.data(), bias, work.lanes.data(),
                    lc::share(locations_, parts, p));
      });
      lc::unpack_lanes(work.lanes.data(), lanes, n, cols, yb, cols);
    }
  }
}

void LocallyConnected2D::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  Scratch& work = scratch();
  check_input(x, "accumulate_grad");
  const lc::Geometry& g = *geometry_;
  const std::size_t batch = x.shape()[0], M = units_, L = locations_, in = input_.size();
  if (dy.shape()[0] != batch || dy.shape()[1] != M * L)
    throw ShapeError("locally_connected.accumulate_grad: dy " + shape_string(dy) +
                     " does not match the output of x " + shape_string(x));
  if (use_bias_) add_column_sums(dy.data(), batch, M * L, bias_grad_.data());
  const std::size_t cols = M * L, col_vectors = (cols + lc::kLanes - 1) / lc::kLanes;
  const std::size_t lines = g.channels * g.padded_h;  // padded rows of the image
  for (std::size_t begin = 0; begin < batch; begin += kBlockRows) {
    const std::size_t n = std::min(kBlockRows, batch - begin), lanes = lc::lanes_for(n, lc::kLanes);  // 8-lane kernel
    const lc::Tile whole[] = {{0, lanes}};  // one tile: whole lanes per row
    work.padded.ensure(g.padded_rows() * lanes);
    work.lanes.ensure(cols * lanes);
    const float* xb = x.data() + begin * in;
    const float* dyb = dy.data() + begin * cols;
    const std::size_t parts = threads_for(forward_flops(n), L);
    // Packing by padded image rows of X and by rows (whole vectors) of dY^T,
    lc::fork_join(parts, [&](std::size_t p) {
      lc::pack_padded(g, xb, n, whole, work.padded.data(), lc::share(lines, parts, p));
      const lc::Range v = lc::share(col_vectors, parts, p);
      const std::size_t j0 = v.begin * lc::kLanes, j1 = std::min(cols, v.end * lc::kLanes);
      if (j0 < j1)
        lc::pack_lanes(dyb + j0, cols, n, j1 - j0, work.lanes.data() + j0 * lanes, lanes, lanes);
    });
    // then the gradient by locations.
    lc::fork_join(parts, [&](std::size_t p) {
      lc::weight_grad(g, work.padded.data(), work.lanes.data(), lanes, weight_grad_.data(),
                      lc::share(L, parts, p));
    });
  }
}

void LocallyConnected2D::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy,
                                        Matrix& dx) {
  Scratch& work = scratch();
  check_input(x, "backward_input");
  const lc::Geometry& g = *geometry_;
  const std::size_t batch = dy.shape()[0], M = units_, L = locations_, in = input_.size();
  if (dy.shape()[1] != M * L || batch != x.shape()[0])
    throw ShapeError("locally_connected.backward_input: dy " + shape_string(dy) +
                     " does not match the output of x " + shape_string(x));
  ensure_shape(dx, batch, in);
  const std::size_t cols = M * L, R = g.padded_rows();
  for (std::size_t begin = 0; begin < batch; begin += kBlockRows) {
    const std::size_t n = std::min(kBlockRows, batch - begin), lanes = lc::lanes_for(n);
    const auto tiles = lc::tiles_for(lanes, lc::tile_lanes());
    work.lanes.ensure(cols * lanes);
    work.dpadded.ensure(R * lanes);  // dL/dX of the block, padded and tiled
    const float* dyb = dy.data() + begin * cols;
    float* dxb = dx.data() + begin * in;
    // By tiles only: the locations of a tile add into overlapping dX rows.
    const std::size_t parts = threads_for(forward_flops(n), tiles.size());
    for_tile_shares(tiles, parts, n, [&](std::span<const lc::Tile> mine, Span s, std::size_t rows) {
      lc::pack_lanes(dyb + s.first * cols, cols, rows, cols, work.lanes.data() + s.first, s.width,
                     lanes);
      std::fill_n(work.dpadded.data() + R * s.first, R * s.width, 0.0f);
      lc::input_grad(g, weight_.data(), work.lanes.data(), mine, lanes, work.dpadded.data());
      lc::unpack_padded(g, work.dpadded.data(), mine, n, dxb);
    });
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
