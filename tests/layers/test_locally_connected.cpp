#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

#include <xtensor/xmath.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/layers/locally_connected.hpp"
#include "fflab/layers/registry.hpp"
#include "support/fixtures.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

/// Explicit-loop reference of the documented layout, in double.
Matrix naive_forward(LocallyConnected2D& layer, const Matrix& x) {
  const FeatureShape in = layer.input_shape();
  const std::size_t C = in.channels, H = in.height, W = in.width, L = H * W;
  const long k = long(layer.kernel()), r = k / 2;
  const std::size_t M = layer.units_per_location(), K = layer.fan_in();
  const Matrix& w = layer.weight();
  const bool has_bias = layer.parameters().size() == 2;
  Matrix y = Matrix::from_shape({x.shape()[0], M * L});
  for (std::size_t b = 0; b < x.shape()[0]; ++b)
    for (std::size_t m = 0; m < M; ++m)
      for (std::size_t h = 0; h < H; ++h)
        for (std::size_t v = 0; v < W; ++v) {
          const std::size_t l = h * W + v;
          double s = has_bias ? layer.bias()(0, m * L + l) : 0.0;
          for (std::size_t c = 0; c < C; ++c)
            for (long i = 0; i < k; ++i)
              for (long j = 0; j < k; ++j) {
                const long hh = long(h) + i - r, ww = long(v) + j - r;
                if (hh < 0 || ww < 0 || hh >= long(H) || ww >= long(W)) continue;
                const std::size_t q = (c * std::size_t(k) + std::size_t(i)) * std::size_t(k) + std::size_t(j);
                s += double(x(b, c * L + std::size_t(hh) * W + std::size_t(ww))) *
                     double(w(l * K + q, m));
              }
          y(b, m * L + l) = float(s);
        }
  return y;
}

/// Visits every (row b, unit m, location l, input q, input feature) term of
/// the documented layout: y(b, m*L + l) gets w(l*K + q, m) * x(b, feature).
template <typename F>
void for_each_term(LocallyConnected2D& layer, std::size_t batch, F&& term) {
  const FeatureShape in = layer.input_shape();
  const std::size_t C = in.channels, H = in.height, W = in.width;
  const long k = long(layer.kernel()), r = k / 2;
  const std::size_t M = layer.units_per_location(), K = layer.fan_in();
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t m = 0; m < M; ++m)
      for (std::size_t h = 0; h < H; ++h)
        for (std::size_t v = 0; v < W; ++v)
          for (std::size_t c = 0; c < C; ++c)
            for (long i = 0; i < k; ++i)
              for (long j = 0; j < k; ++j) {
                const long hh = long(h) + i - r, ww = long(v) + j - r;
                if (hh < 0 || ww < 0 || hh >= long(H) || ww >= long(W)) continue;
                const std::size_t l = h * W + v;
                const std::size_t q = (c * std::size_t(k) + std::size_t(i)) * std::size_t(k) + std::size_t(j);
                term(b, m, l, l * K + q, c * H * W + std::size_t(hh) * W + std::size_t(ww));
              }
}

/// dL/dW for dL/dy = dy (weight [L*K, M]), in double.
Matrix naive_weight_grad(LocallyConnected2D& layer, const Matrix& x, const Matrix& dy) {
  const std::size_t L = layer.input_shape().height * layer.input_shape().width;
  std::vector<double> g(layer.weight().size(), 0.0);
  const std::size_t M = layer.units_per_location();
  for_each_term(layer, x.shape()[0], [&](std::size_t b, std::size_t m, std::size_t l,
                                         std::size_t row, std::size_t f) {
    g[row * M + m] += double(x(b, f)) * double(dy(b, m * L + l));
  });
  Matrix out = Matrix::from_shape(layer.weight().shape());
  std::copy(g.begin(), g.end(), out.begin());
  return out;
}

