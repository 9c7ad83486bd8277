#pragma once
// ForwardForwardModel: what a forward_forward run trains and classifies
// with, apart from the trainer: the network cut into blocks
// (forward_forward_blocks.hpp), each block's output length normalisation and
// peer normalisation (running means), the input normalisation, the label
// embedding, the goodness, and the heads (the one-pass softmax head, the
// linear readout). The ForwardForwardTrainer builds it in attach() and
// trains its parts; evaluators read it as a TrainedModel: label_scores()
// (supervised only) and head_logits("softmax_head" | "readout").
#include <memory>
#include <vector>

#include "fflab/layers/length_norm.hpp"
#include "fflab/local/goodness.hpp"
#include "fflab/local/label_embedding.hpp"
#include "fflab/local/peer_normalization.hpp"
#include "fflab/train/every_label_scores.hpp"
#include "fflab/train/forward_forward_blocks.hpp"
#include "fflab/train/forward_forward_head.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/trained_model.hpp"

namespace fflab {

class ForwardForwardModel : public TrainedModel {
 public:
  /// A model before attach: the label strength and whether the label goes
  /// in the input.
  ForwardForwardModel(bool supervised, float label_strength);

  /// Sets the model up on `network` cut into `blocks`, for `input_features`
  /// (the embedded rows' width; label_channel_size: H * W of each label
  /// channel, 0 for the label in the first pixels)
  /// features and `classes` classes (supervised: the embedding's), with
  /// ff's goodness (which must outlive the model), normalisation and peer
  /// normalisation; no heads until set_heads().
  void attach(Network& network, std::vector<FFBlock> blocks, std::size_t input_features, std::size_t classes,
              const FFObjectiveSettings& ff, std::size_t label_channel_size = 0);
  /// Supervised: the label becomes a wave added to C x H x W images
  /// (LabelEmbedding::use_patterns); call after attach. No-op when unsupervised.
  void use_label_patterns(std::size_t channels, std::size_t height, std::size_t width, float wavelength);
  /// The heads (either may be null).
  void set_heads(std::unique_ptr<LinearHead> softmax_head, std::unique_ptr<LinearHead> readout);

  std::string trainer_type() const override { return "forward_forward"; }
  bool outputs_class_scores() const override { return false; }
  Network& network() override;
  void label_scores(const Matrix& images, const Json& blocks, BlockWeighting weighting, Matrix& scores,
                    const std::string& procedure) override;
  /// The label-free pass (the neutral label when supervised) through the
  /// blocks up to the last one `blocks` names; each named block's class
  /// groups' mean squares summed into scores (ChannelCompetitiveObjective).
  void group_scores(const Matrix& images, const Json& blocks, Matrix& scores, const std::string& procedure) override;
  /// ConfigError at /trainer/<head>/enabled naming `procedure` if the head is not trained.
  const Matrix& head_logits(const std::string& head, const Matrix& images, const std::string& procedure) override;

  const std::vector<FFBlock>& blocks() const { return blocks_; }
  bool supervised() const { return supervised_; }
  const LabelEmbedding& embedding() const { return embedding_; }
  const Goodness& goodness() const { return *goodness_; }
  bool normalizes_input() const { return normalize_input_; }
  LengthNormKind normalization() const { return normalization_; }
  /// Block k's peer normalisation.
  PeerNormalization& peer(std::size_t k) { return *peers_.at(k); }
  /// Length-normalises block k's output y into out (the input of block k + 1);
  /// with normalisation "none", copies it.
  void normalize_output(std::size_t k, const Matrix& y, Matrix& out);
  /// Block 0's input for rows x: x length-normalised into `out` (which may be
  /// x itself) if the model normalises its input, else x. With label channels
  /// only the image's channels are normalised: the label channels keep their
  /// values (label_strength, or the neutral value), whatever the image's length.
  const Matrix& prepare_input(const Matrix& x, Matrix& out);
  /// Entries of an input row that hold label channels (0 with the label in pixels).
  std::size_t label_channel_entries() const;
  /// The trained heads, or null.
  LinearHead* softmax_head() { return softmax_head_.get(); }
  LinearHead* readout() { return readout_.get(); }
  const LinearHead* softmax_head() const { return softmax_head_.get(); }
  const LinearHead* readout() const { return readout_.get(); }
  /// The trained heads in order: softmax head, readout.
  std::vector<LinearHead*> heads();
  /// Runs images through blocks [0, upto] with the label-free input (the
  /// neutral label when supervised), copying normalised outputs into every
  /// head in `heads` that reads them (shaped for the images' rows); returns
  /// block upto's normalised output (valid until the next pass).
  const Matrix& label_free_pass(const Matrix& images, std::size_t upto, const RunContext& ctx,
                                const std::vector<LinearHead*>& heads);
  /// The same pass through blocks [first, upto] from block first's input x
  /// (the heads' features already shaped).
  const Matrix& label_free_blocks(const Matrix& x, std::size_t first, std::size_t upto, const RunContext& ctx,
                                  const std::vector<LinearHead*>& heads);
  /// Block 0's input for images [R, F]: the neutral label embedded when
  /// supervised, then the input normalisation (a workspace of the model).
  const Matrix& label_free_input(const Matrix& images);
  /// Logits of `head` for images [R, F] (no label embedded): the label-free
  /// pass through the blocks the head reads.
  const Matrix& head_logits(LinearHead& head, const Matrix& images, const RunContext& ctx);
  /// The heads' weights and biases, then (if `peer_means`) each block's peer
  /// running means: the model's part of the checkpoint, in a fixed order.
  std::vector<Matrix*> state(bool peer_means);

 private:
  bool supervised_;
  LabelEmbedding embedding_;
  Network* network_ = nullptr;
  std::vector<FFBlock> blocks_;
  const Goodness* goodness_ = nullptr;
  bool normalize_input_ = false;
  bool normalize_blocks_ = true;
  LengthNormKind normalization_ = LengthNormKind::rms;
  std::vector<std::unique_ptr<LengthNorm>> norms_;  // per block
  std::vector<std::unique_ptr<PeerNormalization>> peers_;  // per block
  std::unique_ptr<LengthNorm> input_norm_;
  std::unique_ptr<LinearHead> softmax_head_, readout_;

  // Workspaces of the label-free pass and of label_scores (grown only).
  Matrix neutral_, neutral_input_;
  BlockActivations acts_;
  Matrix normalised_[2], group_goodness_;
  std::size_t classes_ = 0;
  EveryLabelScores every_label_;
};

}  // namespace fflab
