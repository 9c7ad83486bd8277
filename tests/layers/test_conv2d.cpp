#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/layers/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

struct ConvCase {
  std::size_t channels, height, width, out_channels, kernel, stride, padding, groups;
  bool bias;
};

std::string describe(const ConvCase& c) {
  return std::to_string(c.channels) + "x" + std::to_string(c.height) + "x" + std::to_string(c.width) + " -> " +
         std::to_string(c.out_channels) + " k" + std::to_string(c.kernel) + " s" + std::to_string(c.stride) + " p" +
         std::to_string(c.padding) + " g" + std::to_string(c.groups) + (c.bias ? " bias" : "");
}

/// Odd and even kernels, stride 2, padding, groups 2 and 3, non-square maps.
const ConvCase kCases[] = {
    {3, 7, 5, 4, 3, 1, 1, 1, true},  {4, 6, 9, 6, 2, 2, 1, 2, true},  {6, 5, 8, 9, 4, 1, 2, 3, false},
    {3, 8, 7, 3, 5, 2, 0, 3, true},  {2, 9, 4, 5, 1, 1, 0, 1, true},  {6, 7, 6, 6, 3, 2, 1, 3, true},
    {4, 6, 9, 6, 5, 1, 2, 2, true},  // stride 1, same size out: im2col's shifted-map copies
};

Conv2D make_layer(const ConvCase& c, std::uint64_t seed) {
  Conv2D layer({c.channels, c.height, c.width}, c.out_channels, c.kernel, c.stride, c.padding, c.groups, c.bias,
               "normal_fan_in");
  Rng rng(seed);
  layer.initialize(rng);
  if (c.bias)
    for (auto& v : layer.bias()) v = rng.normal();
  return layer;
}

/// Calls term(b, m, oh, ow, weight column, input feature) for every product of
/// the documented definition (pixels inside the map only).
template <class F>
void for_each_term(const ConvCase& c, std::size_t batch, F&& term) {
  const std::size_t OH = (c.height + 2 * c.padding - c.kernel) / c.stride + 1;
  const std::size_t OW = (c.width + 2 * c.padding - c.kernel) / c.stride + 1;
  const std::size_t Cg = c.channels / c.groups, Mg = c.out_channels / c.groups, k = c.kernel;
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t m = 0; m < c.out_channels; ++m)
      for (std::size_t oh = 0; oh < OH; ++oh)
        for (std::size_t ow = 0; ow < OW; ++ow)
          for (std::size_t cc = 0; cc < Cg; ++cc)
            for (std::size_t i = 0; i < k; ++i)
              for (std::size_t j = 0; j < k; ++j) {
                const long h = long(oh * c.stride + i) - long(c.padding);
                const long w = long(ow * c.stride + j) - long(c.padding);
                if (h < 0 || w < 0 || h >= long(c.height) || w >= long(c.width)) continue;
                const std::size_t channel = (m / Mg) * Cg + cc;
                term(b, m, (m * OH + oh) * OW + ow, (cc * k + i) * k + j,
                     (channel * c.height + std::size_t(h)) * c.width + std::size_t(w));
              }
}

Matrix naive_forward(const ConvCase& c, Conv2D& layer, const Matrix& x) {
  const std::size_t batch = x.shape()[0], out = layer.output_shape().size();
  const std::size_t L = out / c.out_channels;
  std::vector<double> y(batch * out, 0.0);
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t o = 0; o < out; ++o) y[b * out + o] = c.bias ? layer.bias()(0, o / L) : 0.0;
  for_each_term(c, batch, [&](std::size_t b, std::size_t m, std::size_t o, std::size_t q, std::size_t f) {
    y[b * out + o] += double(layer.weight()(m, q)) * double(x(b, f));
  });
  Matrix r = Matrix::from_shape({batch, out});
  for (std::size_t i = 0; i < y.size(); ++i) r.data()[i] = float(y[i]);
  return r;
}

double max_abs_difference(const Matrix& a, const Matrix& b) {
  REQUIRE(a.shape() == b.shape());
  double worst = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(double(a.data()[i]) - b.data()[i]));
  return worst;
}

