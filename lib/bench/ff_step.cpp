// Section ff_step: one Forward-Forward training step of 784-2000x4 through
// the real trainer, against bare cblas_sgemm on the same GEMM shapes.
#include "ff_model.hpp"
#include "fflab/core/rng.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

void ff_step(const BenchOptions& options, Report& report) {
  report.print("== ff_step: Forward-Forward 784-2000-2000-2000-2000 (dense + relu blocks), forward_forward "
               "trainer, wrong_label negatives, softplus on sum of squares, rms normalisation, SGD "
               "momentum 0.9, no softmax head, %d threads",
               options.threads);
  report.print("   one step = a batch of B positives + B negatives: label embedding, negatives, input "
               "normalisation, per block one [2B, in] forward GEMM, local loss, one weight-grad GEMM, update");
  Json rows = Json::array();
  for (std::size_t batch : options.batches) {
    Json trainer = {{"epochs", 1}, {"batch_size", batch}, {"softmax_head", {{"enabled", false}}}};
    auto model = build_ff_model(trainer, batch, 10);
    Rng rng(5);
    const auto calls = ff_gemm_calls(kFFWidths, batch);
    const double flops = total_flops(calls);
    const Timing step = measure(options, [&] {
      model->trainer->train_epoch(model->network, model->data.train, model->data.shape, 0, rng, {});
    });
    const BareGemmTiming bare = time_bare_sgemm(options, calls);
    const double step_gflops = flops / step.median * 1e-9;
    const double bare_gflops = flops / bare.total.median * 1e-9;
    const double ratio = step_gflops / bare_gflops;
    report.print("batch %5zu: step %8.2f ms (median of %zu, min %.2f)  %9.0f examples/s  %6.1f GFLOP/s | "
                 "bare sgemm %8.2f ms  %6.1f GFLOP/s | ratio %5.1f %%",
                 batch, step.median * 1e3, step.runs, step.min * 1e3, static_cast<double>(batch) / step.median,
                 step_gflops, bare.total.median * 1e3, bare_gflops, ratio * 100.0);
    rows.push_back({{"batch", batch},
                    {"step_ms_median", step.median * 1e3},
                    {"step_ms_min", step.min * 1e3},
                    {"step_ms_max", step.max * 1e3},
                    {"runs", step.runs},
                    {"examples_per_s", static_cast<double>(batch) / step.median},
                    {"gflop_per_step", flops * 1e-9},
                    {"gflops", step_gflops},
                    {"bare_sgemm_ms_median", bare.total.median * 1e3},
                    {"bare_sgemm_gflops", bare_gflops},
                    {"ratio", ratio}});
  }
  report.print("   target: ratio >= 70 %% at both batch sizes");
  report.json["ff_step"] = rows;
}

}  // namespace fflab::bench
