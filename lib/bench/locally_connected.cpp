// Section locally_connected: the LocallyConnected2D layer at the CIFAR-10
// Table 1 shape (3x32x32 -> 3x32x32, k = 11, 3 units per location, weights
// not shared), its forward, weight-grad and input-grad passes against bare
// cblas_sgemm on a 1024^3 product, and per-epoch estimates of the Table 1
// backprop and recurrent Forward-Forward nets built from those passes.
#include <cblas.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <string>

#include "fflab/core/gemm.hpp"
#include "fflab/core/rng.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/layers/dense.hpp"
#include "fflab/layers/locally_connected.hpp"
#include "fflab/testing/gradient_check.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

const FeatureShape kMap{3, 32, 32};
constexpr std::size_t kUnits = 3, kKernel = 11, kLabels = 10;
const std::vector<std::size_t> kBatches = {100, 200, 1000};
// The manifests' split: 45,000 training images (5,000 held out for validation).
constexpr std::size_t kTrainImages = 45000, kTestImages = 10000;
constexpr std::size_t kTrainBatch = 100, kEvalBatch = 1000;
constexpr int kIterations = 8;   // synchronous iterations of the recurrent FF net, all trained
constexpr int kWindowEnd = 5;    // goodness for every label averages iterations 3-5: 5 are run

/// Median seconds of forward, weight grad (accumulate_grad) and input grad
/// (backward_input) of `layer` on `batch` random rows.
struct PassTimes {
  Timing forward, weight_grad, input_grad;
};
PassTimes time_passes(const BenchOptions& options, Layer& layer, std::size_t batch) {
  const Matrix x = testing::random_matrix(batch, layer.input_shape().size(), 11);
  const Matrix dy = testing::random_matrix(batch, layer.output_shape().size(), 12);
  Matrix y, dx;
  const RunContext ctx{false, nullptr};
  layer.forward(x, y, ctx);
  PassTimes t;
  t.forward = measure(options, [&] { layer.forward(x, y, ctx); });
  t.weight_grad = measure(options, [&] { layer.accumulate_grad(x, y, dy); });
  t.input_grad = measure(options, [&] { layer.backward_input(x, y, dy, dx); });
  return t;
}

/// GFLOP/s of bare cblas_sgemm on one m x n x k product with `threads` threads.
double reference_sgemm_gflops(const BenchOptions& options, std::size_t size, int threads) {
  set_threads(threads);
  const std::vector<GemmCall> call = {{"reference", size, size, size, false, false, 0.0f}};
  const BareGemmTiming t = time_bare_sgemm(options, call);
  set_threads(options.threads);
  return call.front().flops() / t.total.median * 1e-9;
}

std::string text(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string text(const char* format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return buffer;
}

Json timing_json(const Timing& t, double flops) {
  return {{"ms_median", t.median * 1e3}, {"ms_min", t.min * 1e3}, {"ms_max", t.max * 1e3},
          {"runs", t.runs}, {"gflops", flops / t.median * 1e-9}};
}

/// The passes on AVX-512 and on AVX2 vectors in alternating rounds (the
/// machine's speed drifts between figures timed apart): per batch and pass,
/// the median over rounds of each round's median (rows[i]["avx2"]).
void avx2_comparison(const BenchOptions& options, LocallyConnected2D& layer, Report& report, Json& rows,
                     double sgemm_n) {
  constexpr int kRounds = 3;
  BenchOptions round_options = options;
  round_options.seconds = std::max(0.5, options.seconds / kRounds);
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  report.print("   AVX-512 against AVX2 vectors, %d alternating rounds of %.1f s per figure, medians:", kRounds,
               round_options.seconds);
  for (std::size_t i = 0; i < kBatches.size(); ++i) {
    const std::size_t batch = kBatches[i];
    std::vector<double> wide[3], narrow[3];
    for (int round = 0; round < kRounds; ++round)
      for (bool limit : {false, true}) {
        limit_locally_connected_kernels_to_avx2(limit);
        const PassTimes t = time_passes(round_options, layer, batch);
        const double ms[3] = {t.forward.median * 1e3, t.weight_grad.median * 1e3, t.input_grad.median * 1e3};
        for (int p = 0; p < 3; ++p) (limit ? narrow : wide)[p].push_back(ms[p]);
      }
    limit_locally_connected_kernels_to_avx2(false);
    const double flops = layer.forward_flops(batch);
    const char* names[3] = {"forward", "weight_grad", "input_grad"};
    for (int p = 0; p < 3; ++p) {
      const double w = median(wide[p]), n = median(narrow[p]);
      report.print("batch %5zu  %-11s AVX-512 %7.2f ms (%5.1f %% of %d-thread sgemm) | AVX2 %7.2f ms (%5.1f %%) | "
                   "AVX2 / AVX-512 %.2f",
                   batch, names[p], w, 100.0 * flops / (w * 1e-3) * 1e-9 / sgemm_n, options.threads, n,
                   100.0 * flops / (n * 1e-3) * 1e-9 / sgemm_n, n / w);
      rows[i]["alternating"][names[p]] = {{"avx512_ms", w}, {"avx2_ms", n}, {"rounds", kRounds}};
    }
  }
}


}  // namespace

