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
//     top-down weights only. One update per parameter block (through the
//     updater) after the run (weights do not change within a run).
//  3. the head takes one softmax step.
// Classification (goodness_every_label, one_pass_softmax): a run of
// test_window's last iteration per candidate label; a label's score is the
// goodness summed over the chosen blocks and averaged over the window.
// The trained parts (dynamics, normalisations, head) are the model
// (RecurrentFFModel, model()); the trainer owns it and the optimizers.
// Train metrics: loss = mean over training iterations of the summed block
// losses; train_error = the head's error, or without a head the last
// block's positive/negative mistakes at the last training iteration.
#include <memory>

#include "fflab/local/goodness.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/peer_normalization.hpp"
#include "fflab/train/forward_forward_head.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/recurrent_ff_dynamics.hpp"
#include "fflab/train/recurrent_ff_model.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class RecurrentFFTrainer : public Trainer {
 public:
  static Schema schema();
  /// `options` validated against schema().
  explicit RecurrentFFTrainer(const Json& options);

  std::string type() const override { return "recurrent_ff"; }
  const TrainingSettings& settings() const override { return settings_; }
  bool network_outputs_classes() const override { return false; }
  void attach(Network& network, const Dataset& data) override;
  void initialize(Rng& rng) override;
  float begin_epoch(std::size_t epoch) override;
  /// Steps 1-3 above on one batch; returns its loss (batch_gradients').
  double train_batch(Network& network, const TrainingBatch& batch) override;
  std::vector<Optimizer*> optimizers() override;
  std::vector<Matrix*> extra_state() override;
  Json summary() const override;

  /// The trained model: dynamics (bottom-up and top-down), normalisations, head.
  RecurrentFFModel& model() override { return model_; }

  // ---- what the tests use (after attach) ----
  std::size_t blocks() const { return model_.blocks(); }
  std::size_t classes() const { return model_.classes(); }
  RecurrentFFDynamics& dynamics() { return model_.dynamics(); }
  /// 1-based iterations whose states train the blocks, ascending.
  const std::vector<std::size_t>& train_iterations() const { return train_iterations_; }
  /// First and last (1-based, inclusive) iteration of the test window.
  std::pair<std::size_t, std::size_t> test_window() const { return model_.test_window(); }
  /// Label rows [R, classes]: one-hot(labels) * label_strength.
  void label_rows(const Labels& labels, Matrix& out) const { model_.label_rows(labels, out); }
  /// One batch's gradients: zeroes every gradient, runs positives (labels)
  /// and negatives (wrong) on the image rows, accumulates every block's
  /// gradient; returns the loss and counts the last block's mistakes at the
  /// last training iteration into `result` (loss, cases, mistakes). Each
  /// block's own loss and goodness (averaged over the trained iterations)
  /// go to block_results_ for the epoch's measures.
  LocalRuleResult batch_gradients(Network& network, const Matrix& images, const Labels& labels, const Labels& wrong,
                                  const RunContext& ctx);

 private:
  /// The wrong label of each row of the batch into wrong_ (step 2's negatives).
  void draw_wrong_labels(const TrainingBatch& batch);
  /// The head's error on the batch and one softmax step (step 3).
  void train_head(const TrainingBatch& batch);

  Json options_;
  TrainingSettings settings_;
  std::size_t iterations_;
  float damping_;
  float head_factor_ = 1.0f;  // the epoch's schedule factor, for the head
  FFObjectiveSettings ff_;
  bool hard_negatives_ = false;
  double uniform_mix_ = 0.0;
  std::vector<std::size_t> train_iterations_;
  RecurrentFFModel model_;

  std::vector<float> thresholds_;  // oriented, per block
  std::vector<Parameter> parameters_;  // blocks' bottom-up, then top-down
  std::vector<std::unique_ptr<Optimizer>> optimizers_;

  Matrix stacked_, top_, ds_;
  Labels wrong_;
  std::vector<LocalRuleResult> block_results_;  // per block, of the latest batch_gradients
};

}  // namespace fflab
