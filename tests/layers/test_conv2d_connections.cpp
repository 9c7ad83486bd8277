// conv2d with a connection table ("connections"): output channel m sums over
// its listed input channels only. Forward and gradients against naive loops
// over the listed channels, unconnected weights held at 0 (initialiser and
// gradient), a stand-in weight masked likewise, per-row fan-in, the table in
// options(), and manifest errors that name the entry.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

using Table = std::vector<std::vector<std::size_t>>;

/// LeNet-5's C3 table (LeCun et al. 1998, Table I): the S2 maps each C3 map sees.
const Table kLeNetC3 = {{0, 1, 2}, {1, 2, 3}, {2, 3, 4}, {3, 4, 5}, {4, 5, 0}, {5, 0, 1},
                        {0, 1, 2, 3}, {1, 2, 3, 4}, {2, 3, 4, 5}, {3, 4, 5, 0}, {4, 5, 0, 1}, {5, 0, 1, 2},
                        {0, 1, 3, 4}, {1, 2, 4, 5}, {0, 2, 3, 5}, {0, 1, 2, 3, 4, 5}};

struct Geometry {
  std::size_t channels, height, width, kernel, stride, padding;
  std::size_t out_h() const { return (height + 2 * padding - kernel) / stride + 1; }
  std::size_t out_w() const { return (width + 2 * padding - kernel) / stride + 1; }
};

/// Calls term(b, m, output index, weight column, input index) for the products
/// of the listed channels only.
template <class F>
void for_each_connected_term(const Geometry& g, const Table& table, std::size_t batch, F&& term) {
  const std::size_t k = g.kernel, OH = g.out_h(), OW = g.out_w();
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t m = 0; m < table.size(); ++m)
      for (std::size_t c : table[m])
        for (std::size_t oh = 0; oh < OH; ++oh)
          for (std::size_t ow = 0; ow < OW; ++ow)
            for (std::size_t i = 0; i < k; ++i)
              for (std::size_t j = 0; j < k; ++j) {
                const long h = long(oh * g.stride + i) - long(g.padding);
                const long w = long(ow * g.stride + j) - long(g.padding);
                if (h < 0 || w < 0 || h >= long(g.height) || w >= long(g.width)) continue;
                term(b, m, (m * OH + oh) * OW + ow, (c * k + i) * k + j,
                     (c * g.height + std::size_t(h)) * g.width + std::size_t(w));
              }
}

double max_abs_difference(const Matrix& a, const Matrix& b) {
  REQUIRE(a.shape() == b.shape());
  double worst = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(double(a.data()[i]) - b.data()[i]));
  return worst;
}

bool connected(const Table& table, std::size_t m, std::size_t column, std::size_t kk) {
  for (std::size_t c : table[m])
    if (column / kk == c) return true;
  return false;
}

void check_table(const Geometry& g, const Table& table, std::uint64_t seed) {
  const std::size_t batch = 3, M = table.size(), kk = g.kernel * g.kernel;
  Conv2D layer({g.channels, g.height, g.width}, M, g.kernel, g.stride, g.padding, 1, true, "normal_fan_in", table);
  Rng rng(seed);
  layer.initialize(rng);
  for (auto& v : layer.bias()) v = rng.normal();
  for (std::size_t m = 0; m < M; ++m)
    for (std::size_t q = 0; q < layer.weight().shape()[1]; ++q)
      if (!connected(table, m, q, kk)) REQUIRE(layer.weight()(m, q) == 0.0f);

  const Matrix x = random_matrix(batch, g.channels * g.height * g.width, seed + 1);
  Matrix y;
  layer.forward(x, y, {});
  const std::size_t out = layer.output_shape().size(), L = out / M;
  Matrix expected_y = Matrix::from_shape({batch, out});
  for (std::size_t b = 0; b < batch; ++b)
    for (std::size_t o = 0; o < out; ++o) expected_y(b, o) = layer.bias()(0, o / L);
  const Matrix dy = random_matrix(batch, out, seed + 2);
  Matrix dw = Matrix::from_shape(layer.weight().shape()), dx = Matrix::from_shape(x.shape());
  dw.fill(0.0f);
  dx.fill(0.0f);
  for_each_connected_term(g, table, batch, [&](std::size_t b, std::size_t m, std::size_t o, std::size_t q, std::size_t f) {
    expected_y(b, o) += layer.weight()(m, q) * x(b, f);
    dw(m, q) += dy(b, o) * x(b, f);
    dx(b, f) += dy(b, o) * layer.weight()(m, q);
  });
  CHECK(max_abs_difference(y, expected_y) < 1e-4);
  layer.zero_grad();
  layer.accumulate_grad(x, y, dy);
  CHECK(max_abs_difference(*layer.parameters()[0].grad, dw) < 1e-3);  // exactly 0 where unconnected
  layer.write_grad(x, y, dy);
  CHECK(max_abs_difference(*layer.parameters()[0].grad, dw) < 1e-3);
  Matrix got;
  layer.backward_input(x, y, dy, got);
  CHECK(max_abs_difference(got, dx) < 1e-4);
}

}  // namespace