void locally_connected(const BenchOptions& options, Report& report) {
  constexpr std::size_t kReference = 1024;
  report.print("== locally_connected: LocallyConnected2D 3x32x32 -> 3x32x32, kernel 11, 3 units per "
               "location (K = 363 inputs per unit, L = 1024 locations, weights not shared): the "
               "CIFAR-10 Table 1 layer");
  report.print("   flops per pass = 2*B*L*K*M (forward_flops) for forward, weight grad "
               "(accumulate_grad) and input grad (backward_input) alike; the layer's own loops (no "
               "BLAS) run on up to %d threads of the run's pool, on %s vectors",
               options.threads, locally_connected_kernels().c_str());
  const double sgemm_1 = reference_sgemm_gflops(options, kReference, 1);
  const double sgemm_n = reference_sgemm_gflops(options, kReference, options.threads);
  report.print("   reference: bare cblas_sgemm %zux%zux%zu: %.1f GFLOP/s on 1 thread, %.1f GFLOP/s on "
               "%d threads; '%% sgemm' below = layer GFLOP/s / these",
               kReference, kReference, kReference, sgemm_1, sgemm_n, options.threads);

  LocallyConnected2D layer(kMap, kUnits, kKernel);
  Rng rng(1);
  layer.initialize(rng);
  DenseLayer readout(kMap.size(), kLabels);   // BP output layer 3072 -> 10
  DenseLayer top_down(kLabels, kMap.size());  // FF label layer into the last hidden layer
  readout.initialize(rng);
  top_down.initialize(rng);
  BenchOptions dense_options = options;  // the dense passes take well under a millisecond
  dense_options.seconds = std::min(options.seconds, 0.3);

  std::map<std::size_t, PassTimes> lc, out, td;
  double worst = 1e30;  // lowest layer GFLOP/s of any pass
  Json rows = Json::array();
  for (std::size_t batch : kBatches) {
    lc[batch] = time_passes(options, layer, batch);
    out[batch] = time_passes(dense_options, readout, batch);
    td[batch] = time_passes(dense_options, top_down, batch);
    const double flops = layer.forward_flops(batch);
    Json row = {{"batch", batch}, {"gflop_per_pass", flops * 1e-9}};
    const std::pair<const char*, const Timing*> passes[] = {{"forward", &lc[batch].forward},
                                                            {"weight_grad", &lc[batch].weight_grad},
                                                            {"input_grad", &lc[batch].input_grad}};
    for (const auto& [name, t] : passes) {
      const double gflops = flops / t->median * 1e-9;
      worst = std::min(worst, gflops);
      report.print("batch %5zu  %-11s %8.2f ms (median of %3zu, min %8.2f)  %6.1f GFLOP/s | %5.1f %% "
                   "of 1-thread sgemm, %5.1f %% of %d-thread sgemm",
                   batch, name, t->median * 1e3, t->runs, t->min * 1e3, gflops,
                   100.0 * gflops / sgemm_1, 100.0 * gflops / sgemm_n, options.threads);
      row[name] = timing_json(*t, flops);
      row[name]["ratio_sgemm_1_thread"] = gflops / sgemm_1;
      row[name]["ratio_sgemm_threads"] = gflops / sgemm_n;
    }
    row["dense_3072_10_ms"] = {{"forward", out[batch].forward.median * 1e3},
                               {"weight_grad", out[batch].weight_grad.median * 1e3},
                               {"input_grad", out[batch].input_grad.median * 1e3}};
    row["dense_10_3072_ms"] = {{"forward", td[batch].forward.median * 1e3},
                               {"weight_grad", td[batch].weight_grad.median * 1e3}};
    rows.push_back(row);
  }
  if (locally_connected_kernels() == "avx512") avx2_comparison(options, layer, report, rows, sgemm_n);
  report.print("   target: every pass >= 60 %% of bare sgemm on the same thread count (the layer runs on "
               "up to %d threads): lowest pass %.1f GFLOP/s = %.1f %% of %d-thread sgemm (%.1f %% of "
               "1-thread sgemm)",
               options.threads, worst, 100.0 * worst / sgemm_n, options.threads,
               100.0 * worst / sgemm_1);

  // Per-epoch estimates from the medians above (f, w, i = forward, weight grad,
  // input grad of one LC layer; the dense layers timed the same way).
  const auto& bp = lc[kTrainBatch];
  const auto& ff = lc[2 * kTrainBatch];
  const auto& ev = lc[kEvalBatch];
  const double train_batches = static_cast<double>(kTrainImages) / kTrainBatch;
  const double eval_batches = static_cast<double>(kTestImages) * kLabels / kEvalBatch;
  const double T = kIterations;
  report.print("   epoch estimates (CIFAR-10: %zu training images, batch %zu; %zu test images) from "
               "the medians above, f, w, i = forward, weight grad, input grad at the batch in "
               "brackets; only the LC and dense layers count (no activations, normalisation, "
               "goodness, loss or optimizer step):",
               kTrainImages, kTrainBatch, kTestImages);
  const std::string bp_formula =
      text("BP epoch, n LC hidden layers = %g batches x [n (f+w+i)_LC(%zu) + (f+w+i)_dense "
           "3072->10(%zu)]",
           train_batches, kTrainBatch, kTrainBatch);
  // What RecurrentFFDynamics computes: start() runs block 0's bottom-up layer
  // once per batch (the image does not change) and the first bottom-up pass
  // of the others, plus the label layer once; every iteration runs the n-1
  // other bottom-up layers and n-1 top-down LC layers, each with its weight
  // gradient (every iteration trains); block 0's and the label layer's weight
  // gradients are summed over the iterations and taken once.
  const std::string ff_formula =
      text("FF epoch, n hidden layers = %g batches x [n f_LC(%zu) + w_LC(%zu) + T 2(n-1) (f+w)_LC(%zu) + "
           "(f+w)_dense 10->3072(%zu)], T = %d",
           train_batches, 2 * kTrainBatch, 2 * kTrainBatch, 2 * kTrainBatch, 2 * kTrainBatch, kIterations);
  const std::string eval_formula =
      text("FF goodness for every label on the test set = %g x [n f_LC(%zu) + W 2(n-1) f_LC(%zu) + "
           "f_dense 10->3072(%zu)], W = %d",
           eval_batches, kEvalBatch, kEvalBatch, kEvalBatch, kWindowEnd);
  report.print("   %s", bp_formula.c_str());
  report.print("   %s: B positives + B negatives; one bottom-up pass, then T synchronous iterations, "
               "each with a bottom-up LC into every hidden layer but the first (the first's input, "
               "the image, does not change) and a top-down LC into every hidden layer but the last "
               "(the last's, the label, does not change)",
               ff_formula.c_str());
  report.print("   %s: %zu images x 10 labels = %g batches of %zu rows, each run up to the end of "
               "the averaging window (iterations 3-5)",
               eval_formula.c_str(), kTestImages, eval_batches, kEvalBatch);
  Json estimates = Json::array();
  for (int n : {2, 3}) {
    const double dn = n;
    const double bp_batch =
        dn * (bp.forward.median + bp.weight_grad.median + bp.input_grad.median) +
        out[kTrainBatch].forward.median + out[kTrainBatch].weight_grad.median +
        out[kTrainBatch].input_grad.median;
    const auto& tdt = td[2 * kTrainBatch];
    const double ff_batch =
        dn * ff.forward.median + ff.weight_grad.median +
        T * 2 * (dn - 1) * (ff.forward.median + ff.weight_grad.median) + tdt.forward.median +
        tdt.weight_grad.median;
    const double eval = eval_batches * (dn * ev.forward.median + kWindowEnd * 2 * (dn - 1) * ev.forward.median +
                                        td[kEvalBatch].forward.median);
    const double bp_epoch = train_batches * bp_batch, ff_epoch = train_batches * ff_batch;
    report.print("   n = %d: BP epoch %7.1f s (%5.1f min) | FF epoch %7.1f s (%5.1f min), %4.1fx BP | "
                 "FF goodness for every label on the test set %7.1f s",
                 n, bp_epoch, bp_epoch / 60, ff_epoch, ff_epoch / 60, ff_epoch / bp_epoch, eval);
    estimates.push_back({{"hidden_layers", n},
                         {"bp_epoch_s", bp_epoch},
                         {"ff_epoch_s", ff_epoch},
                         {"ff_goodness_every_label_test_s", eval}});
  }

  report.json["sections"]["locally_connected"] = {
      {"layer", {{"input", "3x32x32"}, {"units_per_location", kUnits}, {"kernel", kKernel},
                 {"fan_in", layer.fan_in()}}},
      {"layer_threads", options.threads},
      {"reference_sgemm", {{"shape", "1024x1024x1024"}, {"gflops_1_thread", sgemm_1},
                           {"gflops_threads", sgemm_n}, {"threads", options.threads}}},
      {"lowest_pass_ratio_sgemm_1_thread", worst / sgemm_1},
      {"lowest_pass_ratio_sgemm_threads", worst / sgemm_n},
      {"rows", rows},
      {"epoch_estimates",
       {{"train_images", kTrainImages}, {"train_batch", kTrainBatch}, {"test_images", kTestImages},
        {"eval_batch", kEvalBatch}, {"iterations", kIterations}, {"eval_window_end", kWindowEnd},
        {"bp_formula", bp_formula}, {"ff_formula", ff_formula}, {"eval_formula", eval_formula},
        {"rows", estimates}}}};
}

}  // namespace fflab::bench
