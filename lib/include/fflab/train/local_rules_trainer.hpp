#pragma once
// LocalRulesTrainer ("local_rules"): trains every block of a network with a
// local learning rule (local/local_rule.hpp) named in the manifest, one rule
// instance per block, and the output part (the layers after the last
// activation) with its output loss ("output_loss", softmax cross-entropy
// unless the manifest names another) on its own output. No gradient
// crosses a block boundary: a block's layers learn from what its rule
// returns, and the output part's gradient stops at its first layer.
// The pass schedule follows the rule's needs():
//  - "streaming" (needs at most labels and feedback: local_head, drtp): each
//    block learns as soon as the forward pass reaches it, holding the
//    activations of two blocks at a time;
//  - "forward_first" (needs the output error: dfa): a full forward pass,
//    then e = softmax(z) - onehot, then every block learns;
//  - "two_pass" (needs a modulated pass: pepita): as forward_first, plus a
//    second pass on x + e F before the blocks learn (dropout layers reuse
//    the clean pass's masks); a block's signal (clean minus modulated
//    output) goes through the masks of the dropout layers right after the
//    block, since the rule compares the activities the layer above sees
//    (PEPITA's official code); the output part learns on the modulated pass
//    if the rule's output_pass() says so;
//  - "top_down" (needs the upstream signal: fa, sign_symmetry): a full
//    forward pass, then the blocks from the last to the first, each given
//    the signal at the output of the weighted layer above (the output
//    layer's dL/dz for the top block, else the block above's
//    dL/d(pre-activation)), that layer's weight and a way to send the signal
//    through the layer with a stand-in weight; every block steps after all
//    signals are computed, so each sees the weights of the forward pass. The
//    part above a block must open with a dense or conv2d layer (after
//    parameter-free layers such as dropout or pooling, whose backward pass
//    the signal goes through) that feeds the block's activation directly or
//    is the network's last layer.
// The output error e is the output loss's gradient times B: softmax(z) -
// onehot for softmax cross-entropy, sigmoid(z) - onehot for
// sigmoid_cross_entropy (divided by the classes with mean_over_classes).
// Every block learns from activations computed before this batch's updates,
// so the schedules differ in memory and in what is available, not in order
// effects. Fixed random matrices (per-block feedback F_k [classes, units], or
// shaped like the weight above for fa;
// the modulation F [classes, inputs]) and the rules' own parameters are drawn
// by initialize() and checkpointed with extra_state().
// The readout (the output part) has its own optimizer section,
// readout_optimizer (default: the same as optimizer), and its own lr under
// the common schedule; its optimizers are checkpointed with the others.
// Train metrics: loss and error of the network output on the training
// batches (the output loss on the clean pass).
#include <memory>

