// Section conv2d: the Conv2D layer's forward, weight-grad and input-grad
// passes on CIFAR-10- and MNIST-sized layers, each beside bare cblas_sgemm
// replaying the same products (the layer's per-row or chunk shapes, same
// flags, on the threads the layer runs them on) in the same run, so '% sgemm'
// is the share of the pass spent as useful GEMM speed; and beside one product
// per group over the whole batch on BLAS's threads (the same FLOPs as the
// biggest products BLAS could be given).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>

#include "fflab/core/rng.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/testing/gradient_check.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

struct ConvShape {
  std::size_t in_channels, side, out_channels, kernel, groups;
  const char* what;
};

const ConvShape kShapes[] = {{3, 32, 32, 3, 1, "CIFAR-10 first layer"},
                             {80, 16, 240, 3, 1, "CwComp layer 3 at CIFAR-10 size"},
                             {20, 28, 80, 3, 1, "CwComp layer 2 at MNIST size, ungrouped"},
                             {20, 28, 80, 3, 10, "CwComp layer 2 at MNIST size (10 groups)"},
                             {240, 16, 480, 3, 10, "CwComp layer 4 at CIFAR-10 size (10 groups)"}};

/// The pass's products for a batch, as Conv2D runs them: `full` products of
/// one shape and at most `rest_count` of a shorter chunk's; `tasks` = how many
/// threads run them side by side, each product on one thread (0: ungrouped
/// chunks, each product on BLAS's threads).
struct PassGemms {
  GemmCall full, rest;
  std::size_t full_count = 0, rest_count = 0, tasks = 0;
};

/// One group's product of the pass over `rows` rows.
GemmCall pass_call(const Conv2D& layer, const std::string& pass, std::size_t rows) {
  const FeatureShape in = layer.input_shape(), out = layer.output_shape();
  const std::size_t G = layer.groups();
  const std::size_t M = out.channels / G, K = in.channels / G * layer.kernel() * layer.kernel();
  const std::size_t N = rows * out.height * out.width;
  if (pass == "forward") return GemmCall{pass, M, N, K, false, false, 0.0f};
  if (pass == "weight_grad") return GemmCall{pass, M, K, N, false, true, 1.0f};
  return GemmCall{pass, K, N, M, true, false, 0.0f};
}

/// The same FLOPs as one product per group over the whole batch, on BLAS's threads.
PassGemms whole_batch_gemms(const Conv2D& layer, const std::string& pass, std::size_t batch) {
  PassGemms g;
  g.full = g.rest = pass_call(layer, pass, batch);
  g.full_count = layer.groups();
  return g;
}

PassGemms pass_gemms(const Conv2D& layer, const std::string& pass, std::size_t batch, int threads) {
  const std::size_t G = layer.groups();
  auto call = [&](std::size_t rows) { return pass_call(layer, pass, rows); };
  const auto T = static_cast<std::size_t>(threads);
  PassGemms g;
  if (layer.products_per_row()) {  // one product per row and group, the batch's slices side by side
    g.full = g.rest = call(1);
    g.full_count = batch * G;
    const std::size_t slices = pass == "weight_grad" ? layer.gradient_slices(batch) : std::min(T, batch);
    g.tasks = std::min(T, slices);
    return g;
  }
  const std::size_t chunk = layer.chunk_rows(batch);
  g.full = call(chunk);
  g.full_count = batch / chunk * G;
  g.rest = call(batch % chunk != 0 ? batch % chunk : chunk);
  g.rest_count = batch % chunk != 0 ? G : 0;
  g.tasks = G > 1 ? std::min(G, T) : 0;
  return g;
}

/// Seconds of bare cblas_sgemm on the pass's products (medians per call),
/// run as the layer runs them: on BLAS's threads, or each on one thread with
/// `tasks` threads side by side, counted as perfectly shared (the one-thread
/// time over tasks).
double bare_seconds(const BenchOptions& options, const PassGemms& g) {
  std::vector<GemmCall> calls = {g.full};
  if (g.rest_count > 0) calls.push_back(g.rest);
  double share = 1.0;
  if (g.tasks > 0) {
    set_threads(1);
    share = static_cast<double>(g.tasks);
  }
  const BareGemmTiming t = time_bare_sgemm(options, calls);
  set_threads(options.threads);
  return (static_cast<double>(g.full_count) * t.per_call[0] +
          (g.rest_count > 0 ? static_cast<double>(g.rest_count) * t.per_call[1] : 0.0)) /
         share;
}

/// The three passes' medians in ms.
std::vector<double> pass_ms(const BenchOptions& options, Conv2D& layer, const Matrix& x, const Matrix& dy) {
  Matrix y, dx;
  const RunContext ctx{false, nullptr};
  layer.forward(x, y, ctx);
  return {measure(options, [&] { layer.forward(x, y, ctx); }).median * 1e3,
          measure(options, [&] { layer.accumulate_grad(x, y, dy); }).median * 1e3,
          measure(options, [&] { layer.backward_input(x, y, dy, dx); }).median * 1e3};
}

