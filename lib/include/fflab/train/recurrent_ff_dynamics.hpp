#pragma once
// RecurrentFFDynamics: the recurrent Forward-Forward net of Hinton's paper
// (section 4), which treats a static image as a video. The network holds
// the BOTTOM-UP part: blocks of exactly [a layer with parameters, an
// activation] (dense + relu, locally_connected + relu). This class owns the
// TOP-DOWN layers: block k < K-1 reads the normalised state of block k + 1
// through a layer built from `top_down` (dense, or locally_connected over
// block k+1's map); the last block reads the label rows [R, classes]
// through a dense layer. Top-down layers have no bias.
// With n_k = length-normalised s_k, x the (normalised) image rows and y the
// label rows:
//   start (t = 0, one bottom-up pass, no top-down input):
//     s_0 = f(B_0 x),  s_k = f(B_k n_{k-1}(0))
//   step t = 1, 2, ... (synchronous: every block reads states of t - 1):
//     z_k(t) = B_k in_k(t-1) + T_k above_k(t-1)
//       in_0 = x, in_k = n_{k-1};  above_k = n_{k+1}, above_{K-1} = y
//     s_k(t) = damping * s_k(t-1) + (1 - damping) * f(z_k(t))
// Learning (accumulate): given dL/ds_k(t) of block k's own objective, the
// gradient goes to B_k and T_k only, through (1 - damping) f'(z_k(t));
// s_k(t-1) and every input are constants (no gradient crosses blocks or
// steps). B_0 x and T_{K-1} y do not change within a run: they are computed
// once in start(), and their weight gradients are summed over the steps and
// taken once in finish_gradients().
#include <functional>
#include <memory>
#include <vector>

#include "fflab/layers/length_norm.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/train/forward_forward_blocks.hpp"

namespace fflab {

class RecurrentFFDynamics {
 public:
  /// `blocks` from split_into_blocks(network); `top_down` a validated layer
  /// spec ({"type": "dense"} or {"type": "locally_connected", "kernel": k}),
  /// completed here with the block's width. ConfigError (under `pointer`,
  /// or /network/layers) if a block is not [layer, activation] or a top-down
  /// layer does not fit.
  RecurrentFFDynamics(Network& network, std::vector<FFBlock> blocks, const Json& top_down, std::size_t classes,
                      LengthNormKind norm, float damping, const std::string& pointer);

  std::size_t blocks() const { return blocks_.size(); }
  float damping() const { return damping_; }
  /// Draws the top-down weights with each layer's initialiser.
  void initialize(Rng& rng);
  std::vector<Parameter> top_down_parameters();
  Layer& top_down(std::size_t k) { return *top_down_[k]; }

  /// t = 0: the bottom-up pass on block 0's input rows x [R, inputs] with
  /// label rows y [R, classes] (used from step 1 on). Zeroes nothing: call
  /// Network/top-down zero_grad yourself before accumulating.
  void start(Network& network, const Matrix& x, const Matrix& y, const RunContext& ctx);
  /// start() for the input rows x [R, inputs] repeated `copies` times (row
  /// c*R + r is x's row r) with label rows y [copies*R, classes]: the t = 0
  /// pass does not see the labels, so it runs once on x and its states are
  /// repeated. For inference only: accumulate() throws after it.
  void start_repeated(Network& network, const Matrix& x, std::size_t copies, const Matrix& y,
                      const RunContext& ctx);
  /// One synchronous iteration t -> t + 1.
  void step(Network& network, const RunContext& ctx);
  std::size_t time() const { return time_; }

  const Matrix& state(std::size_t k) const { return state_[k]; }
  /// n_k(t), the normalised state the next step reads.
  const Matrix& normalised(std::size_t k) const { return norm_[current_][k]; }

  /// Adds block k's weight gradients for dL/ds_k(t) = scale * ds (ds
  /// consumed) at the latest step t >= 1. `pre_activation`, if set, may
  /// change dL/dz_k before it reaches the weights (peer normalisation).
  void accumulate(Network& network, std::size_t k, Matrix& ds, float scale,
                  const std::function<void(Matrix&)>& pre_activation = {});
  /// Takes the summed gradients of B_0 and T_{K-1} (see above); call once
  /// after the last accumulate of a run.
  void finish_gradients(Network& network);

 private:
  void reset(const Matrix& x, const Matrix& y, bool repeated);
  /// The t = 0 bottom-up pass on x into `bottom` (B_0 x), `pre` (z_k, k > 0),
  /// `state` (s_k(0)) and `norm` (n_k(0)).
  void first_pass(Network& network, const Matrix& x, const RunContext& ctx, Matrix& bottom, std::vector<Matrix>& pre,
                  std::vector<Matrix>& state, std::vector<Matrix>& norm);
  Layer& bottom_up(Network& network, std::size_t k) { return network.layer(blocks_[k].first); }
  Layer& activation(Network& network, std::size_t k) { return network.layer(blocks_[k].last); }

  std::vector<FFBlock> blocks_;
  std::vector<std::unique_ptr<Layer>> top_down_;
  std::vector<std::unique_ptr<LengthNorm>> norms_;
  float damping_;
  std::size_t time_ = 0;
  const Matrix* x_ = nullptr;  // the run's input rows and label rows (caller-owned)
  const Matrix* y_ = nullptr;

  Matrix bottom_input_;           // B_0 x
  Matrix top_input_;              // T_{K-1} y
  std::vector<Matrix> state_;     // s_k(t)
  std::vector<Matrix> pre_;       // z_k(t)
  std::vector<Matrix> activity_;  // f(z_k(t))
  std::vector<Matrix> norm_[2];   // n_k(t) and n_k(t-1), by current_
  std::size_t current_ = 0;
  Matrix dz_, bottom_grad_sum_, top_grad_sum_;
  Matrix once_bottom_;                          // start_repeated's t = 0 pass, before repeating
  std::vector<Matrix> once_pre_, once_state_, once_norm_;
  bool bottom_grad_pending_ = false, top_grad_pending_ = false;
  bool repeated_ = false;  // started by start_repeated: no learning from this run
};

}  // namespace fflab
