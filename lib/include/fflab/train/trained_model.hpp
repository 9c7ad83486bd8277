#pragma once
// TrainedModel: what a trainer has trained, as the evaluation procedures see
// it. Every model offers its network; Forward-Forward models offer typed
// capabilities besides (label scores for goodness_every_label, head logits
// for one_pass_softmax and linear_readout). A capability a model does not
// have throws the ConfigError (pointer /trainer/type) that names the
// procedure and the trainer. The trainer owns its model (Trainer::model());
// the model is valid after the trainer's attach and reads the network that
// attach received.
#include <cstddef>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/layers/network.hpp"

namespace fflab {

/// How label_scores adds up the chosen blocks' goodness: `sum` as they are
/// (Hinton's), or `per_unit`, each block's goodness divided by its number of
/// units (the block's mean goodness per unit), so that a big block does not
/// outweigh the others by its size alone.
enum class BlockWeighting { sum, per_unit };

/// The factor by which label_scores multiplies the goodness of a block of `units` units.
inline float block_weight(BlockWeighting weighting, std::size_t units) {
  return weighting == BlockWeighting::per_unit && units > 0 ? 1.0f / static_cast<float>(units) : 1.0f;
}

class TrainedModel {
 public:
  virtual ~TrainedModel() = default;
  /// The registry name of the trainer that trains the model ("backprop", ...).
  virtual std::string trainer_type() const = 0;
  /// The trained network.
  virtual Network& network() = 0;
  /// Whether the network's output is one score per class (what the
  /// "softmax" procedure reads); Forward-Forward networks end in a hidden block.
  virtual bool outputs_class_scores() const { return true; }
  /// scores [R, classes] for images [R, F] (no label embedded): scores(r, c)
  /// = the goodness of image r with label c, summed over the blocks that the
  /// block-set spec `blocks` names (ConfigError at pointer "blocks" if it
  /// does not fit), each block's goodness weighted as `weighting` says.
  /// `procedure` names the caller in errors.
  virtual void label_scores(const Matrix& images, const Json& blocks, BlockWeighting weighting, Matrix& scores,
                            const std::string& procedure);
  /// scores [R, classes] for images [R, F]: scores(r, c) = the mean square of
  /// class c's group of units (channels) in the label-free pass, summed over
  /// the blocks the block-set spec `blocks` names (class_group_goodness).
  virtual void group_scores(const Matrix& images, const Json& blocks, Matrix& scores, const std::string& procedure);
  /// Logits [R, classes] of the head named `head` ("softmax_head",
  /// "readout") for images [R, F] (no label embedded); ConfigError when the
  /// model has no such head trained. Valid until the next call.
  virtual const Matrix& head_logits(const std::string& head, const Matrix& images, const std::string& procedure);
};

/// The ConfigError (pointer /trainer/type) of a procedure that needs a
/// Forward-Forward model run on a model of trainer `trainer_type`.
ConfigError needs_forward_forward(const std::string& procedure, const std::string& trainer_type);

}  // namespace fflab
