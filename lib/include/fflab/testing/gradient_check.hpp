#pragma once
// Central-difference gradient checks for layers and losses.
//
// Layers: the scalar tested is a random linear functional of the output,
// L(x, params) = sum(R .* y) with R ~ N(0, 1) fixed, so dL/dy = R. The
// analytic gradients (backward_input with dy = R, accumulate_grad with dy = R)
// are compared with (L(v + eps) - L(v - eps)) / (2 eps) for every input
// coordinate and every parameter element (or a random subset of max_coords).
// L is summed in double; the layer itself computes in float32.
// Losses: the scalar is the loss value itself and the analytic gradient is
// the doutput it reports.
//
// The verdict uses the relative error of the whole gradient vector,
//   ||analytic - numeric||_2 / max(||analytic||_2, ||numeric||_2, floor),
// so a wrong sign (error ~2), a missing term or a transposed matrix (error
// O(1)) fail while float32 rounding (error ~1e-4) passes.
// Every forward call gets a fresh Rng(seed) so stochastic layers (dropout)
// draw the same mask each time.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "fflab/core/tensor.hpp"
#include "fflab/layers/layer.hpp"
#include "fflab/losses/loss.hpp"

namespace fflab::testing {

struct GradCheckOptions {
  double eps = 1e-2;         ///< finite-difference step
  double tolerance = 5e-3;   ///< bound on the relative error
  std::size_t max_coords = 0;  ///< check at most this many coordinates per block (0 = all)
  bool training = false;     ///< RunContext::training of every forward
  std::uint64_t seed = 1234;  ///< R and the per-forward Rng
};

/// The comparison of one block (the input "x" or a parameter by name).
struct BlockCheck {
  std::string name;
  double relative_error = 0.0;
  double analytic_norm = 0.0, numeric_norm = 0.0;
  std::size_t checked = 0;
  std::size_t worst_index = 0;
  double worst_analytic = 0.0, worst_numeric = 0.0;
};

struct GradCheckResult {
  std::vector<BlockCheck> blocks;
  bool accumulates = true;  ///< a second accumulate_grad doubled the grads
  bool backward_matches = true;  ///< backward gave the bits of write_grad then backward_input
  double tolerance = 0.0;
  bool ok() const;
  double max_relative_error() const;
  /// One line per block, for test messages.
  std::string report() const;
};

/// Checks backward_input (skipped if check_input is false) and the grads
/// added by accumulate_grad for every parameter of `layer` at input `x`.
/// Parameter values are restored afterwards; grads are left zeroed.
GradCheckResult check_layer_gradients(Layer& layer, const Matrix& x,
                                      const GradCheckOptions& options = {},
                                      bool check_input = true);

/// Checks the doutput of `loss` at `output` against differences of its value.
GradCheckResult check_loss_gradient(Loss& loss, const Matrix& output, const Labels& labels,
                                    const GradCheckOptions& options = {});

/// Relative error (as above) of `analytic`, the gradient of a scalar at v,
/// against central differences over every entry of v; f() evaluates the
/// scalar and reads v, which is perturbed in place and restored (use it for
/// parameters a closure reads).
double gradient_error_in_place(Matrix& v, const Matrix& analytic, const std::function<double()>& f,
                               double eps = 1e-2);
/// The same for a scalar given as a function of the matrix: f(y).
double gradient_error(Matrix y, const Matrix& analytic, const std::function<double(const Matrix&)>& f,
                      double eps = 1e-2);

/// A matrix of N(0, scale^2) entries from Rng(seed).
Matrix random_matrix(std::size_t rows, std::size_t cols, std::uint64_t seed, float scale = 1.0f);

}  // namespace fflab::testing