TEST_CASE("conv2d with a connection table matches naive loops over the listed channels", "[conv2d][connections]") {
  check_table({6, 9, 8, 3, 1, 1}, {{0, 2}, {1}, {5, 4, 3}, {0, 1, 2, 3, 4, 5}}, 11);
  check_table({6, 14, 14, 5, 1, 0}, kLeNetC3, 21);  // LeNet-5's C3 on S2's 6 x 14 x 14
  check_table({3, 7, 6, 2, 2, 1}, {{2}, {0, 1}, {1, 2}}, 31);
  check_table({4, 5, 5, 5, 1, 0}, {{0, 3}, {1}, {2, 1, 0}}, 41);  // a whole-map window: products on the rows
}

TEST_CASE("conv2d masks a stand-in weight with its connection table", "[conv2d][connections]") {
  const Table table = {{0}, {1, 2}, {0, 2}};
  Conv2D layer({3, 6, 6}, 3, 3, 1, 1, 1, true, "he", table);
  Conv2D twin({3, 6, 6}, 3, 3, 1, 1, 1, true, "he", table);
  Rng rng(4);
  layer.initialize(rng);
  const Matrix stand_in = random_matrix(3, 27, 5);
  Matrix masked = stand_in;
  for (std::size_t m = 0; m < 3; ++m)
    for (std::size_t q = 0; q < 27; ++q)
      if (!connected(table, m, q, 9)) masked(m, q) = 0.0f;
  twin.weight() = masked;
  const Matrix x = random_matrix(2, 108, 6), dy = random_matrix(2, 108, 7);
  Matrix y, dx, expected;
  layer.forward(x, y, {});
  layer.backward_input_through(stand_in, x, dy, dx);
  twin.backward_input(x, y, dy, expected);
  CHECK(max_abs_difference(dx, expected) < 1e-5);
}

TEST_CASE("conv2d with a connection table initialises each row by its own fan-in", "[conv2d][connections]") {
  Conv2D layer({6, 14, 14}, 16, 5, 1, 0, 1, true, "normal_fan_in", kLeNetC3);
  Rng rng(8);
  layer.initialize(rng);
  // Rows 0-5 see 3 maps (fan_in 75), rows 6-14 four (100): N(0, 1/fan_in) over the connected entries.
  for (const auto& [first, last, fan_in] : {std::tuple{0, 6, 75.0}, std::tuple{6, 15, 100.0}}) {
    double squares = 0.0;
    std::size_t n = 0;
    for (int m = first; m < last; ++m)
      for (std::size_t q = 0; q < 150; ++q)
        if (connected(kLeNetC3, m, q, 25)) {
          squares += double(layer.weight()(m, q)) * layer.weight()(m, q);
          ++n;
        }
    INFO("rows " << first << ".." << last - 1);
    CHECK(n == std::size_t(fan_in) * std::size_t(last - first));
    CHECK(squares / double(n) == Approx(1.0 / fan_in).epsilon(0.15));
  }
}

TEST_CASE("conv2d keeps its connection table in options and rebuilds from them", "[conv2d][connections]") {
  Json spec = {{"type", "conv2d"}, {"channels", 2}, {"kernel", 3}, {"connections", {{1}, {0, 1}}}};
  auto layer = build_layer(spec, "/network/layers/0", {2, 5, 5});
  const Json options = layer->options();
  CHECK(options.at("connections") == Json({{1}, {0, 1}}));
  Json again = options;
  auto twin = build_layer(again, "/network/layers/0", {2, 5, 5});
  CHECK(dynamic_cast<Conv2D&>(*twin).connections() == Table{{1}, {0, 1}});
  Json plain = {{"type", "conv2d"}, {"channels", 2}, {"kernel", 3}};
  CHECK(build_layer(plain, "/l", {2, 5, 5})->options().at("connections").is_null());
}

