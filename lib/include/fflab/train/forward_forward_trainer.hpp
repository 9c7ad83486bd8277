#pragma once
// ForwardForwardTrainer ("forward_forward"): Hinton's Forward-Forward. The
// network is its hidden layers, cut into blocks ending at activation layers
// (see forward_forward_blocks.hpp); network_outputs_classes() is false.
// Per batch:
//  1. supervised: positives = images with their label in the first
//     `classes` features; unsupervised: the images themselves.
//  2. if a head is trained (or the negatives need scores) and the mode is
//     supervised: a neutral-label pass through the blocks the heads read
//     (parameters before this batch's update) scores the heads: slices of
//     at most neutral_pass_rows rows each fill the heads' features and add
//     their logits, loss and gradient into the batch's (pipelined: one pass
//     over the whole batch fills the features; the last rank scores them).
//  3. negatives from the generator ("wrong_label", "hard_label": sampled from
//     the one-pass softmax head's probabilities of step 2, "hybrid").
//  4. for each block: positive and negative rows as ONE [2B, in] matrix
//     through the block; if the block trains this epoch, the local rule's
//     dL/doutput goes back through the block's own layers only (plus peer
//     normalisation on the pre-activation), then one update per parameter
//     block (through the updater). The block output, length-normalised ("rms": y /
//     sqrt(mean(y^2)), Hinton's code; "l2": y / ||y||), is the next block's
//     input, detached. Unsupervised heads read the positive rows here.
//  5. each head takes one softmax step (on the gradient of step 2, or,
//     unsupervised or pipelined, on its features now).
// Block schedules: "simultaneous" trains every block on every batch;
// "greedy" trains block k alone during epochs [k*E/K, (k+1)*E/K) with the
// learning-rate schedule run over that block's own epochs; block_epochs
// (simultaneous) freezes block k after its own window of epochs (CwComp);
// epochs after every window run the batches through the frozen blocks in
// training mode, so batch norm's running statistics settle on the final
// weights (CwComp's code trains 20 epochs with its MNIST windows ending at 5).
// Class-group objectives (channel_competitive, CwComp): the batch's images
// alone go through the blocks (no label in the input, no negatives) and the
// objective reads the labels; no head by default (class_group_goodness
// classifies). Blocks keep pooling and batch_norm layers that follow their
// activation (forward_forward_blocks.hpp); with normalization "none" a
// block's output goes on to the next block as it is.
// Threshold and goodness (Hinton 2022 and his code): with "rms" normalisation each block input
// has mean square 1 and sum_squares with threshold "units" learns (Hinton's
// code); with "l2" normalisation inputs are sqrt(n) times smaller: use
// mean_squares with threshold 2 (the reimplementations); sum_squares with
// "units" on l2 inputs does not learn.
// Train metrics: loss = sum over the trained blocks of their mean loss;
// train_error = the first trained head's error on the training batches, or,
// without heads, the positive/negative mistakes of the last trained block.
// The trained parts (blocks, normalisations, embedding, heads) are the
// model (ForwardForwardModel, model()); the trainer owns it, the optimizers
// and the training workspaces.
// extra_state(): heads' weights and biases, peer-normalisation running means.
// Layer-pipelined (pipeline(), layer_pipeline.hpp): every rank runs steps
// 1-3 alike (the same draws from the run's generator); rank r runs step 4
// for its blocks only, its first block's input (and the batch's loss so
// far) received from rank r - 1, its last block's normalised output sent
// to rank r + 1; train_batch returns the batch's loss through this rank's
// blocks, the whole batch's on the last rank (whose loss total the loop
// takes at the epoch's end, summing the other tallies over the ranks). At
// the epoch's end each block's owner broadcasts its tensors (parameters,
// optimizer and peer-normalisation state), so every rank holds the whole
// model, as one process would, for evaluation and the checkpoint. The heads
// train on the last rank: the neutral-label rows (supervised) travel up
// with the batch, each rank running them through its blocks before it
// trains them, and the heads' features travel up too, each rank filling
// the columns of its blocks; the last rank broadcasts the heads' tensors.
#include <memory>

