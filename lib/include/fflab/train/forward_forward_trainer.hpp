#pragma once
// ForwardForwardTrainer ("forward_forward"): Hinton's Forward-Forward. The
// network is its hidden layers, cut into blocks ending at activation layers
// (see forward_forward_blocks.hpp); network_outputs_classes() is false.
// Per batch:
//  1. supervised: positives = images with their label in the first
//     `classes` features; unsupervised: the images themselves.
//  2. if a head is trained (or the negatives need scores) and the mode is
//     supervised: a neutral-label pass through the blocks the heads read
//     (parameters before this batch's update) fills the heads' features.
//  3. negatives from the generator ("wrong_label", "hard_label": sampled from
//     the one-pass softmax head's probabilities of step 2, "hybrid").
//  4. for each block: positive and negative rows as ONE [2B, in] matrix
//     through the block; if the block trains this epoch, the local rule's
//     dL/doutput goes back through the block's own layers only (plus peer
//     normalisation on the pre-activation), then one optimizer step per
//     parameter block. The block output, length-normalised ("rms": y /
//     sqrt(mean(y^2)), Hinton's code; "l2": y / ||y||), is the next block's
//     input, detached. Unsupervised heads read the positive rows here.
//  5. each head takes one softmax step on its features.
// Block schedules: "simultaneous" trains every block on every batch;
// "greedy" trains block k alone during epochs [k*E/K, (k+1)*E/K) with the
// learning-rate schedule run over that block's own epochs.
// Threshold and goodness (Hinton 2022 and his code): with "rms" normalisation each block input
// has mean square 1 and sum_squares with threshold "units" learns (Hinton's
// code); with "l2" normalisation inputs are sqrt(n) times smaller: use
// mean_squares with threshold 2 (the reimplementations); sum_squares with
// "units" on l2 inputs does not learn.
// Train metrics: loss = sum over the trained blocks of their mean loss;
// train_error = the first trained head's error on the training batches, or,
// without heads, the positive/negative mistakes of the last trained block.
// extra_state(): heads' weights and biases, peer-normalisation running means.
#include <memory>

#include "fflab/layers/length_norm.hpp"
#include "fflab/local/goodness.hpp"
#include "fflab/local/label_embedding.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/negative_generator.hpp"
#include "fflab/local/peer_normalization.hpp"
#include "fflab/optim/schedule.hpp"
#include "fflab/train/forward_forward_blocks.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/forward_forward_head.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class ForwardForwardTrainer : public Trainer {
 public:
  static Schema schema();
  /// `options` validated against schema().
  explicit ForwardForwardTrainer(const Json& options);

  std::string type() const override { return "forward_forward"; }
  std::size_t epochs() const override { return epochs_; }
  bool network_outputs_classes() const override { return false; }
  void attach(Network& network, const Dataset& data) override;
  EpochMetrics train_epoch(Network& network, const Split& train, const FeatureShape& shape, std::size_t epoch,
                           Rng& rng, const ProgressCallback& progress) override;
  std::vector<Optimizer*> optimizers() override;
  std::vector<Matrix*> extra_state() override;
  Json summary() const override;

  // ---- what the FF classification procedures use (valid after attach) ----
  const std::vector<FFBlock>& blocks() const { return blocks_; }
  bool supervised() const { return supervised_; }
  const LabelEmbedding& embedding() const { return embedding_; }
  const Goodness& goodness() const { return *ff_.goodness; }
  bool normalizes_input() const { return ff_.normalize_input; }
  LengthNormKind normalization() const { return ff_.normalization; }
  /// Length-normalises block k's output y into out (the input of block k + 1).
  void normalize_output(std::size_t k, const Matrix& y, Matrix& out);
  /// Block 0's input for rows x: x length-normalised into `out` (which may be
  /// x itself) if the trainer normalises its input, else x.
  const Matrix& prepare_input(const Matrix& x, Matrix& out);
  /// The trained heads, or null.
  LinearHead* softmax_head() { return softmax_head_.get(); }
  LinearHead* readout() { return readout_.get(); }
  /// Logits of `head` for images [R, F] (no label embedded): the neutral-label
  /// pass (supervised) or the plain pass through the blocks the head reads.
  const Matrix& head_logits(Network& network, LinearHead& head, const Matrix& images, const RunContext& ctx);

 private:
  struct BlockState {
    std::unique_ptr<LengthNorm> norm;
    std::unique_ptr<PeerNormalization> peer;
    std::vector<std::size_t> params;  // indices into parameters_
  };

  /// Blocks that train in `epoch`, and the schedule factor they use.
  std::pair<std::size_t, std::size_t> active_blocks(std::size_t epoch) const;
  float block_rate_factor(std::size_t epoch) const;
  /// Runs images through blocks [0, upto] with the label-free input, copying
  /// normalised outputs into every trained head that reads them.
  void label_free_pass(Network& network, const Matrix& images, std::size_t upto, const RunContext& ctx,
                       const std::vector<LinearHead*>& heads);
  std::vector<LinearHead*> heads();

  Json options_;
  std::size_t epochs_, batch_size_;
  int jitter_;
  bool supervised_, greedy_;
  float lr_;
  FFObjectiveSettings ff_;
  std::unique_ptr<NegativeGenerator> negatives_;
  std::unique_ptr<Schedule> schedule_;
  LabelEmbedding embedding_;

  std::vector<FFBlock> blocks_;
  std::vector<float> thresholds_;  // oriented, per block
  std::vector<BlockState> state_;
  std::unique_ptr<LengthNorm> input_norm_;
  std::vector<Parameter> parameters_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  std::unique_ptr<LinearHead> softmax_head_, readout_;

  // Batch workspaces (grown only). The positive/negative pass shares one
  // set across blocks (no block keeps activations once the next one runs):
  // block_input_, acts_ (the block's layer outputs), dy_ (dL/doutput, turned
  // in place into dL/dpre-activation) and grads_ (for layers that cannot
  // work in place).
  Matrix images_, jittered_, positives_, negatives_buf_, stacked_, neutral_, neutral_input_;
  Labels labels_;
  Matrix block_input_, dy_;
  BlockActivations acts_;
  BlockGradients grads_;
  BlockActivations eval_acts_;
  Matrix eval_normalised_[2];
};

/// `trainer` as a ForwardForwardTrainer, for the FF classification procedures;
/// ConfigError (pointer /trainer/type) naming `procedure` if it is another trainer.
ForwardForwardTrainer& as_forward_forward(Trainer& trainer, const std::string& procedure);

}  // namespace fflab
