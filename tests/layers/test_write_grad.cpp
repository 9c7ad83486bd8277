// write_grad sets a layer's gradients to exactly what zero_grad followed by
// accumulate_grad gives, whatever the gradients held before: the dense and
// conv layers write them directly (GEMM with beta 0, on the first chunk only
// for conv), the others fall back to zero_grad + accumulate_grad.
#include <catch2/catch.hpp>

#include <cstring>

#include "fflab/layers/registry.hpp"
#include "fflab/testing/gradient_check.hpp"

using namespace fflab;
using fflab::testing::random_matrix;

namespace {

std::vector<Matrix> grads_of(Layer& layer) {
  std::vector<Matrix> out;
  for (const Parameter& p : layer.parameters()) out.push_back(*p.grad);
  return out;
}

void fill_with_garbage(Layer& layer, float value) {
  for (const Parameter& p : layer.parameters()) p.grad->fill(value);
}

bool same_bits(const Matrix& a, const Matrix& b) {
  return a.shape() == b.shape() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

}  // namespace

TEST_CASE("write_grad gives the bits of zero_grad then accumulate_grad, over stale gradients", "[layers][write_grad]") {
  struct Case {
    const char* spec;
    FeatureShape input;
    std::size_t batch;
  };
  // The 8x32x32 conv has 28 rows per chunk of columns: batch 64 is 3 chunks.
  const Case cases[] = {
      {R"({"type": "dense", "units": 7})", FeatureShape::flat(13), 9},
      {R"({"type": "dense", "units": 7, "bias": false})", FeatureShape::flat(13), 9},
      {R"({"type": "conv2d", "channels": 6, "kernel": 3, "padding": 1, "groups": 2})", {8, 32, 32}, 64},
      {R"({"type": "conv2d", "channels": 4, "kernel": 2, "stride": 2, "bias": false})", {3, 9, 9}, 5},
      {R"({"type": "batch_norm"})", {3, 4, 4}, 6},
      {R"({"type": "locally_connected", "units_per_location": 2, "kernel": 3})", {2, 5, 5}, 4},
  };
  for (const Case& c : cases) {
    INFO(c.spec << " batch " << c.batch);
    Json spec = Json::parse(c.spec);
    layer_registry().validate(spec, "/l");
    auto layer = layer_registry().build(spec, "/l", c.input);
    Rng rng(7);
    layer->initialize(rng);
    const Matrix x = random_matrix(c.batch, c.input.size(), 1);
    Matrix y;
    layer->forward(x, y, RunContext{true, &rng});
    const Matrix dy = random_matrix(c.batch, y.shape()[1], 2);
    layer->zero_grad();
    layer->accumulate_grad(x, y, dy);
    const auto expected = grads_of(*layer);
    fill_with_garbage(*layer, 3.5f);
    layer->write_grad(x, y, dy);
    const auto written = grads_of(*layer);
    REQUIRE(written.size() == expected.size());
    for (std::size_t i = 0; i < written.size(); ++i) CHECK(same_bits(written[i], expected[i]));
    layer->accumulate_grad(x, y, dy);  // and accumulating on top still adds
    for (std::size_t i = 0; i < written.size(); ++i) {
      const Matrix& twice = *layer->parameters()[i].grad;
      CHECK(twice(0, 0) == Approx(2.0f * expected[i](0, 0)));
    }
  }
}