/// dL/dx for dL/dy = dy, in double.
Matrix naive_input_grad(LocallyConnected2D& layer, const Matrix& dy) {
  const std::size_t L = layer.input_shape().height * layer.input_shape().width;
  const std::size_t batch = dy.shape()[0], in = layer.input_shape().size();
  std::vector<double> g(batch * in, 0.0);
  const Matrix& w = layer.weight();
  for_each_term(layer, batch, [&](std::size_t b, std::size_t m, std::size_t l, std::size_t row,
                                  std::size_t f) {
    g[b * in + f] += double(w(row, m)) * double(dy(b, m * L + l));
  });
  Matrix out = Matrix::from_shape({batch, in});
  std::copy(g.begin(), g.end(), out.begin());
  return out;
}

/// The layer's weight gradient [L*K, M].
Matrix& weight_grad_of(LocallyConnected2D& layer) { return *layer.parameters()[0].grad; }

/// Same shape and the same bits.
bool same(const Matrix& a, const Matrix& b) {
  return a.shape() == b.shape() && std::equal(a.begin(), a.end(), b.begin());
}

/// Rows begin .. begin+n-1 of m.
Matrix rows_of(const Matrix& m, std::size_t begin, std::size_t n) {
  Matrix out = Matrix::from_shape({n, m.shape()[1]});
  std::copy(m.data() + begin * m.shape()[1], m.data() + (begin + n) * m.shape()[1], out.data());
  return out;
}

LocallyConnected2D make(FeatureShape in, std::size_t m, std::size_t k, bool bias = true,
                        std::uint64_t seed = 5) {
  LocallyConnected2D layer(in, m, k, bias);
  Rng rng(seed);
  layer.initialize(rng);
  if (bias)
    for (auto& v : layer.bias()) v = 0.5f * rng.normal();
  return layer;
}

}  // namespace

TEST_CASE("locally connected matches a naive reference, padding included", "[locally_connected]") {
  for (auto [shape, m, k] : {std::tuple{FeatureShape{2, 4, 5}, 2u, 3u},
                             {FeatureShape{3, 6, 6}, 3u, 5u},
                             {FeatureShape{1, 3, 2}, 1u, 5u},   // field larger than the image
                             {FeatureShape{2, 1, 7}, 2u, 3u},
                             {FeatureShape{2, 3, 3}, 4u, 1u}}) {
    for (bool bias : {true, false}) {
      auto layer = make(shape, m, k, bias);
      const Matrix x = random_matrix(3, shape.size(), 17);
      Matrix y;
      layer.forward(x, y, {});
      CHECK(layer.output_shape() == (FeatureShape{m, shape.height, shape.width}));
      const Matrix expected = naive_forward(layer, x);
      INFO(to_string(shape) << " M=" << m << " k=" << k << " bias=" << bias);
      REQUIRE(y.shape() == expected.shape());
      CHECK(xt::allclose(y, expected, 1e-5, 1e-5));
    }
  }
}

TEST_CASE("locally connected passes match naive references at odd shapes and batches",
          "[locally_connected]") {
  // Batches off the 8-lane vectors and 32-lane tiles (1, 7, 9, 37), several
  // tiles of unequal width (200) and more than one 256-row block (300);
  // kernels 1, 3, 5; channel and unit counts other than 3.
  struct Case {
    FeatureShape shape;
    std::size_t m, k, batch;
  };
  for (const Case& t : {Case{{3, 5, 6}, 3, 3, 1}, Case{{1, 4, 3}, 1, 1, 7}, Case{{2, 6, 5}, 2, 5, 9},
                        Case{{4, 3, 7}, 4, 3, 37}, Case{{3, 4, 4}, 5, 3, 200},
                        Case{{2, 5, 3}, 7, 3, 300}, Case{{5, 2, 2}, 3, 1, 13}}) {
    INFO(to_string(t.shape) << " M=" << t.m << " k=" << t.k << " batch=" << t.batch);
    auto layer = make(t.shape, t.m, t.k);
    const Matrix x = random_matrix(t.batch, t.shape.size(), 31);
    const Matrix dy = random_matrix(t.batch, t.m * t.shape.height * t.shape.width, 32);
    Matrix y, dx;
    layer.forward(x, y, {});
    CHECK(xt::allclose(y, naive_forward(layer, x), 1e-5, 1e-5));
    layer.backward_input(x, y, dy, dx);
    REQUIRE(dx.shape() == x.shape());
    CHECK(xt::allclose(dx, naive_input_grad(layer, dy), 1e-5, 1e-5));
    // accumulate_grad adds to what the grads hold.
    weight_grad_of(layer).fill(0.5f);
    layer.accumulate_grad(x, y, dy);
    Matrix dw = naive_weight_grad(layer, x, dy);
    for (auto& v : dw) v += 0.5f;
    CHECK(xt::allclose(weight_grad_of(layer), dw, 1e-4, 1e-4));
  }
}

