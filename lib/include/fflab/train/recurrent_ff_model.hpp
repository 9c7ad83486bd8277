#pragma once
// RecurrentFFModel: what a recurrent_ff run trains and classifies with,
// apart from the trainer: the network's bottom-up blocks and the top-down
// layers that run them (RecurrentFFDynamics), the input normalisation, each
// block's peer normalisation (running means), the label rows (one-hot *
// label_strength at the top), the goodness, the test window and the softmax
// head. The RecurrentFFTrainer builds it in attach() and trains its parts;
// evaluators read it as a TrainedModel: label_scores() and
// head_logits("softmax_head") (a linear readout it has not).
#include <memory>
#include <utility>
#include <vector>

#include "fflab/layers/length_norm.hpp"
#include "fflab/local/goodness.hpp"
#include "fflab/local/label_embedding.hpp"
#include "fflab/local/peer_normalization.hpp"
#include "fflab/train/forward_forward_head.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/recurrent_ff_dynamics.hpp"
#include "fflab/train/trained_model.hpp"

namespace fflab {

class RecurrentFFModel : public TrainedModel {
 public:
  /// A model before attach: its test window (1-based, inclusive) and label strength.
  RecurrentFFModel(std::pair<std::size_t, std::size_t> window, float label_strength);

  /// Sets the model up on `network` cut into `blocks` and run by
  /// `dynamics`, for `input_features` features and `classes` classes, with
  /// ff's goodness (which must outlive the model), normalisation and peer
  /// normalisation; no head until set_head().
  void attach(Network& network, const std::vector<FFBlock>& blocks, std::unique_ptr<RecurrentFFDynamics> dynamics,
              std::size_t input_features, std::size_t classes, const FFObjectiveSettings& ff);
  /// The softmax head (may be null).
  void set_head(std::unique_ptr<LinearHead> head) { head_ = std::move(head); }

  std::string trainer_type() const override { return "recurrent_ff"; }
  bool outputs_class_scores() const override { return false; }
  Network& network() override;
  void label_scores(const Matrix& images, const Json& blocks, BlockWeighting weighting, Matrix& scores,
                    const std::string& procedure) override;
  /// "softmax_head": ConfigError at /trainer/softmax_head/enabled if it is
  /// not trained; any other head: the procedure needs forward_forward.
  const Matrix& head_logits(const std::string& head, const Matrix& images, const std::string& procedure) override;

  bool attached() const { return dynamics_ != nullptr; }
  std::size_t blocks() const { return dynamics_->blocks(); }
  std::size_t classes() const { return embedding_.classes; }
  RecurrentFFDynamics& dynamics() { return *dynamics_; }
  /// First and last (1-based, inclusive) iteration of the test window.
  std::pair<std::size_t, std::size_t> test_window() const { return window_; }
  /// Block k's peer normalisation.
  PeerNormalization& peer(std::size_t k) { return *peers_.at(k); }
  LinearHead* softmax_head() { return head_.get(); }
  const LinearHead* softmax_head() const { return head_.get(); }
  /// Block 0's input for image rows: normalised into `out` if the model
  /// normalises its input (out may be images), else images itself.
  const Matrix& prepare_input(const Matrix& images, Matrix& out);
  /// Label rows [R, classes]: one-hot(labels) * label_strength.
  void label_rows(const Labels& labels, Matrix& out) const;
  /// scores[r, c] = goodness of image r with label c at the top, summed over
  /// `blocks` and averaged over the test window.
  void label_scores(const Matrix& images, const std::vector<std::size_t>& blocks, Matrix& scores,
                    BlockWeighting weighting = BlockWeighting::sum);
  /// A neutral-label run on images, copying each head block's normalised
  /// state averaged over the test window into the head's features.
  void neutral_window_features(const Matrix& images, const RunContext& ctx);
  /// The head's logits for images: a neutral-label run, states averaged over
  /// the window; ConfigError if the head is not trained.
  const Matrix& head_logits(const Matrix& images, const RunContext& ctx);
  /// The top-down weights, the head's weight and bias, then (if
  /// `peer_means`) each block's peer running means: the model's part of the
  /// checkpoint, in a fixed order.
  std::vector<Matrix*> state(bool peer_means);

 private:
  std::pair<std::size_t, std::size_t> window_;
  Network* network_ = nullptr;
  std::unique_ptr<RecurrentFFDynamics> dynamics_;
  LabelEmbedding embedding_;  // the label at the top (classes, strength): one-hot or neutral
  const Goodness* goodness_ = nullptr;
  bool normalize_input_ = false;
  std::unique_ptr<LengthNorm> input_norm_;
  std::vector<std::unique_ptr<PeerNormalization>> peers_;  // per block
  std::unique_ptr<LinearHead> head_;

  // Workspaces of the classification runs (grown only).
  Matrix top_, neutral_input_, neutral_top_, eval_input_;
  Labels eval_labels_;
  std::vector<Matrix> window_sums_;  // per block: normalised state averaged over the window
  Vector goodness_values_;
};

}  // namespace fflab
