// Section ff_step: one Forward-Forward training step of 784-2000x4 through
// the real trainer, against bare cblas_sgemm on the same GEMM shapes.
#include "ff_model.hpp"
#include "fflab/core/rng.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

/// The step with the default softmax head (a neutral-label pass through the
/// four blocks and the head's step), its neutral pass in slices of at most
/// 256 rows (the default) and in one piece, beside the step without the head.
Json time_steps_with_head(const BenchOptions& options, Report& report, std::size_t batch, double no_head_seconds) {
  Json out = Json::object();
  for (const Json& rows : {Json(256), Json()}) {
    Json trainer = {{"epochs", 1}, {"batch_size", batch}, {"neutral_pass_rows", rows}};
    auto model = build_ff_model(trainer, batch, 10);
    Rng rng(5);
    const Timing step = measure(options, [&] {
      model->trainer->train_epoch(model->network, model->data.train, model->data.shape, 0, rng, {});
    });
    const std::string name = rows.is_null() ? "whole batch" : "slices of <= " + rows.dump() + " rows";
    report.print("batch %5zu: step with the softmax head, neutral pass in %-22s %8.2f ms (median of %zu) | "
                 "%.2fx the step without head",
                 batch, (name + ":").c_str(), 1e3 * step.median, step.runs, step.median / no_head_seconds);
    out[rows.is_null() ? "whole_batch_ms" : "slices_256_ms"] = 1e3 * step.median;
  }
  return out;
}

}  // namespace

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
    Json row = report_step_against_sgemm(report, batch, step, flops, bare.total);
    row["with_head"] = time_steps_with_head(options, report, batch, step.median);
    rows.push_back(row);
  }
  report.print("   target: ratio >= 70 %% at both batch sizes");
  report.json["sections"]["ff_step"] = {{"network", "784-2000-2000-2000-2000 relu blocks, forward_forward"},
                                        {"rows", rows}};
}

}  // namespace fflab::bench