TEST_CASE("locally connected rows do not depend on the rest of the batch", "[locally_connected]") {
  // Forward and input grad give the same bits for a row alone, in a small
  // batch and in a batch of two 256-row blocks; every pass is deterministic.
  const FeatureShape in{3, 6, 5};
  auto layer = make(in, 3, 5);
  const std::size_t big = 300, cols = 3 * 30;
  const Matrix x = random_matrix(big, in.size(), 41);
  const Matrix dy = random_matrix(big, cols, 42);
  Matrix y, dx;
  layer.forward(x, y, {});
  layer.backward_input(x, y, dy, dx);
  for (auto [begin, n] : {std::pair<std::size_t, std::size_t>{0, 1}, {5, 1}, {257, 1}, {250, 11},
                          {3, 37}}) {
    INFO("rows " << begin << " .. " << begin + n - 1);
    const Matrix xs = rows_of(x, begin, n), dys = rows_of(dy, begin, n);
    Matrix ys, dxs;
    layer.forward(xs, ys, {});
    layer.backward_input(xs, ys, dys, dxs);
    CHECK(same(ys, rows_of(y, begin, n)));
    CHECK(same(dxs, rows_of(dx, begin, n)));
  }
  Matrix y2, dx2;
  layer.forward(x, y2, {});
  layer.backward_input(x, y2, dy, dx2);
  CHECK(same(y2, y));
  CHECK(same(dx2, dx));
  layer.zero_grad();
  layer.accumulate_grad(x, y, dy);
  const Matrix g1 = weight_grad_of(layer);
  layer.zero_grad();
  layer.accumulate_grad(x, y, dy);
  CHECK(same(weight_grad_of(layer), g1));
}

TEST_CASE("locally connected gives the same bits on any thread count", "[locally_connected]") {
  // 4x16x16, k = 7, M = 4: 0.4 MFLOP per row and pass, so a block takes the
  // threaded path (at least 4 MFLOP per thread) from 20 rows on with 2
  // threads. Batch 32 is one tile (forward splits by locations, input grad
  // stays on one thread); 100 is four tiles of unequal width; 300 is a
  // 256-row block of 8 tiles plus a 44-row block of 2.
  const FeatureShape in{4, 16, 16};
  const std::size_t cols = 4 * 256;
  auto layer = make(in, 4, 7);
  struct Result {
    Matrix y, dx, dw, db;
  };
  auto passes = [&](const Matrix& x, const Matrix& dy) {
    Result r;
    layer.forward(x, r.y, {});
    layer.zero_grad();
    layer.accumulate_grad(x, r.y, dy);
    r.dw = weight_grad_of(layer);
    r.db = *layer.parameters()[1].grad;
    layer.backward_input(x, r.y, dy, r.dx);
    return r;
  };
  for (std::size_t batch : {32u, 100u, 300u}) {
    INFO("batch " << batch);
    const Matrix x = random_matrix(batch, in.size(), 51);
    const Matrix dy = random_matrix(batch, cols, 52);
    Result one;
    {
      ThreadCount t(1);
      one = passes(x, dy);
    }
    for (int n : {2, 3}) {
      ThreadCount t(n);
      if (threads() != n) continue;  // BLAS capped the count
      INFO(n << " threads");
      const Result r = passes(x, dy);
      CHECK(same(r.y, one.y));
      CHECK(same(r.dw, one.dw));
      CHECK(same(r.db, one.db));
      CHECK(same(r.dx, one.dx));
    }
  }
  // And the threaded passes agree with the naive references.
  ThreadCount t(2);
  const Matrix x = random_matrix(40, in.size(), 53), dy = random_matrix(40, cols, 54);
  const Result r = passes(x, dy);
  CHECK(xt::allclose(r.y, naive_forward(layer, x), 1e-5, 1e-5));
  CHECK(xt::allclose(r.dw, naive_weight_grad(layer, x, dy), 1e-4, 1e-4));
  CHECK(xt::allclose(r.dx, naive_input_grad(layer, dy), 1e-5, 1e-5));
}

