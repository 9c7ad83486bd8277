#pragma once
// GemmCall: one matrix product of a training step, by shape and transpose
// flags, so the bench can count its FLOPs and replay it on bare cblas_sgemm.
#include <string>
#include <vector>

#include "fflab/core/tensor.hpp"
#include "harness.hpp"

namespace fflab::bench {

struct GemmCall {
  std::string role;  // "forward", "weight_grad", "input_grad"
  std::size_t m = 0, n = 0, k = 0;  // C[m, n] = op(A)[m, k] * op(B)[k, n]
  bool trans_a = false, trans_b = false;
  float beta = 0.0f;
  double flops() const;
};

/// The GEMMs of one backprop step through dense layers of widths
/// `widths` (input first) at batch `batch`, in execution order: forward
/// bottom-up, then per layer top-down weight grad (x^T dy, beta 0) and input
/// grad (dy W^T; none for the first layer).
std::vector<GemmCall> backprop_gemm_calls(const std::vector<std::size_t>& widths,
                                          std::size_t batch);

/// The GEMMs of one Forward-Forward step through dense blocks of widths
/// `widths` at `batch` positives (+ as many negatives): per block, bottom-up,
/// the forward of all 2*batch rows as one product, then the block's weight
/// grad (x^T dz, beta 0). No input grads: no gradient crosses blocks.
std::vector<GemmCall> ff_gemm_calls(const std::vector<std::size_t>& widths, std::size_t batch);

/// Replays `calls` on bare cblas_sgemm with operands of exactly those shapes
/// (row-major, same flags), timed per run; also the median seconds of each call.
struct BareGemmTiming {
  Timing total;
  std::vector<double> per_call;  // median seconds, same order as calls
};
BareGemmTiming time_bare_sgemm(const BenchOptions& options, const std::vector<GemmCall>& calls);

double total_flops(const std::vector<GemmCall>& calls);

/// Prints one batch size's line "step ... | bare sgemm ... | ratio" (a step
/// of `flops` timed as `step`, its GEMMs alone as `bare`) and returns the
/// same figures as a JSON row.
Json report_step_against_sgemm(Report& report, std::size_t batch, const Timing& step, double flops,
                               const Timing& bare);

}  // namespace fflab::bench