TEST_CASE("conv2d connection table errors name the entry and the fix", "[conv2d][connections][registry]") {
  auto error_of = [](Json table, std::size_t groups, std::string* pointer) {
    Json spec = {{"type", "conv2d"}, {"channels", 2}, {"kernel", 3}, {"groups", groups}, {"connections", table}};
    try {
      build_layer(spec, "/network/layers/1", {4, 6, 6});
    } catch (const ConfigError& e) {
      *pointer = e.pointer();
      return e.message();
    }
    return std::string("no error");
  };
  std::string pointer;
  std::string m = error_of({{0}}, 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections");
  CHECK(m == "expected one list of input channels per output channel (2), got 1");
  m = error_of({{0}, {1, 4}}, 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections/1/1");
  CHECK(m == "expected an input channel index 0..3, got 4");
  m = error_of({{0, 2, 0}, {1}}, 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections/0/2");
  CHECK(m == "input channel 0 is listed twice");
  m = error_of({Json::array(), {1}}, 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections/0");
  m = error_of({{-1}, {1}}, 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections/0/0");
  m = error_of({{0}, {1}}, 2, &pointer);
  CHECK(pointer == "/network/layers/1/connections");
  CHECK(m.find("groups 1") != std::string::npos);
  m = error_of("all", 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections");
  m = error_of({0, {1}}, 1, &pointer);  // a row that is not a list
  CHECK(pointer == "/network/layers/1/connections/0");
  CHECK(m == "expected a non-empty list of input channel indices, got 0");
  m = error_of({{"a"}, {1}}, 1, &pointer);
  CHECK(pointer == "/network/layers/1/connections/0/0");
  CHECK(m == "expected an input channel index 0..3, got \"a\"");
  // The C++ constructor refuses what the manifest check refuses.
  CHECK_THROWS_AS(Conv2D({4, 6, 6}, 2, 3, 1, 0, 1, true, "he", Table{{0, 0}, {1}}), ShapeError);
  CHECK_THROWS_AS(Conv2D({4, 6, 6}, 2, 3, 1, 0, 1, true, "he", Table{{}, {1}}), ShapeError);
  CHECK_THROWS_AS(Conv2D({4, 6, 6}, 2, 3, 1, 0, 1, true, "he", Table{{4}, {1}}), ShapeError);
  CHECK_THROWS_WITH(Conv2D({4, 6, 6}, 2, 3, 1, 0, 1, true, "he", Table{{1}, {2, 2}}),
                    Catch::Matchers::Contains("connections[1][1]: input channel 2 is listed twice"));
  CHECK_THROWS_WITH(Conv2D({4, 6, 6}, 2, 3, 1, 0, 2, true, "he", Table{{0}, {1}}),
                    Catch::Matchers::Contains("needs groups 1"));
}

TEST_CASE("optimizer steps keep a connection table's unconnected weights at 0", "[conv2d][connections][optim]") {
  for (const char* optimizer : {R"({"type": "sgd", "lr": 0.1, "momentum": 0.9, "weight_decay": 0.01})",
                                R"({"type": "adam", "lr": 0.01, "weight_decay": 0.01})"}) {
    INFO(optimizer);
    Conv2D layer({6, 14, 14}, 16, 5, 1, 0, 1, true, "he", kLeNetC3);
    Rng rng(3);
    layer.initialize(rng);
    Json spec = Json::parse(optimizer);
    optimizer_registry().validate(spec, "/optimizer");
    std::vector<std::unique_ptr<Optimizer>> steps;
    for (const Parameter& p : layer.parameters()) steps.push_back(optimizer_registry().build(spec, "/optimizer", p));
    for (int t = 0; t < 3; ++t) {
      const Matrix x = random_matrix(2, 6 * 14 * 14, 10 + t);
      Matrix y;
      layer.forward(x, y, {});
      layer.write_grad(x, y, random_matrix(2, y.shape()[1], 20 + t));
      auto params = layer.parameters();
      for (std::size_t i = 0; i < params.size(); ++i) steps[i]->step(*params[i].value, *params[i].grad, 0.1f);
    }
    std::size_t nonzero_connected = 0;
    for (std::size_t m = 0; m < 16; ++m)
      for (std::size_t q = 0; q < 150; ++q) {
        if (!connected(kLeNetC3, m, q, 25)) REQUIRE(layer.weight()(m, q) == 0.0f);
        else nonzero_connected += layer.weight()(m, q) != 0.0f;
      }
    CHECK(nonzero_connected == 60 * 25);
  }
}
