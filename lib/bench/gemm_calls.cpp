#include "gemm_calls.hpp"

#include <cblas.h>

#include "fflab/core/gemm.hpp"
#include "fflab/core/rng.hpp"

namespace fflab::bench {

double GemmCall::flops() const { return gemm_flops(m, n, k); }

double total_flops(const std::vector<GemmCall>& calls) {
  double f = 0.0;
  for (const auto& c : calls) f += c.flops();
  return f;
}

Json report_step_against_sgemm(Report& report, std::size_t batch, const Timing& step, double flops,
                               const Timing& bare) {
  const double step_gflops = flops / step.median * 1e-9;
  const double bare_gflops = flops / bare.median * 1e-9;
  const double ratio = step_gflops / bare_gflops;
  const double examples_per_s = static_cast<double>(batch) / step.median;
  report.print("batch %5zu: step %8.2f ms (median of %zu, min %.2f)  %9.0f examples/s  %6.1f GFLOP/s | "
               "bare sgemm %8.2f ms  %6.1f GFLOP/s | ratio %5.1f %%",
               batch, step.median * 1e3, step.runs, step.min * 1e3, examples_per_s, step_gflops,
               bare.median * 1e3, bare_gflops, ratio * 100.0);
  return {{"batch", batch},
          {"step_ms_median", step.median * 1e3},
          {"step_ms_min", step.min * 1e3},
          {"step_ms_max", step.max * 1e3},
          {"runs", step.runs},
          {"examples_per_s", examples_per_s},
          {"gflop_per_step", flops * 1e-9},
          {"gflops", step_gflops},
          {"bare_sgemm_ms_median", bare.median * 1e3},
          {"bare_sgemm_runs", bare.runs},
          {"bare_sgemm_gflops", bare_gflops},
          {"ratio", ratio}};
}

std::vector<GemmCall> backprop_gemm_calls(const std::vector<std::size_t>& widths,
                                          std::size_t batch) {
  std::vector<GemmCall> calls;
  for (std::size_t l = 0; l + 1 < widths.size(); ++l)  // y[B, out] = x[B, in] W[in, out]
    calls.push_back({"forward", batch, widths[l + 1], widths[l], false, false, 0.0f});
  for (std::size_t l = widths.size() - 1; l-- > 0;) {
    // dW[in, out] = x^T[in, B] dy[B, out] (the trainer writes the gradient: beta 0)
    calls.push_back({"weight_grad", widths[l], widths[l + 1], batch, true, false, 0.0f});
    // dx[B, in] = dy[B, out] W^T[out, in]
    if (l > 0) calls.push_back({"input_grad", batch, widths[l], widths[l + 1], false, true, 0.0f});
  }
  return calls;
}

std::vector<GemmCall> ff_gemm_calls(const std::vector<std::size_t>& widths, std::size_t batch) {
  std::vector<GemmCall> calls;
  const std::size_t rows = 2 * batch;
  for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
    calls.push_back({"forward", rows, widths[l + 1], widths[l], false, false, 0.0f});
    calls.push_back({"weight_grad", widths[l], widths[l + 1], rows, true, false, 0.0f});
  }
  return calls;
}

BareGemmTiming time_bare_sgemm(const BenchOptions& options, const std::vector<GemmCall>& calls) {
  struct Operands {
    Matrix a, b, c;
  };
  std::vector<Operands> ops(calls.size());
  Rng rng(7);
  auto fill = [&](Matrix& m, std::size_t rows, std::size_t cols) {
    m = Matrix::from_shape({rows, cols});
    for (auto& v : m) v = rng.uniform() - 0.5f;
  };
  for (std::size_t i = 0; i < calls.size(); ++i) {
    const GemmCall& c = calls[i];
    fill(ops[i].a, c.trans_a ? c.k : c.m, c.trans_a ? c.m : c.k);
    fill(ops[i].b, c.trans_b ? c.n : c.k, c.trans_b ? c.k : c.n);
    fill(ops[i].c, c.m, c.n);
  }
  std::vector<std::vector<double>> per_call(calls.size());
  auto run = [&] {
    for (std::size_t i = 0; i < calls.size(); ++i) {
      const GemmCall& c = calls[i];
      Operands& o = ops[i];
      const auto start = std::chrono::steady_clock::now();
      cblas_sgemm(CblasRowMajor, c.trans_a ? CblasTrans : CblasNoTrans,
                  c.trans_b ? CblasTrans : CblasNoTrans, static_cast<blasint>(c.m),
                  static_cast<blasint>(c.n), static_cast<blasint>(c.k), 1.0f, o.a.data(),
                  static_cast<blasint>(o.a.shape()[1]), o.b.data(),
                  static_cast<blasint>(o.b.shape()[1]), c.beta, o.c.data(),
                  static_cast<blasint>(o.c.shape()[1]));
      per_call[i].push_back(seconds_since(start));
    }
  };
  BareGemmTiming t;
  t.total = measure(options, run);
  for (auto& samples : per_call) {
    // Drop the warm-up runs so the per-call medians cover the timed runs only.
    samples.erase(samples.begin(), samples.begin() + options.warmup);
    t.per_call.push_back(summarize(samples).median);
  }
  return t;
}

}  // namespace fflab::bench
