#pragma once
// RecurrentFFTrainer ("recurrent_ff"): Forward-Forward in the recurrent net
// with top-down connections (Hinton 2022, section 4; the FF nets of Table 1).
// The network is the bottom-up part: blocks of [dense or locally_connected,
// activation]. RecurrentFFDynamics adds the top-down layers (trainer-owned,
// checkpointed) and runs the net: one bottom-up pass, then `iterations`
// synchronous damped updates, the label entering at the top.
// Per batch of B images (supervised; the label is never in the image):
//  1. if the softmax head is trained: a run with the neutral label
//     (label_strength / classes per entry) on the B images; the head reads
//     each chosen block's normalised state averaged over `test_window`.
//  2. positives = the images with their label at the top, negatives = the
//     same images with a wrong label: uniform among the wrong classes
//     ("wrong_label"), or self-generated ("hard_label": sampled from the
//     head's probabilities of step 1, true class masked out); the 2B rows
//     run together. At every iteration listed in `train_iterations`
//     every block's objective (softplus or symba on its goodness, threshold
//     per block) is evaluated on its state, and its gradient, divided by the
//     number of training iterations, goes to that block's bottom-up and
//     top-down weights only. One optimizer step per parameter block after
//     the run (weights do not change within a run).
//  3. the head takes one softmax step.
// Classification (goodness_every_label, one_pass_softmax): a run of
// test_window's last iteration per candidate label; a label's score is the
// goodness summed over the chosen blocks and averaged over the window.
// Train metrics: loss = mean over training iterations of the summed block
// losses; train_error = the head's error, or without a head the last
// block's positive/negative mistakes at the last training iteration.
#include <memory>

#include "fflab/local/goodness.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/peer_normalization.hpp"
#include "fflab/optim/schedule.hpp"
#include "fflab/train/forward_forward_head.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/recurrent_ff_dynamics.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class RecurrentFFTrainer : public Trainer {
 public:
  static Schema schema();
  /// `options` validated against schema().
  explicit RecurrentFFTrainer(const Json& options);

  std::string type() const override { return "recurrent_ff"; }
  std::size_t epochs() const override { return epochs_; }
  bool network_outputs_classes() const override { return false; }
  void attach(Network& network, const Dataset& data) override;
  void initialize(Rng& rng) override;
  EpochMetrics train_epoch(Network& network, const Split& train, const FeatureShape& shape, std::size_t epoch,
                           Rng& rng, const ProgressCallback& progress) override;
  std::vector<Optimizer*> optimizers() override;
  std::vector<Matrix*> extra_state() override;
  Json summary() const override;

  // ---- what the classification procedures and tests use (after attach) ----
  std::size_t blocks() const { return dynamics_->blocks(); }
  std::size_t classes() const { return classes_; }
  RecurrentFFDynamics& dynamics() { return *dynamics_; }
  /// 1-based iterations whose states train the blocks, ascending.
  const std::vector<std::size_t>& train_iterations() const { return train_iterations_; }
  /// First and last (1-based, inclusive) iteration of the test window.
  std::pair<std::size_t, std::size_t> test_window() const { return window_; }
  /// Block 0's input for image rows: normalised into `out` if the trainer
  /// normalises its input (out may be images), else images itself.
  const Matrix& prepare_input(const Matrix& images, Matrix& out);
  /// Label rows [R, classes]: one-hot(labels) * label_strength.
  void label_rows(const Labels& labels, Matrix& out) const;
  /// scores[r, c] = goodness of image r with label c at the top, summed over
  /// `blocks` and averaged over the test window.
  void label_scores(Network& network, const Matrix& images, const std::vector<std::size_t>& blocks, Matrix& scores);
  LinearHead* softmax_head() { return head_.get(); }
  /// The head's logits for images: a neutral-label run, states averaged over the window.
  const Matrix& head_logits(Network& network, const Matrix& images, const RunContext& ctx);
  /// One batch's gradients: zeroes every gradient, runs positives (labels)
  /// and negatives (wrong) on the image rows, accumulates every block's
  /// gradient; returns the loss and counts the last block's mistakes at the
  /// last training iteration into `result` (loss, cases, mistakes). Each
  /// block's own loss and goodness (averaged over the trained iterations)
  /// go to block_results_ for the epoch's measures.
  LocalRuleResult batch_gradients(Network& network, const Matrix& images, const Labels& labels, const Labels& wrong,
                                  const RunContext& ctx);

 private:
  /// A neutral-label run on images, copying each head block's normalised
  /// state averaged over the test window into the head's features.
  void neutral_window_features(Network& network, const Matrix& images, const RunContext& ctx);

  Json options_;
  std::size_t epochs_, batch_size_, iterations_;
  int jitter_;
  float damping_, lr_;
  FFObjectiveSettings ff_;
  bool hard_negatives_ = false;
  double uniform_mix_ = 0.0;
  std::vector<std::size_t> train_iterations_;
  std::pair<std::size_t, std::size_t> window_;
  std::unique_ptr<Schedule> schedule_;

  std::size_t classes_ = 0;
  std::unique_ptr<RecurrentFFDynamics> dynamics_;
  std::unique_ptr<LengthNorm> input_norm_;
  std::vector<float> thresholds_;  // oriented, per block
  std::vector<std::unique_ptr<PeerNormalization>> peers_;
  std::vector<Parameter> parameters_;  // blocks' bottom-up, then top-down
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  std::unique_ptr<LinearHead> head_;

  Matrix images_, jittered_, stacked_, input_, top_, neutral_input_, neutral_top_, ds_, average_, eval_input_;
  Labels labels_, wrong_, eval_labels_;
  std::vector<Matrix> window_sums_;  // per block: normalised state averaged over the window
  Vector goodness_values_;
  std::vector<LocalRuleResult> block_results_;  // per block, of the latest batch_gradients
};

/// `trainer` as a RecurrentFFTrainer, or null if it is another trainer.
RecurrentFFTrainer* as_recurrent_ff(Trainer& trainer);

}  // namespace fflab