/// Forward, weight, bias and input gradients of `layer` against the naive
/// loops over the definition, at a random x and dy.
void check_against_naive(const ConvCase& c, std::size_t batch, std::uint64_t seed, const Matrix* given_x = nullptr) {
  INFO(describe(c) << ", batch " << batch);
  Conv2D layer = make_layer(c, seed);
  const FeatureShape out_shape = layer.output_shape();
  REQUIRE(out_shape.height == (c.height + 2 * c.padding - c.kernel) / c.stride + 1);
  REQUIRE(out_shape.width == (c.width + 2 * c.padding - c.kernel) / c.stride + 1);
  const Matrix x = given_x ? *given_x : random_matrix(batch, c.channels * c.height * c.width, seed + 1);
  Matrix y;
  layer.forward(x, y, {});
  CHECK(max_abs_difference(y, naive_forward(c, layer, x)) < 1e-4);

  const Matrix dy = random_matrix(batch, out_shape.size(), seed + 2);
  Matrix dw = Matrix::from_shape(layer.weight().shape()), dx = Matrix::from_shape(x.shape());
  std::vector<double> dw_sum(dw.size(), 0.0);  // a weight's sum runs over batch x locations terms
  dx.fill(0.0f);
  const std::size_t weight_columns = dw.shape()[1];
  for_each_term(c, batch, [&](std::size_t b, std::size_t m, std::size_t o, std::size_t q, std::size_t f) {
    dw_sum[m * weight_columns + q] += double(dy(b, o)) * double(x(b, f));
    dx(b, f) += dy(b, o) * layer.weight()(m, q);
  });
  for (std::size_t i = 0; i < dw.size(); ++i) dw.data()[i] = float(dw_sum[i]);
  layer.zero_grad();
  layer.accumulate_grad(x, y, dy);
  auto params = layer.parameters();
  CHECK(max_abs_difference(*params[0].grad, dw) < 1e-3);
  if (c.bias) {
    const std::size_t L = out_shape.height * out_shape.width;
    std::vector<double> db_sum(c.out_channels, 0.0);
    for (std::size_t b = 0; b < batch; ++b)
      for (std::size_t o = 0; o < out_shape.size(); ++o) db_sum[o / L] += dy(b, o);
    Matrix db = Matrix::from_shape({1, c.out_channels});
    for (std::size_t m = 0; m < c.out_channels; ++m) db(0, m) = float(db_sum[m]);
    CHECK(max_abs_difference(*params[1].grad, db) < 1e-3);
  }
  Matrix got;
  layer.backward_input(x, y, dy, got);
  CHECK(max_abs_difference(got, dx) < 1e-4);
}

}  // namespace

TEST_CASE("conv2d forward and gradients match naive loops at odd shapes", "[conv2d]") {
  std::uint64_t seed = 10;
  for (const ConvCase& c : kCases) check_against_naive(c, 3, seed += 10);
}

TEST_CASE("conv2d splits a big batch into chunks without changing the results", "[conv2d]") {
  // Maps of under 64 locations take chunks of rows. 16 x 7 x 7, k 5, padding
  // 2: a row's columns are 16 * 25 * 49 = 19,600 floats, so a chunk of the
  // 2^21-float workspace holds 106 rows and a batch of 250 takes three chunks.
  const ConvCase big{16, 7, 7, 4, 5, 1, 2, 1, true};
  CHECK_FALSE(make_layer(big, 1).products_per_row());
  CHECK(make_layer(big, 1).chunk_rows(250) == 106);
  check_against_naive(big, 250, 7);
  // Groups 2: one group's columns of a row are 9,800 floats, so a grouped
  // layer's 2^18-float chunks hold 26 rows: 60 rows take 26, 26, 8 per group.
  const ConvCase grouped{16, 7, 7, 4, 5, 1, 2, 2, true};
  CHECK(make_layer(grouped, 1).chunk_rows(60) == 26);
  check_against_naive(grouped, 60, 8);
  // 8 x 6 x 6 -> 12, k 3, groups 4: a group's columns of a row are 2 * 9 *
  // 36 = 648 floats, 404 rows a chunk: a batch of 900 takes 404, 404, 92.
  const ConvCase small_groups{8, 6, 6, 12, 3, 1, 1, 4, true};
  CHECK(make_layer(small_groups, 1).chunk_rows(900) == 404);
  check_against_naive(small_groups, 900, 9);
}

