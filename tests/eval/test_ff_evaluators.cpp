// FF classification procedures: the batched goodness-for-every-label equals a
// naive loop over labels; the head procedures agree with the heads.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fflab/data/registry.hpp"
#include "fflab/eval/goodness_every_label.hpp"
#include "fflab/eval/registry.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/forward_forward_trainer.hpp"
#include "fflab/train/registry.hpp"

using namespace fflab;

namespace {

struct Setup {
  std::unique_ptr<Dataset> data;
  Network net;
  std::unique_ptr<Trainer> trainer;
};

Setup trained(Json options, std::vector<Json> first_layers = {}, bool images = false) {
  Setup s;
  Rng rng(21);
  Json spec = {{"type", "synthetic"}, {"train", 300}, {"validation", 0}, {"test", 60}, {"features", 16}, {"classes", 4}};
  if (images) {  // the same 16 features as a 1 x 4 x 4 image
    spec.erase("features");
    spec["image_shape"] = {1, 4, 4};
  }
  s.data = dataset_registry().build(spec, "/dataset", rng);
  std::vector<Json> layers = first_layers;
  for (Json l : {Json{{"type", "dense"}, {"units", 12}}, Json{{"type", "relu"}}, Json{{"type", "dense"}, {"units", 10}},
                 Json{{"type", "relu"}}, Json{{"type", "dense"}, {"units", 9}}, Json{{"type", "relu"}}})
    layers.push_back(l);
  FeatureShape shape = s.data->shape;
  for (Json& l : layers) {
    s.net.add(layer_registry().build(l, "/l", shape));
    shape = s.net.layer(s.net.size() - 1).output_shape();
  }
  s.net.initialize(rng);
  options["type"] = "forward_forward";
  options["epochs"] = 1;
  options["batch_size"] = 50;
  s.trainer = trainer_registry().build(options, "/trainer");
  s.trainer->attach(s.net, *s.data);
  s.trainer->train_epoch(s.net, s.data->train, s.data->shape, 0, rng, {});
  return s;
}

/// Goodness of every label by the definition: one full pass per label;
/// block k's goodness counts weights[k] times (1 each when none are given).
Matrix naive_scores(Network& net, ForwardForwardModel& ff, const Matrix& images, const std::vector<std::size_t>& set,
                    const std::vector<float>& weights = {}) {
  const LabelEmbedding& e = ff.embedding();
  const std::size_t R = images.shape()[0];
  Matrix scores = Matrix::from_shape({R, e.classes});
  scores.fill(0.0f);
  const RunContext ctx{false, nullptr};
  for (std::size_t c = 0; c < e.classes; ++c) {
    Matrix labelled, prepared, normalised;
    e.embed(images, Labels(R, static_cast<std::int32_t>(c)), labelled);
    Matrix x = ff.prepare_input(labelled, prepared);
    for (std::size_t k = 0; k < ff.blocks().size(); ++k) {
      BlockActivations acts;
      const Matrix& y = forward_block(net, ff.blocks()[k], x, acts, ctx);
      if (std::find(set.begin(), set.end(), k) != set.end()) {
        Vector g;
        ff.goodness().value(y, g);
        const float w = weights.empty() ? 1.0f : weights[k];
        for (std::size_t r = 0; r < R; ++r) scores(r, c) += w * g(r);
      }
      ff.normalize_output(k, y, normalised);
      x = normalised;
    }
  }
  return scores;
}

void compare(Setup& s, const Json& blocks, const std::vector<std::size_t>& set,
             BlockWeighting weighting = BlockWeighting::sum, const std::vector<float>& weights = {}) {
  auto& ff = dynamic_cast<ForwardForwardTrainer&>(*s.trainer).model();
  Json options = {{"type", "goodness_every_label"}, {"blocks", blocks}};
  if (weighting == BlockWeighting::per_unit) options["block_weighting"] = "per_unit";
  GoodnessEveryLabel::schema().apply(options, "/e", {"type"});
  GoodnessEveryLabel ev(options);
  Matrix batched;
  s.trainer->model().label_scores(s.data->test.x, options.at("blocks"), weighting, batched, "test");
  const Matrix naive = naive_scores(s.net, ff, s.data->test.x, set, weights);
  REQUIRE(batched.shape() == naive.shape());
  double worst = 0;
  for (std::size_t i = 0; i < naive.size(); ++i)
    worst = std::max(worst, std::abs(double(batched.data()[i]) - naive.data()[i]) / (1.0 + std::abs(naive.data()[i])));
  INFO("worst relative difference " << worst);
  CHECK(worst < 1e-4);
  Labels a, b;
  argmax_rows(batched, a);
  argmax_rows(naive, b);
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  CHECK(same >= a.size() - 1);  // ties within rounding may flip at most a row
  CHECK(ev.error(s.trainer->model(), s.data->test) >= 0.0);
}

}  // namespace

