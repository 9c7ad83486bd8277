// Section recurrent_ff_step: one training batch of the CIFAR-10 Table 1
// recurrent Forward-Forward net (3 locally connected hidden layers, 8
// iterations, the FF min ssq manifest's settings) through the real trainer,
// split into its parts, each beside the time its locally connected passes
// take alone on the same layer: what the step spends outside those passes
// is the element-wise work (activations, damping, normalisation, goodness,
// peer normalisation, sums of inputs) and the updates.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/layers/locally_connected.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/testing/gradient_check.hpp"
#include "fflab/train/recurrent_ff_trainer.hpp"
#include "fflab/train/registry.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

const FeatureShape kImage{3, 32, 32};
constexpr std::size_t kClasses = 10, kBatch = 100, kTrainImages = 45000;
constexpr double kTargetEpochSeconds = 90.0;

/// experiments/cifar10/ff_min_ssq_3_hidden.json's network.
Json table1_layers() {
  const Json lc = {{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 11}};
  const Json relu = {{"type", "relu"}};
  return Json::array({lc, relu, lc, relu, lc, relu});
}

/// The same manifest's trainer (one epoch of one batch), the head on or off.
Json table1_trainer(bool head) {
  Json t = {{"type", "recurrent_ff"},
            {"epochs", 1},
            {"batch_size", kBatch},
            {"iterations", 8},
            {"damping", 0.3},
            {"train_iterations", "all"},
            {"test_window", {3, 5}},
            {"top_down", {{"type", "locally_connected"}, {"kernel", 11}}},
            {"label_strength", 3.0},
            {"goodness", "neg_sum_squares"},
            {"threshold", "units"},
            {"objective", {{"type", "softplus"}}},
            {"normalization", "rms"},
            {"normalize_input", true},
            {"optimizer", {{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.9}, {"dampening", 0.9},
                           {"weight_decay", 0.001}}},
            {"peer_normalization", {{"strength", 0.03}, {"momentum", 0.9}}}};
  t["softmax_head"] = head ? Json{{"blocks", "all"}} : Json{{"enabled", false}};
  return t;
}

/// The net on `kBatch` standard-normal CIFAR-shaped rows (speed does not
/// depend on the values), initialised as a run would.
struct Table1Net {
  Dataset data;
  Network network;
  std::unique_ptr<Trainer> trainer;
  explicit Table1Net(bool head) {
    data.name = "cifar10-shaped noise";
    data.shape = kImage;
    data.num_classes = kClasses;
    data.train.x = testing::random_matrix(kBatch, kImage.size(), 21);
    data.train.y.resize(kBatch);
    for (std::size_t i = 0; i < kBatch; ++i) data.train.y[i] = static_cast<std::int32_t>(i % kClasses);
    data.test = data.train;
    Json layers = table1_layers();
    network = build_layers(layers, "/network/layers", kImage);
    Json options = table1_trainer(head);
    trainer = trainer_registry().build(options, "/trainer");
    Rng rng(1);
    network.initialize(rng);
    trainer->attach(network, data);
    trainer->initialize(rng);
  }
  RecurrentFFTrainer& ff() { return dynamic_cast<RecurrentFFTrainer&>(*trainer); }
  Timing time_step(const BenchOptions& options) {
    Rng rng(5);
    return measure(options, [&] { trainer->train_epoch(network, data.train, data.shape, 0, rng, {}); });
  }
};

/// Median seconds of the LC layer's forward at `rows` rows, or its weight
/// gradient when `weight_grad`.
double lc_pass(const BenchOptions& options, std::size_t rows, bool weight_grad) {
  LocallyConnected2D layer(kImage, 3, 11);
  Rng rng(2);
  layer.initialize(rng);
  const Matrix x = testing::random_matrix(rows, kImage.size(), 11);
  const Matrix dy = testing::random_matrix(rows, kImage.size(), 12);
  Matrix y;
  const RunContext ctx{false, nullptr};
  layer.forward(x, y, ctx);
  if (weight_grad) return measure(options, [&] { layer.accumulate_grad(x, y, dy); }).median;
  return measure(options, [&] { layer.forward(x, y, ctx); }).median;
}

/// The forward dynamics alone (start + every iteration) on B positives and
/// B negatives, as batch_gradients runs them before any gradient.
Timing time_forward_dynamics(const BenchOptions& options, Table1Net& net) {
  RecurrentFFTrainer& ff = net.ff();
  const Matrix& images = net.data.train.x;
  Matrix stacked = Matrix::from_shape({2 * kBatch, images.shape()[1]});
  std::copy_n(images.data(), images.size(), stacked.data());
  std::copy_n(images.data(), images.size(), stacked.data() + images.size());
  Labels labels(net.data.train.y);
  labels.insert(labels.end(), net.data.train.y.begin(), net.data.train.y.end());
  Matrix top, prepared;
  ff.label_rows(labels, top);
  Rng rng(6);
  const RunContext ctx{true, &rng};
  const std::size_t T = ff.train_iterations().back();
  return measure(options, [&] {
    RecurrentFFDynamics& d = ff.dynamics();
    d.start(net.network, ff.model().prepare_input(stacked, prepared), top, ctx);
    for (std::size_t t = 0; t < T; ++t) d.step(net.network, ctx);
  });
}