TEST_CASE("conv2d runs a row's products at a time on maps of 64 locations or more", "[conv2d]") {
  // 16 x 32 x 32 -> 4, k 5, padding 2 (1,024 locations); grouped; stride 2
  // onto 10 x 10; an even kernel onto 8 x 8 = 64 locations. Batches of 11
  // rows cut into 4 uneven weight-gradient slices (2, 3, 3, 3), and fewer
  // rows than slices.
  const ConvCase cases[] = {{16, 32, 32, 4, 5, 1, 2, 1, true},
                            {16, 32, 32, 4, 5, 1, 2, 2, true},
                            {3, 20, 19, 6, 3, 2, 1, 3, false},
                            {4, 9, 9, 6, 2, 1, 0, 2, true}};
  std::uint64_t seed = 40;
  for (const ConvCase& c : cases) {
    CHECK(make_layer(c, 1).products_per_row());
    CHECK(make_layer(c, 1).gradient_slices(11) == 4);
    CHECK(make_layer(c, 1).gradient_slices(3) == 3);
    check_against_naive(c, 11, seed += 10);
    check_against_naive(c, 3, seed += 10);
  }
  allow_conv2d_row_products(false);  // the bench's comparison: chunks on the same maps
  CHECK_FALSE(make_layer(cases[0], 1).products_per_row());
  check_against_naive(cases[1], 11, 99);
  allow_conv2d_row_products(true);
}

TEST_CASE("conv2d whose window covers the whole unpadded map multiplies the rows themselves", "[conv2d]") {
  // LeNet-5's C5 (16 x 5 x 5 -> 120 x 1 x 1), an even kernel at stride 2, a
  // 1 x 1 kernel on a 1 x 1 map, no bias: each row is its one column. Groups,
  // padding or a smaller kernel keep the unfolding.
  const ConvCase on_rows[] = {{16, 5, 5, 12, 5, 1, 0, 1, true},
                              {3, 4, 4, 6, 4, 2, 0, 1, false},
                              {7, 1, 1, 5, 1, 1, 0, 1, true}};
  std::uint64_t seed = 70;
  for (const ConvCase& c : on_rows) {
    CHECK(make_layer(c, 1).products_on_rows());
    check_against_naive(c, 7, seed += 10);
    check_against_naive(c, 1, seed += 10);
  }
  CHECK_FALSE(make_layer({4, 5, 5, 6, 5, 1, 0, 2, true}, 1).products_on_rows());
  CHECK_FALSE(make_layer({4, 5, 5, 6, 5, 1, 1, 1, true}, 1).products_on_rows());
  CHECK_FALSE(make_layer({4, 5, 5, 6, 3, 1, 0, 1, true}, 1).products_on_rows());
  // An empty batch: nothing to compute, and a written gradient is zero.
  Conv2D layer = make_layer(on_rows[0], 3);
  const Matrix none = Matrix::from_shape({0, 16 * 5 * 5}), no_dy = Matrix::from_shape({0, 12});
  Matrix y, dx;
  layer.forward(none, y, {});
  CHECK(y.shape()[0] == 0);
  layer.parameters()[0].grad->fill(1.0f);
  layer.write_grad(none, y, no_dy);
  CHECK(std::all_of(layer.parameters()[0].grad->begin(), layer.parameters()[0].grad->end(),
                    [](float v) { return v == 0.0f; }));
  layer.backward_input(none, y, no_dy, dx);
  CHECK(dx.shape()[0] == 0);
}

/// Random rows whose channels in `constant` hold one value over each row's map
/// (a different value per row, 0 in every third row: FF's label channels).
Matrix rows_with_constant_channels(const ConvCase& c, std::size_t batch, const std::vector<std::size_t>& constant,
                                   std::uint64_t seed) {
  Matrix x = random_matrix(batch, c.channels * c.height * c.width, seed);
  const std::size_t HW = c.height * c.width;
  for (std::size_t s = 0; s < batch; ++s)
    for (std::size_t ch : constant) {
      const float v = s % 3 == 0 ? 0.0f : x(s, ch * HW);
      std::fill_n(x.data() + s * x.shape()[1] + ch * HW, HW, v);
    }
  return x;
}