#include "fflab/local/local_rule.hpp"
#include "fflab/losses/loss.hpp"
#include "fflab/train/forward_forward_blocks.hpp"
#include "fflab/train/network_model.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class LocalRulesTrainer : public Trainer {
 public:
  static Schema schema();
  /// `options` validated against schema().
  explicit LocalRulesTrainer(const Json& options);

  std::string type() const override { return "local_rules"; }
  const TrainingSettings& settings() const override { return settings_; }
  void attach(Network& network, const Dataset& data) override;
  void initialize(Rng& rng) override;
  float begin_epoch(std::size_t epoch) override;
  /// One batch in the pass schedule's order; returns the output part's loss.
  double train_batch(Network& network, const TrainingBatch& batch) override;
  std::vector<Optimizer*> optimizers() override;
  /// The network alone (no Forward-Forward capability).
  TrainedModel& model() override { return model_; }
  std::vector<Matrix*> extra_state() override;
  Json summary() const override;

  enum class PassSchedule { streaming, forward_first, two_pass, top_down };
  PassSchedule pass_schedule() const { return schedule_kind_; }
  const std::vector<FFBlock>& blocks() const { return parts_.blocks; }
  /// Block k's rule (valid after attach).
  LocalRule& rule(std::size_t k) { return *rules_.at(k); }
  /// Block k's fixed feedback matrix (empty unless the rule needs one);
  /// writable so tests can put known matrices in.
  Matrix& feedback(std::size_t k) { return feedback_.at(k); }
  const Matrix& modulation() const { return modulation_; }

 private:
  /// Block k learns from its rule: x is its input and acts its layers'
  /// outputs in the clean pass; mx / macts the same in the modulated pass.
  /// Returns what the rule measured on the batch.
  /// upstream: the signal from the part above (top_down); step_now false
  /// leaves the block's gradients for a later step.
  LocalRuleResult train_block(Network& network, std::size_t k, const Matrix& x, const BlockActivations& acts,
                              const Matrix* mx, const BlockActivations* macts, const TrainingBatch& batch,
                              const Matrix* upstream = nullptr, bool step_now = true);
  /// What block k's rule sees of its clean pass and the batch (no gradients).
  LocalRuleInput rule_input(Network& network, std::size_t k, const Matrix& x, const BlockActivations& acts,
                            const TrainingBatch& batch, const Matrix* upstream);
  /// top_down: the blocks from the last to the first, then every block's step.
  void train_blocks_top_down(Network& network, const TrainingBatch& batch);
  /// top_down: finds, for every block, the weighted layer opening the part
  /// above (ConfigError naming the layer if the network does not fit).
  void find_layers_above(Network& network);
  /// top_down: the output of layer `i` in the clean pass, for a layer
  /// between block k and the weighted layer above it (`block_output` when
  /// i is block k's last layer).
  const Matrix& output_above(std::size_t k, std::size_t i, const Matrix& block_output) const;
  /// top_down: takes dy_ (at the input of the weighted layer above block k)
  /// back through the layers in between to block k's output.
  void back_through_between(Network& network, std::size_t k, const Matrix& block_output);
  /// two_pass: dy_ (at block k's output) times the masks of the dropout
  /// layers that directly follow block k.
  void mask_like_following_dropout(Network& network, std::size_t k);
  /// Adds block k's loss to the batch's measures ("blockK.loss"), if its
  /// rule has a loss of its own (LocalRule::has_loss).
  void record_loss(const TrainingBatch& batch, std::size_t k, double loss, std::size_t rows) const;
  /// The clean pass through the blocks (streaming rules learn as it goes);
  /// returns the last block's output.
  const Matrix& clean_pass(Network& network, const TrainingBatch& batch);
  /// forward_first and two_pass: the output error, the modulated pass if
  /// asked, then every block learns.
  void train_blocks_after_output(Network& network, const TrainingBatch& batch);
  /// The output part learns from the output loss's gradient on the pass
  /// output_pass_ names; `hidden` is the last block's clean output.
  void train_output(Network& network, const TrainingBatch& batch, const Matrix& hidden);
  /// Updates the parameters `params` (indices into parameters_) through the updater.
  void step(const std::vector<std::size_t>& params, float lr);

  Json options_;
  TrainingSettings settings_;
  Json readout_optimizer_;    // the resolved readout_optimizer section, else optimizer
  float readout_lr_ = 0.0f;   // its lr
  float readout_rate_ = 0.0f;  // readout_lr_ times this epoch's schedule factor
  NetworkModel model_{"local_rules"};
  LocalRuleNeeds needs_;
  GradientAt gradient_at_ = GradientAt::output;
  RulePass rule_pass_ = RulePass::clean;
  RulePass output_pass_ = RulePass::clean;
  PassSchedule schedule_kind_ = PassSchedule::streaming;
  bool initialized_ = false;

  BlocksAndOutput parts_;
  std::vector<std::unique_ptr<LocalRule>> rules_;
  std::vector<Matrix> feedback_;  // per block, [classes, units] or the weight above's shape (empty if unused)
  struct LayersAbove {
    std::size_t weighted = 0;          // the dense or conv2d layer opening the part above
    WeightFans fans;                   // of its weight
    std::vector<std::size_t> between;  // parameter-free layers between the block and it
  };
  std::vector<LayersAbove> above_;  // per block (top_down)
  std::vector<Matrix> upstream_;    // per block: its dL/d(pre-activation), for the block below (top_down)
  Matrix modulation_;             // [classes, inputs] (empty if unused)
  std::vector<Parameter> parameters_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  std::vector<std::vector<std::size_t>> block_params_;  // per block: its layers' and its rule's
  std::vector<std::size_t> output_params_;
  std::unique_ptr<Loss> output_loss_;

  // Batch workspaces (grown only).
  Matrix modulated_, dz_, error_, dy_, between_;
  std::vector<BlockActivations> acts_, mod_acts_;  // per block (streaming: two, alternating)
  BlockActivations out_acts_, out_mod_acts_;
  BlockGradients grads_;
};

}  // namespace fflab