/// One printed and recorded part: its time beside its LC passes alone.
Json part(Report& report, const char* name, double seconds, double lc_seconds, const std::string& lc_formula) {
  report.print("    %-44s %8.1f ms | LC passes alone %8.1f ms (%s) | other %8.1f ms", name, 1e3 * seconds,
               1e3 * lc_seconds, lc_formula.c_str(), 1e3 * (seconds - lc_seconds));
  return {{"ms", 1e3 * seconds}, {"lc_alone_ms", 1e3 * lc_seconds}, {"lc_formula", lc_formula}};
}

}  // namespace

void recurrent_ff_step(const BenchOptions& options, Report& report) {
  report.print("== recurrent_ff_step: one training batch (B = %zu) of the CIFAR-10 Table 1 FF min ssq net, "
               "3 locally connected hidden layers (3x32x32, k 11, 3 units), 8 iterations all trained, "
               "top-down LC, peer normalisation, SGD momentum 0.9, through the recurrent_ff trainer, %d threads",
               kBatch, options.threads);
  report.print("   f(R), w(R) = one LC layer's forward / weight gradient on R rows, timed alone here; n = 3 "
               "hidden, T = 8 iterations, W = 5 (the head's window ends at iteration 5)");
  Table1Net with_head(true), without_head(false);
  const std::size_t K = 3, T = 8, W = 5;
  // The figures in alternating rounds (this machine's speed drifts between
  // figures timed apart), each the median over the rounds of its medians.
  constexpr int kRounds = 5;
  BenchOptions round_options = options;
  round_options.seconds = std::max(0.3, options.seconds / kRounds);
  round_options.repeats = std::max(1, options.repeats / kRounds);
  Rng rng(7);
  const RunContext ctx{true, &rng};
  std::vector<std::function<double()>> figures = {
      [&] { return with_head.time_step(round_options).median; },
      [&] { return without_head.time_step(round_options).median; },
      [&] {
        return measure(round_options, [&] {
                 with_head.ff().model().neutral_window_features(with_head.data.train.x, ctx);
               }).median;
      },
      [&] { return time_forward_dynamics(round_options, without_head).median; },
      [&] { return lc_pass(round_options, kBatch, false); },
      [&] { return lc_pass(round_options, 2 * kBatch, false); },
      [&] { return lc_pass(round_options, 2 * kBatch, true); }};
  std::vector<std::vector<double>> samples(figures.size());
  for (int round = 0; round < kRounds; ++round)
    for (std::size_t i = 0; i < figures.size(); ++i) samples[i].push_back(figures[i]());
  std::vector<double> median(figures.size());
  for (std::size_t i = 0; i < figures.size(); ++i) {
    std::sort(samples[i].begin(), samples[i].end());
    median[i] = samples[i][samples[i].size() / 2];
  }
  const double step = median[0], bare_step = median[1], neutral = median[2], forward = median[3];
  const double f1 = median[4], f2 = median[5], w2 = median[6];
  const double step_min = samples[0].front();
  const double lc_forward = (K + T * 2 * (K - 1)) * f2;
  const double lc_grads = (T * 2 * (K - 1) + 1) * w2;
  const double lc_neutral = (K + W * 2 * (K - 1)) * f1;
  report.print("batch %zu: step %.1f ms (median of %d alternating rounds, fastest round %.1f) -> %.0f s an epoch "
               "of %zu images (target <= %.0f s)",
               kBatch, 1e3 * step, kRounds, 1e3 * step_min, step * kTrainImages / kBatch, kTrainImages,
               kTargetEpochSeconds);
  Json parts;
  parts["step"] = part(report, "whole step", step, lc_forward + lc_grads + lc_neutral,
                       "35 f(200) + 33 w(200) + 23 f(100)");
  parts["neutral_pass"] = part(report, "neutral pass (softmax head's features)", neutral, lc_neutral,
                               "n + W 2(n-1) = 23 f(100)");
  parts["forward_dynamics"] = part(report, "forward dynamics, 2B rows (start + T steps)", forward,
                                   lc_forward, "n + T 2(n-1) = 35 f(200)");
  parts["gradients_and_updates"] =
      part(report, "gradients and updates (no-head step - forward)", bare_step - forward, lc_grads,
           "T 2(n-1) + 1 = 33 w(200)");
  parts["head_rest"] = part(report, "head's step (step - no-head step - neutral)",
                            step - bare_step - neutral, 0.0, "none");
  report.json["sections"]["recurrent_ff_step"] = {
      {"network", "CIFAR-10 Table 1 FF min ssq, 3 LC hidden layers, recurrent_ff T = 8"},
      {"batch", kBatch},
      {"step_ms", 1e3 * step},
      {"rounds", kRounds},
      {"step_without_head_ms", 1e3 * bare_step},
      {"epoch_seconds", step * kTrainImages / kBatch},
      {"target_epoch_seconds", kTargetEpochSeconds},
      {"lc_ms", {{"forward_100", 1e3 * f1}, {"forward_200", 1e3 * f2}, {"weight_grad_200", 1e3 * w2}}},
      {"parts", parts}};
}

}  // namespace fflab::bench