TEST_CASE("goodness for every label: batched equals a naive loop over labels", "[eval][ff]") {
  SECTION("rms, raw input, all blocks") {
    Setup s = trained({{"normalize_input", false}});
    compare(s, "all", {0, 1, 2});
  }
  SECTION("rms, normalised input, all but the first") {
    Setup s = trained({{"normalize_input", true}});
    compare(s, "all_but_first", {1, 2});
  }
  SECTION("l2, normalised input, mean squares, a list of blocks") {
    Setup s = trained({{"normalize_input", true}, {"normalization", "l2"}, {"goodness", "mean_squares"}, {"threshold", 2.0}});
    compare(s, Json::array({0, 2}), {0, 2});
  }
  SECTION("the label as a pattern over the image, dense first layer (no one-hot shortcut)") {
    Setup s = trained({{"normalize_input", true}, {"label_input", "pattern"}, {"label_pattern_wavelength", 3.0}}, {},
                      true);
    REQUIRE(dynamic_cast<ForwardForwardTrainer&>(*s.trainer).model().embedding().is_pattern());
    compare(s, "all", {0, 1, 2});
  }
  SECTION("per_unit: each block's goodness over its units (12, 10 and 9 here)") {
    Setup s = trained({{"supervised", true}, {"normalize_input", true}});
    compare(s, "all", {0, 1, 2}, BlockWeighting::per_unit, {1.0f / 12, 1.0f / 10, 1.0f / 9});
    compare(s, "all_but_first", {1, 2}, BlockWeighting::per_unit, {1.0f / 12, 1.0f / 10, 1.0f / 9});
  }
  SECTION("a first block that does not start with a dense layer") {
    Setup s = trained({{"normalize_input", true}}, {Json{{"type", "dropout"}, {"rate", 0.1}}});
    compare(s, "all", {0, 1, 2});
  }
}

TEST_CASE("one_pass_softmax and linear_readout use the trainer's heads", "[eval][ff]") {
  Setup s = trained({{"readout", {{"enabled", true}}}});
  auto& ff = dynamic_cast<ForwardForwardTrainer&>(*s.trainer).model();
  for (const char* name : {"one_pass_softmax", "linear_readout"}) {
    Json spec = {{"type", name}};
    auto ev = evaluator_registry().build(spec, "/e");
    const double err = ev->error(s.trainer->model(), s.data->test);
    LinearHead* head = std::string(name) == "one_pass_softmax" ? ff.softmax_head() : ff.readout();
    REQUIRE(head);
    const Matrix& logits = ff.head_logits(*head, s.data->test.x, RunContext{});
    CHECK(err == Approx(100.0 * count_errors(logits, s.data->test.y) / 60.0));
  }
  Setup no_readout = trained({});
  Json spec = {{"type", "linear_readout"}};
  auto ev = evaluator_registry().build(spec, "/e");
  CHECK_THROWS_WITH(ev->error(no_readout.trainer->model(), no_readout.data->test),
                    Catch::Contains("/trainer/readout/enabled"));
}