/// Per-row against chunked products in alternating rounds (the machine's
/// speed drifts between figures timed apart): per pass the median over rounds
/// of each round's median.
Json row_chunk_comparison(const BenchOptions& options, Conv2D& layer, std::size_t batch, Report& report) {
  constexpr int kRounds = 3;
  BenchOptions round_options = options;
  round_options.seconds = std::max(0.5, options.seconds / kRounds);
  const Matrix x = testing::random_matrix(batch, layer.input_shape().size(), 11);
  const Matrix dy = testing::random_matrix(batch, layer.output_shape().size(), 12);
  std::vector<double> rows[3], chunks[3];
  for (int round = 0; round < kRounds; ++round)
    for (bool allow : {true, false}) {
      allow_conv2d_row_products(allow);
      const std::vector<double> ms = pass_ms(round_options, layer, x, dy);
      for (int p = 0; p < 3; ++p) (allow ? rows : chunks)[p].push_back(ms[p]);
    }
  allow_conv2d_row_products(true);
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  Json out = Json::object();
  const char* names[3] = {"forward", "weight_grad", "input_grad"};
  for (int p = 0; p < 3; ++p) {
    const double r = median(rows[p]), c = median(chunks[p]);
    report.print("      %-11s per row %8.2f ms | chunks %8.2f ms | chunks / per row %.2f", names[p], r, c, c / r);
    out[names[p]] = {{"per_row_ms", r}, {"chunks_ms", c}, {"rounds", kRounds}};
  }
  return out;
}

}  // namespace

void conv2d(const BenchOptions& options, Report& report) {
  report.print("== conv2d: Conv2D (im2col + one gemm per row and group on maps of >= 64 locations, else per chunk "
               "of rows and group; col2im) forward, weight grad and input grad, each against bare cblas_sgemm "
               "replaying the same products; %d threads",
               options.threads);
  report.print("   target: >= 70 %% of the bare sgemm for the big layers; per-row and grouped products' bare sgemm: "
               "each product on one thread, the threads' shares side by side; whole-batch sgemm: the same FLOPs as one "
               "product per group over the batch on %d BLAS threads",
               options.threads);
  Json rows = Json::array();
  for (const ConvShape& s : kShapes) {
    Conv2D layer({s.in_channels, s.side, s.side}, s.out_channels, s.kernel, 1, s.kernel / 2, s.groups);
    Rng rng(1);
    layer.initialize(rng);
    for (std::size_t batch : options.batches) {
      const Matrix x = testing::random_matrix(batch, layer.input_shape().size(), 11);
      const Matrix dy = testing::random_matrix(batch, layer.output_shape().size(), 12);
      Matrix y, dx;
      const RunContext ctx{false, nullptr};
      layer.forward(x, y, ctx);
      const double flops = layer.forward_flops(batch);
      const std::pair<const char*, std::function<void()>> passes[] = {
          {"forward", [&] { layer.forward(x, y, ctx); }},
          {"weight_grad", [&] { layer.accumulate_grad(x, y, dy); }},
          {"input_grad", [&] { layer.backward_input(x, y, dy, dx); }}};
      for (const auto& [name, work] : passes) {
        const Timing t = measure(options, work);
        const double bare = bare_seconds(options, pass_gemms(layer, name, batch, options.threads));
        const double whole = bare_seconds(options, whole_batch_gemms(layer, name, batch));
        const double gflops = flops / t.median * 1e-9, bare_gflops = flops / bare * 1e-9;
        report.print("%3zu->%-3zu %2zux%-2zu k%zu g%-2zu batch %5zu %-11s %8.2f ms %7.1f GFLOP/s | bare sgemm %8.2f ms "
                     "%7.1f GFLOP/s | %5.1f %% of sgemm | whole-batch sgemm %8.2f ms: %5.1f %%",
                     s.in_channels, s.out_channels, s.side, s.side, s.kernel, s.groups, batch, name, t.median * 1e3,
                     gflops, bare * 1e3, bare_gflops, 100.0 * bare / t.median, whole * 1e3, 100.0 * whole / t.median);
        rows.push_back({{"layer", std::to_string(s.in_channels) + "->" + std::to_string(s.out_channels) + " at " +
                                      std::to_string(s.side) + "x" + std::to_string(s.side) + " k" +
                                      std::to_string(s.kernel) + " groups " + std::to_string(s.groups)},
                        {"what", s.what},
                        {"batch", batch},
                        {"pass", name},
                        {"ms_median", t.median * 1e3},
                        {"gflops", gflops},
                        {"bare_sgemm_ms", bare * 1e3},
                        {"ratio_sgemm", bare / t.median},
                        {"whole_batch_sgemm_ms", whole * 1e3},
                        {"ratio_whole_batch_sgemm", whole / t.median}});
      }
    }
  }
  report.print("   per-row against chunked products (allow_conv2d_row_products), 3 alternating rounds, batch 128:");
  Json compared = Json::array();
  for (const ConvShape& s : kShapes) {
    Conv2D layer({s.in_channels, s.side, s.side}, s.out_channels, s.kernel, 1, s.kernel / 2, s.groups);
    if (!layer.products_per_row()) continue;
    Rng rng(1);
    layer.initialize(rng);
    report.print("   %3zu->%-3zu %2zux%-2zu k%zu g%-2zu", s.in_channels, s.out_channels, s.side, s.side, s.kernel,
                 s.groups);
    Json row = row_chunk_comparison(options, layer, 128, report);
    row["layer"] = std::to_string(s.in_channels) + "->" + std::to_string(s.out_channels) + " at " +
                   std::to_string(s.side) + "x" + std::to_string(s.side) + " groups " + std::to_string(s.groups);
    compared.push_back(row);
  }
  report.json["sections"]["conv2d"] = {{"threads", options.threads}, {"rows", rows}, {"per_row_vs_chunks", compared}};
}

}  // namespace fflab::bench