TEST_CASE("locally connected handles an empty batch", "[locally_connected]") {
  auto layer = make({2, 4, 4}, 3, 3);
  const Matrix x = Matrix::from_shape({0, 32});
  const Matrix dy = Matrix::from_shape({0, 48});
  Matrix y, dx;
  layer.forward(x, y, {});
  CHECK(y.shape()[0] == 0);
  CHECK(y.shape()[1] == 48);
  layer.zero_grad();
  layer.accumulate_grad(x, y, dy);
  CHECK(std::all_of(weight_grad_of(layer).begin(), weight_grad_of(layer).end(),
                    [](float v) { return v == 0.0f; }));
  layer.backward_input(x, y, dy, dx);
  CHECK(dx.shape()[0] == 0);
  CHECK(dx.shape()[1] == 32);
}

TEST_CASE("locally connected gradients match finite differences", "[locally_connected][gradcheck]") {
  for (auto [shape, m, k] : {std::tuple{FeatureShape{2, 4, 5}, 2u, 3u},
                             {FeatureShape{1, 3, 2}, 2u, 5u}}) {
    auto layer = make(shape, m, k);
    const auto r = check_layer_gradients(layer, random_matrix(3, shape.size(), 23));
    INFO(to_string(shape) << " k=" << k << ": " << r.report());
    CHECK(r.ok());
    CHECK(r.blocks.size() == 3);
  }
}

TEST_CASE("locally connected weights are not shared between locations", "[locally_connected]") {
  const FeatureShape in{2, 4, 5};
  auto layer = make(in, 3, 3);
  const Matrix x = random_matrix(2, in.size(), 4);
  Matrix y0, y1;
  layer.forward(x, y0, {});
  const std::size_t L = 20, K = layer.fan_in();
  const std::size_t l = 7, m = 1, q = 4;  // centre weight of channel 0 at location (1, 2)
  layer.weight()(l * K + q, m) += 1.0f;
  layer.forward(x, y1, {});
  for (std::size_t b = 0; b < 2; ++b)
    for (std::size_t col = 0; col < 3 * L; ++col) {
      INFO("row " << b << " column " << col);
      if (col == m * L + l)
        CHECK(y1(b, col) == Approx(y0(b, col) + x(b, l)).margin(1e-5));  // + centre pixel
      else
        CHECK(y1(b, col) == y0(b, col));
    }
}

TEST_CASE("locally connected at the CIFAR-10 configuration", "[locally_connected][cifar]") {
  // 32x32x3 input, 11x11 fields, 3 units per location (Table 1 of the paper).
  Json o = {{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 11}};
  auto base = layer_registry().build(o, "/l", FeatureShape{3, 32, 32});
  auto& layer = dynamic_cast<LocallyConnected2D&>(*base);
  CHECK(layer.output_shape() == (FeatureShape{3, 32, 32}));
  CHECK(layer.fan_in() == 363);
  CHECK(layer.parameter_count() == 1024u * 363u * 3u + 3072u);
  Rng rng(1);
  layer.initialize(rng);
  for (auto& v : layer.bias()) v = 0.1f * rng.normal();
  const Matrix x = random_matrix(2, 3072, 8);
  Matrix y, dx;
  layer.forward(x, y, {});
  CHECK(xt::allclose(y, naive_forward(layer, x), 1e-4, 1e-4));
  layer.zero_grad();
  layer.accumulate_grad(x, y, y);
  layer.backward_input(x, y, y, dx);
  CHECK(xt::all(xt::isfinite(dx)));
  CHECK(dx.shape()[1] == 3072);
}

