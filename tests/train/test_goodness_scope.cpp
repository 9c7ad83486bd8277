// Goodness scopes: the grouping of a block's output against naive loops, the
// gradient of an objective on the grouped rows against finite differences,
// and FF runs whose block goodness and thresholds follow the scope.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/local/softplus_objective.hpp"
#include "fflab/local/squares_goodness.hpp"
#include "fflab/testing/gradient_check.hpp"
#include "fflab/train/goodness_scope.hpp"
#include "fflab/train/registry.hpp"

using namespace fflab;

TEST_CASE("a goodness scope groups a CHW row by channel or by location, and scatters back", "[ff][scope]") {
  const FeatureShape shape{2, 2, 3};  // C = 2, L = 6
  const std::size_t R = 3, C = 2, L = 6;
  const Matrix y = testing::random_matrix(R, C * L, 5);
  Matrix grouped, back;

  GoodnessScope channels(GoodnessScopeKind::channels, shape);
  CHECK(channels.groups() == C);
  CHECK(channels.group_units() == L);
  channels.gather(y, grouped);
  REQUIRE(grouped.shape() == std::array<std::size_t, 2>{R * C, L});
  for (std::size_t r = 0; r < R; ++r)
    for (std::size_t c = 0; c < C; ++c)
      for (std::size_t l = 0; l < L; ++l) CHECK(grouped(r * C + c, l) == y(r, c * L + l));
  channels.scatter(grouped, back);
  CHECK(bool(back == y));

  GoodnessScope locations(GoodnessScopeKind::locations, shape);
  CHECK(locations.groups() == L);
  CHECK(locations.group_units() == C);
  locations.gather(y, grouped);
  REQUIRE(grouped.shape() == std::array<std::size_t, 2>{R * L, C});
  for (std::size_t r = 0; r < R; ++r)
    for (std::size_t c = 0; c < C; ++c)
      for (std::size_t l = 0; l < L; ++l) CHECK(grouped(r * L + l, c) == y(r, c * L + l));
  locations.scatter(grouped, back);
  CHECK(bool(back == y));

  // A flat block, a 1 x 1 map and the map scope are one group of every unit.
  for (const auto& [kind, s] : {std::pair{GoodnessScopeKind::locations, FeatureShape::flat(12)},
                                std::pair{GoodnessScopeKind::channels, FeatureShape{12, 1, 1}},
                                std::pair{GoodnessScopeKind::map, shape}}) {
    GoodnessScope whole(kind, s);
    CHECK(whole.whole());
    CHECK(whole.group_units() == 12);
  }
  CHECK_THROWS_AS(locations.gather(testing::random_matrix(R, 10, 1), grouped), ShapeError);
  CHECK_THROWS_WITH(parse_goodness_scope("pixels", "/trainer/goodness_scope"),
                    Catch::Contains("/trainer/goodness_scope") && Catch::Contains("map, channels or locations"));
}

TEST_CASE("the softplus objective on a block's locations: its gradient scattered back matches finite differences",
          "[ff][scope][gradcheck]") {
  const FeatureShape shape{3, 2, 2};
  const std::size_t rows = 4, positives = 2;
  Matrix y = testing::random_matrix(rows, shape.size(), 9);
  SquaresGoodness goodness(SquaresKind::sum);
  SoftplusObjective objective;
  for (auto kind : {GoodnessScopeKind::locations, GoodnessScopeKind::channels}) {
    GoodnessScope scope(kind, shape);
    const float theta = static_cast<float>(scope.group_units()) * 0.5f;
    auto loss_and_grad = [&](const Matrix& out, Matrix* grad) {
      Matrix grouped, dgrouped;
      scope.gather(out, grouped);
      const LocalRuleInput in{grouped, positives * scope.groups(), &goodness, theta};
      const double loss = objective.evaluate(in, grad ? &dgrouped : nullptr).loss;
      if (grad) scope.scatter(dgrouped, *grad);
      return loss;
    };
    Matrix analytic;
    loss_and_grad(y, &analytic);
    const double h = 1e-3;
    double worst = 0.0;
    for (std::size_t i = 0; i < y.size(); ++i) {
      const float keep = y.data()[i];
      y.data()[i] = keep + static_cast<float>(h);
      const double up = loss_and_grad(y, nullptr);
      y.data()[i] = keep - static_cast<float>(h);
      const double down = loss_and_grad(y, nullptr);
      y.data()[i] = keep;
      worst = std::max(worst, std::abs((up - down) / (2 * h) - analytic.data()[i]));
    }
    CHECK(worst < 2e-3);
  }
}

namespace {
/// One batch of 20 rows through a 2-channel 4 x 4 conv block by forward_forward
/// under `scope`: the epoch's measures and the trainer's summary.
std::pair<EpochMetrics, Json> one_batch(const std::string& scope) {
  Rng rng(4);
  Json spec = {{"type", "synthetic"}, {"train", 20}, {"validation", 0}, {"test", 4},
               {"image_shape", {1, 4, 4}}, {"classes", 2}};
  auto data = dataset_registry().build(spec, "/dataset", rng);
  Json options = {{"type", "forward_forward"}, {"epochs", 1}, {"batch_size", 20}, {"goodness_scope", scope},
                  {"softmax_head", {{"enabled", false}}}};  // one batch: the measures are taken before its update
  auto trainer = trainer_registry().build(options, "/trainer");
  Json layers = Json::parse(R"([{"type": "conv2d", "channels": 2, "kernel": 3, "padding": 1}, {"type": "relu"}])");
  Network net = build_layers(layers, "/network/layers", data->shape);
  Rng init(3);
  net.initialize(init);
  trainer->attach(net, *data);
  trainer->initialize(init);
  Rng train(7);
  const EpochMetrics m = trainer->train_epoch(net, data->train, data->shape, 0, train, {});
  return {m, trainer->summary()};
}
}  // namespace

TEST_CASE("forward_forward scores a block's channels or locations as the scope says, with their thresholds",
          "[ff][scope][conv]") {
  const auto [map, map_summary] = one_batch("map");
  const auto [channels, channels_summary] = one_batch("channels");
  const auto [locations, locations_summary] = one_batch("locations");
  CHECK(map_summary["goodness_scope"] == "map");
  CHECK(locations_summary["goodness_scope"] == "locations");
  // "units": the whole block's 32 units, a channel's 16, a location's 2.
  CHECK(map_summary["oriented_thresholds"][0].get<double>() == 32.0);
  CHECK(channels_summary["oriented_thresholds"][0].get<double>() == 16.0);
  CHECK(locations_summary["oriented_thresholds"][0].get<double>() == 2.0);
  // Sum-of-squares goodness: a group's mean is the block's over the groups (2 channels, 16 locations).
  const double g = map.measures.at("block0.positive_goodness");
  CHECK(g > 0.0);
  CHECK(channels.measures.at("block0.positive_goodness") == Approx(g / 2).epsilon(1e-5));
  CHECK(locations.measures.at("block0.positive_goodness") == Approx(g / 16).epsilon(1e-5));
  CHECK(locations.measures.at("block0.negative_goodness") ==
        Approx(map.measures.at("block0.negative_goodness") / 16).epsilon(1e-5));
  CHECK(locations.measures.at("block0.loss") != Approx(map.measures.at("block0.loss")));
}