TEST_CASE("conv2d adds channels constant over each row's map as fixed maps and matches the naive loops",
          "[conv2d]") {
  // Constant channels first (FF's label channels), last, on both sides, in
  // the middle (not one varying range: the general products), every channel
  // but one; stride 2, an even kernel, no and wide padding.
  struct Case {
    ConvCase conv;
    std::vector<std::size_t> constant;
  };
  const Case cases[] = {{{5, 12, 12, 4, 5, 1, 2, 1, true}, {0, 1, 2}},
                        {{5, 12, 12, 4, 5, 1, 2, 1, false}, {3, 4}},
                        {{5, 20, 17, 3, 3, 2, 1, 1, true}, {0, 4}},
                        {{4, 9, 9, 6, 2, 1, 0, 1, true}, {0, 1, 2}},
                        {{5, 12, 12, 4, 5, 1, 4, 1, true}, {1, 3}},
                        {{3, 12, 12, 2, 3, 1, 1, 1, true}, {0}}};
  std::uint64_t seed = 70;
  for (const Case& k : cases) {
    INFO("constant channels " << k.constant.size() << " from " << k.constant.front());
    REQUIRE(make_layer(k.conv, 1).products_per_row());
    for (std::size_t batch : {std::size_t{1}, std::size_t{7}}) {
      const Matrix x = rows_with_constant_channels(k.conv, batch, k.constant, seed += 10);
      check_against_naive(k.conv, batch, seed, &x);
    }
  }
}

TEST_CASE("conv2d unfolds a channel that differs from constant in one pixel anywhere in its map", "[conv2d]") {
  // 12 x 12 maps: 144 floats, read in blocks of 64 then a tail of 16; the odd
  // pixel in the first block, at a block's edges, in the tail, the last one.
  const ConvCase c{5, 12, 12, 4, 5, 1, 2, 1, true};
  std::uint64_t seed = 500;
  for (std::size_t pixel : {std::size_t{1}, std::size_t{5}, std::size_t{63}, std::size_t{64}, std::size_t{127},
                            std::size_t{128}, std::size_t{143}}) {
    INFO("odd pixel " << pixel);
    Matrix x = rows_with_constant_channels(c, 4, {0, 1, 2}, seed += 10);
    x(2, 144 + pixel) += 0.5f;  // row 2, channel 1
    check_against_naive(c, 4, seed, &x);
  }
}

TEST_CASE("conv2d's per-row passes give the same bits on 1 and 2 threads", "[conv2d][parallel_for]") {
  const ConvCase grouped{6, 12, 12, 8, 3, 1, 1, 2, true}, ungrouped{6, 12, 12, 8, 3, 1, 1, 1, true};
  for (const ConvCase& c : {grouped, ungrouped}) {
    INFO(describe(c));
    // Ungrouped: channels 0-2 constant over each row's map, the fixed-map path.
    const Matrix x =
        c.groups == 1 ? rows_with_constant_channels(c, 13, {0, 1, 2}, 3) : random_matrix(13, 6 * 12 * 12, 3);
    const Matrix dy = random_matrix(13, 8 * 12 * 12, 4);
    std::vector<Matrix> outputs;
    for (int n : {1, 2}) {
      set_threads(n);
      Conv2D layer = make_layer(c, 2);
      REQUIRE(layer.products_per_row());
      Matrix y, dx;
      layer.forward(x, y, {});
      layer.zero_grad();
      layer.accumulate_grad(x, y, dy);
      layer.accumulate_grad(x, y, dy);  // the second adds to the first
      layer.backward_input(x, y, dy, dx);
      outputs.insert(outputs.end(), {y, *layer.parameters()[0].grad, *layer.parameters()[1].grad, dx});
    }
    set_threads(2);
    for (std::size_t i = 0; i < 4; ++i) {
      INFO("output " << i);
      REQUIRE(outputs[i].shape() == outputs[i + 4].shape());
      CHECK(std::equal(outputs[i].begin(), outputs[i].end(), outputs[i + 4].begin()));
    }
  }
}