TEST_CASE("locally connected rejects even kernels and wrong inputs", "[locally_connected]") {
  Json even = {{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 4}};
  CHECK_THROWS_AS(layer_registry().build(even, "/l", FeatureShape{3, 8, 8}), ConfigError);
  Json missing = {{"type", "locally_connected"}, {"kernel", 3}};
  CHECK_THROWS_WITH(layer_registry().build(missing, "/l", FeatureShape{3, 8, 8}),
                    Catch::Contains("/l/units_per_location"));
  auto layer = make({2, 4, 4}, 1, 3);
  Matrix y;
  CHECK_THROWS_AS(layer.forward(Matrix::from_shape({2, 31}), y, {}), ShapeError);
}

TEST_CASE("locally connected from a manifest needs an image and a kernel within the map", "[locally_connected]") {
  auto error_of = [](Json spec, FeatureShape input) {
    try {
      build_layer(spec, "/network/layers/0", input);
    } catch (const ConfigError& e) {
      return e.pointer() + " | " + e.what();
    }
    return std::string("no error");
  };
  const Json lc = {{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 41}};
  CHECK(error_of(lc, FeatureShape::flat(20)) ==
        "/network/layers/0 | /network/layers/0: locally_connected needs an image input (C x H x W), got 20 flat "
        "features");
  CHECK(error_of(lc, FeatureShape{1, 28, 28}) ==
        "/network/layers/0/kernel | /network/layers/0/kernel: kernel 41 is larger than the 28 x 28 map: use an "
        "odd size of at most 27");
  Json wide = lc;
  wide["kernel"] = 7;
  CHECK_THAT(error_of(wide, FeatureShape{2, 5, 9}), Catch::Contains("kernel 7 is larger than the 5 x 9 map") &&
                                                         Catch::Contains("at most 5"));
  // The largest kernel that fits, and the CIFAR-10 one.
  Json fits = lc;
  fits["kernel"] = 27;
  CHECK(build_layer(fits, "/l", FeatureShape{1, 28, 28})->output_shape() == (FeatureShape{3, 28, 28}));
  fits["kernel"] = 11;
  CHECK(build_layer(fits, "/l", FeatureShape{3, 32, 32})->output_shape() == (FeatureShape{3, 32, 32}));
}

TEST_CASE("locally connected refuses weights beyond the layer budget before allocating", "[locally_connected]") {
  // 65536 units x 3x64x64 inputs x 31 x 31 fields: 7.7e11 floats.
  Json huge = {{"type", "locally_connected"}, {"units_per_location", 65536}, {"kernel", 31}};
  try {
    build_layer(huge, "/network/layers/2", FeatureShape{3, 64, 64});
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/network/layers/2/units_per_location");
    CHECK_THAT(e.what(), Catch::Contains("65536 units per location with kernel 31 on a 3x64x64 input need") &&
                             Catch::Contains("GiB of weights, more than the 8 GiB") &&
                             Catch::Contains("use fewer units per location or a smaller kernel"));
  }
  Json kernel = {{"type", "locally_connected"}, {"units_per_location", 3},
                 {"kernel", Json::parse("4294967299")}};
  CHECK_THROWS_WITH(build_layer(kernel, "/network/layers/0", FeatureShape{1, 28, 28}),
                    "/network/layers/0/kernel: value 4294967299 is out of range: must be >= 1 and <= 255");
}

// Hidden (run with: test_layers "[.bench]"): speed at the paper's CIFAR configuration.
TEST_CASE("locally connected speed at the CIFAR-10 configuration", "[.bench]") {
  LocallyConnected2D layer({3, 32, 32}, 3, 11);
  Rng rng(1);
  layer.initialize(rng);
  const std::size_t batch = 100;
  const Matrix x = random_matrix(batch, 3072, 2);
  const Matrix dy = random_matrix(batch, 3072, 3);
  Matrix y, dx;
  auto time_ms = [](auto&& f) {
    f();  // warm up
    const int reps = 10;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < reps; ++i) f();
    const auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(t1 - t0).count() / reps;
  };
  const double fwd = time_ms([&] { layer.forward(x, y, {}); });
  const double wgrad = time_ms([&] { layer.accumulate_grad(x, y, dy); });
  const double bwd = time_ms([&] { layer.backward_input(x, y, dy, dx); });
  const double gflop = layer.forward_flops(batch) * 1e-9;
  WARN("locally_connected 3x32x32, k=11, M=3, batch " << batch << ", BLAS threads " << threads()
       << ": forward " << fwd << " ms (" << gflop / (fwd * 1e-3) << " GFLOP/s), weight grad "
       << wgrad << " ms (" << gflop / (wgrad * 1e-3) << " GFLOP/s), input grad " << bwd
       << " ms (" << gflop / (bwd * 1e-3) << " GFLOP/s); " << gflop << " GFLOP per pass");
}

