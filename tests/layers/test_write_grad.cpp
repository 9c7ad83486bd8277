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

TEST_CASE("backward gives the bits of write_grad or accumulate_grad, then backward_input", "[layers][write_grad]") {
  struct Case {
    const char* spec;
    FeatureShape input;
    std::size_t batch;
    bool training;
  };
  // Batch norm reads x and dy once for both gradients; in training and at
  // evaluation (running statistics: dx is the plain scaling).
  const Case cases[] = {
      {R"({"type": "batch_norm"})", {3, 4, 4}, 6, true},    {R"({"type": "batch_norm"})", {3, 4, 4}, 6, false},
      {R"({"type": "batch_norm"})", FeatureShape::flat(5), 7, true},
      {R"({"type": "batch_norm"})", {9, 2, 3}, 4, true},
      {R"({"type": "dense", "units": 7})", FeatureShape::flat(13), 9, true},
      {R"({"type": "conv2d", "channels": 4, "kernel": 3, "padding": 1})", {2, 6, 6}, 3, true},
      {R"({"type": "max_pool2d", "kernel": 2})", {2, 6, 6}, 3, true},
  };
  for (const Case& c : cases) {
    for (bool write : {true, false}) {
      INFO(c.spec << " " << to_string(c.input) << (c.training ? " training" : " evaluation")
                  << (write ? " write" : " accumulate"));
      Json spec = Json::parse(c.spec);
      layer_registry().validate(spec, "/l");
      auto layer = layer_registry().build(spec, "/l", c.input);
      Rng rng(7);
      layer->initialize(rng);
      for (StateTensor& s : layer->state()) s.value->fill(s.name == "running_var" ? 1.7f : 0.2f);
      const Matrix x = random_matrix(c.batch, c.input.size(), 1);
      Matrix y, dx_pair, dx_one;
      layer->forward(x, y, RunContext{c.training, &rng});
      const Matrix dy = random_matrix(c.batch, y.shape()[1], 2);
      fill_with_garbage(*layer, 3.5f);
      if (write)
        layer->write_grad(x, y, dy);
      else
        layer->accumulate_grad(x, y, dy);
      layer->backward_input(x, y, dy, dx_pair);
      const auto expected = grads_of(*layer);
      fill_with_garbage(*layer, 3.5f);
      layer->backward(x, y, dy, dx_one, write);
      const auto got = grads_of(*layer);
      REQUIRE(got.size() == expected.size());
      for (std::size_t i = 0; i < got.size(); ++i) CHECK(same_bits(got[i], expected[i]));
      CHECK(same_bits(dx_one, dx_pair));
    }
  }
}