#include "fflab/local/local_rule.hpp"
#include "fflab/local/negative_generator.hpp"
#include "fflab/train/forward_forward_blocks.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/goodness_scope.hpp"
#include "fflab/train/forward_forward_model.hpp"
#include "fflab/train/layer_pipeline.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class ForwardForwardTrainer : public Trainer {
 public:
  static Schema schema();
  /// `options` validated against schema().
  explicit ForwardForwardTrainer(const Json& options);

  std::string type() const override { return "forward_forward"; }
  const TrainingSettings& settings() const override { return settings_; }
  bool network_outputs_classes() const override { return false; }
  /// The samples' shape, with `classes` label channels first when label_input is "channels".
  FeatureShape network_input(const FeatureShape& data, std::size_t classes) const override;
  void attach(Network& network, const Dataset& data) override;
  /// The blocks that train this epoch and their rate (greedy: the block's own schedule).
  float begin_epoch(std::size_t epoch) override;
  /// Steps 1-5 above on one batch; returns the summed loss of the trained
  /// blocks. Pipelined, a non-finite loss (which only this rank sees) is an
  /// Error that ends the job, not a DivergenceError.
  double train_batch(Network& network, const TrainingBatch& batch) override;
  std::vector<Optimizer*> optimizers() override;
  std::vector<Matrix*> extra_state() override;
  Json summary() const override;
  /// Refuses (ConfigError) what the pipeline cannot compute as one process
  /// does: fewer blocks than ranks, the greedy schedule, negatives from the
  /// head's scores, dropout.
  void pipeline(Communicator& ranks) override;
  Json pipeline_summary() const override;
  /// Pipelined: waits for the sends, declares every block's measures and
  /// broadcasts each block's tensors from its owner; the time it took is
  /// the measure "pipeline_epoch_end_ms".
  void end_epoch(EpochTally& tally) override;

  /// The trained model: blocks, normalisations, label embedding, heads.
  ForwardForwardModel& model() override { return model_; }

 private:
  /// What begin_epoch() fixes for the epoch's batches.
  struct EpochPlan {
    std::size_t first_active = 0, last_active = 0;  // blocks that train
    std::size_t head_upto = 0;  // the last block a trained head reads
    std::size_t ff_upto = 0;    // the positive/negative pass runs to this block
    float head_factor = 1.0f;   // the heads' schedule factor
    std::vector<LinearHead*> heads;
  };

  /// train_batch's steps.
  double train_steps(Network& network, const TrainingBatch& batch);
  /// Blocks that train in `epoch`, and the schedule factor they use.
  std::pair<std::size_t, std::size_t> active_blocks(std::size_t epoch) const;
  float block_rate_factor(std::size_t epoch) const;
  /// Positive rows then negative rows of the batch into stacked_ (step 3).
  void stack_positives_and_negatives(const TrainingBatch& batch);
  /// The positive/negative pass through blocks [0, plan_.ff_upto] (pipelined:
  /// this rank's share of them), training the active ones (step 4); returns
  /// loss_below (the loss of the blocks below this rank's) plus the loss of
  /// the blocks it trained.
  double train_blocks(Network& network, const TrainingBatch& batch, double loss_below);
  /// Step 2 in one process: the neutral-label pass through the blocks the
  /// heads read, slice by slice, each slice scored by every head.
  void score_heads_on_neutral_rows(const TrainingBatch& batch);
  /// Rows per slice of that pass: the fewest slices of at most
  /// neutral_pass_rows rows, all of ceil(rows / slices) rows but the last.
  std::size_t neutral_slice_rows(std::size_t rows) const;
  /// How the neutral pass runs, for the summary.
  std::string neutral_pass_description() const;
  /// Step 2 pipelined: the neutral-label pass through this rank's share of
  /// the blocks the heads read, from the rows the rank below sent.
  void neutral_pass(const TrainingBatch& batch);
  /// Block k's objective on its output y for input x, its backward pass and
  /// update, its measures; returns its loss.
  double train_block(Network& network, const TrainingBatch& batch, std::size_t k, const Matrix& x, const Matrix& y);
  /// What block k's objective sees of the batch (output y, input x, labels for class groups).
  /// Under a goodness scope other than the whole block, its rows are the (row, group) pairs (scoped_output_).
  LocalRuleInput rule_input(const TrainingBatch& batch, std::size_t k, const Matrix& x, const Matrix& y);
  /// scopes_ from /trainer/goodness_scope, and the thresholds of scoped blocks ("units": a group's).
  void set_goodness_scopes(Network& network, const std::vector<FFBlock>& blocks);
  /// Block k's mistakes on the batch, without training it (epochs after every block_epochs window).
  void score_frozen_block(const TrainingBatch& batch, std::size_t k, const Matrix& x, const Matrix& y);
  /// The blocks this process runs the positive/negative pass through:
  /// [0, plan_.ff_upto], pipelined only this rank's share of them.
  BlockRange stage_blocks() const;
  /// Pipelined, what crosses the boundary below block `first`, in order: the
  /// positive/negative rows (block_input_), the neutral-label rows when a
  /// supervised head reads block `first` or later, each head's features.
  bool carries_neutral_rows(std::size_t first) const;
  /// Pipelined: the message of the rank below into block_input_,
  /// neutral_input_ and the heads' features; returns the batch's loss so far.
  double receive_batch(std::size_t rows);
  /// Pipelined: block_input_ (this rank's last output), neutral_output_ and
  /// the heads' features to the rank above, with the batch's loss so far.
  void send_batch(std::size_t rows, double loss);
  /// Every block's tensors broadcast from the rank that trains it.
  void gather_model();
  /// One softmax step per trained head (step 5); `scored`: step 2 scored
  /// them already, else they score their features first.
  void train_heads(const TrainingBatch& batch, bool scored);

  /// block_epochs_ from the manifest (null: none); ConfigError if it does not fit the schedule.
  void read_block_epochs(const Json& spec);
  /// ConfigError if peer normalisation meets a block with trailing layers,
  /// or a class-group objective a block whose channels do not split into the classes.
  void check_blocks(Network& network, const std::vector<FFBlock>& blocks) const;
  /// ConfigError unless a class-group objective's settings fit it (supervised, no negatives).
  void check_class_group_objective(const Json& negatives) const;

  Json options_;
  TrainingSettings settings_;
  bool supervised_, greedy_, label_channels_, label_pattern_;
  FFObjectiveSettings ff_;
  bool class_groups_;  // the objective scores class groups against labels: no negatives, no label in the input
  std::size_t classes_ = 0;
  std::vector<std::size_t> block_epochs_;  // per-block windows; empty: none
  std::unique_ptr<NegativeGenerator> negatives_;
  EpochPlan plan_;
  ForwardForwardModel model_;
  std::unique_ptr<LayerPipeline> pipeline_;  // null unless pipelined
  std::size_t neutral_rows_asked_;    // neutral_pass_rows; 0 = null
  std::string neutral_whole_because_;  // why the net runs the whole batch whatever is asked

  std::vector<float> thresholds_;  // oriented, per block (per group under a goodness scope)
  std::vector<GoodnessScope> scopes_;  // per block
  Matrix scoped_output_, scoped_grad_;  // a scoped block's output and gradient as [rows * groups, group units]
  std::vector<std::vector<std::size_t>> block_params_;  // per block: indices into parameters_
  std::vector<Parameter> parameters_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;

  // Batch workspaces (grown only). The positive/negative pass shares one
  // set across blocks (no block keeps activations once the next one runs):
  // block_input_, acts_ (the block's layer outputs), dy_ (dL/doutput, turned
  // in place into dL/dpre-activation) and grads_ (for layers that cannot
  // work in place).
  Matrix positives_, negatives_buf_, stacked_;
  Matrix block_input_, dy_;
  Matrix neutral_slice_;                     // a slice of the batch's images for the neutral pass
  Matrix neutral_input_;                     // pipelined: the neutral rows from the rank below
  const Matrix* neutral_output_ = nullptr;  // pipelined: this rank's last neutral output
  BlockActivations acts_;
  BlockGradients grads_;
};

}  // namespace fflab