namespace {

/// Keeps the layer's kernels on AVX2 while it lives.
struct KernelsLimitedToAvx2 {
  KernelsLimitedToAvx2() { limit_locally_connected_kernels_to_avx2(true); }
  ~KernelsLimitedToAvx2() { limit_locally_connected_kernels_to_avx2(false); }
  KernelsLimitedToAvx2(const KernelsLimitedToAvx2&) = delete;
  KernelsLimitedToAvx2& operator=(const KernelsLimitedToAvx2&) = delete;
};

}  // namespace

TEST_CASE("locally connected AVX-512 and AVX2 kernels agree", "[locally_connected]") {
  // On an AVX-512 CPU the default kernels take 16 lanes and two neighbouring
  // locations at a time (one at a row's odd end, at a share's edge, or when
  // M > 3); limited to AVX2 they take 8 lanes and one location (the weight
  // gradient runs the 8-lane kernel either way). All three must give the
  // same bits and match the naive references. Odd widths,
  // M above 3, batches that are not whole vectors and two threads (shares
  // that split a row of locations) are among the cases.
  const std::string wide = locally_connected_kernels();
  if (wide != "avx512") {
    WARN("this CPU has no AVX-512F (kernels: " << wide << "): nothing to compare");
    return;
  }
  struct Case {
    FeatureShape shape;
    std::size_t m, k, batch;
  };
  for (const Case& t : {Case{{3, 5, 6}, 3, 3, 1}, Case{{2, 6, 5}, 2, 5, 9}, Case{{4, 3, 7}, 4, 3, 37},
                        Case{{3, 8, 8}, 3, 5, 100}, Case{{3, 4, 4}, 5, 3, 200},
                        Case{{2, 5, 3}, 7, 3, 300}, Case{{3, 9, 9}, 3, 7, 70}}) {
    INFO(to_string(t.shape) << " M=" << t.m << " k=" << t.k << " batch=" << t.batch);
    auto layer = make(t.shape, t.m, t.k);
    const Matrix x = random_matrix(t.batch, t.shape.size(), 61);
    const Matrix dy = random_matrix(t.batch, t.m * t.shape.height * t.shape.width, 62);
    auto passes = [&](Matrix& y, Matrix& dx, Matrix& dw) {
      layer.forward(x, y, {});
      layer.backward_input(x, y, dy, dx);
      layer.zero_grad();
      layer.accumulate_grad(x, y, dy);
      dw = weight_grad_of(layer);
    };
    Matrix y16, dx16, dw16, y8, dx8, dw8;
    passes(y16, dx16, dw16);
    {
      KernelsLimitedToAvx2 limit;
      REQUIRE(locally_connected_kernels() == "avx2");
      passes(y8, dx8, dw8);
    }
    REQUIRE(locally_connected_kernels() == "avx512");
    CHECK(same(y16, y8));
    CHECK(same(dx16, dx8));
    CHECK(same(dw16, dw8));
    CHECK(xt::allclose(y8, naive_forward(layer, x), 1e-5, 1e-5));
    CHECK(xt::allclose(dx8, naive_input_grad(layer, dy), 1e-5, 1e-5));
    CHECK(xt::allclose(dw8, naive_weight_grad(layer, x, dy), 1e-4, 1e-4));
    CHECK(xt::allclose(dw16, naive_weight_grad(layer, x, dy), 1e-4, 1e-4));
  }
}