TEST_CASE("conv2d gradients match finite differences", "[conv2d]") {
  for (const ConvCase& c : {kCases[1], kCases[2], kCases[5]}) {
    INFO(describe(c));
    Conv2D layer = make_layer(c, 3);
    const Matrix x = random_matrix(3, c.channels * c.height * c.width, 4);
    const GradCheckResult r = check_layer_gradients(layer, x);
    INFO(r.report());
    CHECK(r.ok());
  }
}

TEST_CASE("conv2d initialisers scale with the group's fan-in", "[conv2d]") {
  // 8 -> 16 channels, k 3, groups 2: fan_in = 4*9 = 36.
  for (const auto& [init, variance] : {std::pair<std::string, double>{"he", 2.0 / 36}, {"normal_fan_in", 1.0 / 36},
                                       {"glorot", 2.0 / (36 + 72)}}) {
    INFO(init);
    Conv2D layer({8, 10, 10}, 16, 3, 1, 1, 2, true, init);
    Rng rng(5);
    layer.initialize(rng);
    double squares = 0.0;
    for (float v : layer.weight()) squares += double(v) * v;
    const double measured = squares / double(layer.weight().size());
    CHECK(layer.weight().shape()[1] == 36);
    CHECK(measured == Approx(variance).epsilon(0.2));
  }
}

namespace {
std::string error_of(Json spec, FeatureShape input, std::string* pointer) {
  try {
    build_layer(spec, "/network/layers/0", input);
  } catch (const ConfigError& e) {
    *pointer = e.pointer();
    return e.message();
  }
  return "no error";
}
}  // namespace

TEST_CASE("conv2d manifest errors name the key and the fix", "[conv2d][registry]") {
  std::string pointer;
  std::string m = error_of({{"type", "conv2d"}, {"channels", 6}, {"kernel", 3}, {"groups", 4}}, {6, 8, 8}, &pointer);
  CHECK(pointer == "/network/layers/0/groups");
  CHECK(m == "groups 4 must divide both the 6 input channels and the 6 output channels: use a common divisor");
  m = error_of({{"type", "conv2d"}, {"channels", 9}, {"kernel", 3}, {"groups", 3}}, {4, 8, 8}, &pointer);
  CHECK(pointer == "/network/layers/0/groups");
  m = error_of({{"type", "conv2d"}, {"channels", 4}, {"kernel", 8}, {"padding", 1}}, {1, 5, 9}, &pointer);
  CHECK(pointer == "/network/layers/0/kernel");
  CHECK(m == "kernel 8 is larger than the 7 x 11 padded map (1x5x9 input, padding 1): use a kernel of at most 7 "
             "or more padding");
  m = error_of({{"type", "conv2d"}, {"channels", 4}, {"kernel", 5}}, FeatureShape::flat(784), &pointer);
  CHECK(pointer == "/network/layers/0/kernel");
  CHECK(m == "kernel 5 is larger than the 1 x 1 padded map (784 input, padding 0): use a kernel of at most 1 or "
             "more padding (the input is flat features, not an image)");
  m = error_of({{"type", "conv2d"}, {"channels", 4}, {"kernel", 3}, {"stride", 0}}, {1, 5, 9}, &pointer);
  CHECK(pointer == "/network/layers/0/stride");
  m = error_of({{"type", "conv2d"}, {"channel", 4}, {"kernel", 3}}, {1, 5, 9}, &pointer);
  CHECK(pointer.rfind("/network/layers/0/", 0) == 0);
  CHECK(m.find("channels") != std::string::npos);
  // A fitting layer builds, with the output shape of the definition.
  Json ok = {{"type", "conv2d"}, {"channels", 6}, {"kernel", 4}, {"stride", 2}, {"padding", 1}, {"groups", 3}};
  auto layer = build_layer(ok, "/network/layers/0", {3, 9, 8});
  CHECK(layer->output_shape() == FeatureShape{6, 4, 4});
}
