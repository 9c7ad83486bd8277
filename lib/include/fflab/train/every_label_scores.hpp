#pragma once
// Goodness for every label, batched, for a Forward-Forward model with the
// label in the input: the net runs once per candidate label and scores(r, c)
// is the goodness of image r with label c summed over the chosen blocks.
// The label variants of a batch go through each block as ONE matrix (row
// c * R + r = image r with label c). The label only touches the first
// layer's first `classes` input columns, so when block 0 starts with a dense
// layer the image part of its pre-activation is computed once and each
// variant adds its label's weight row (scaled like the rest of the row when
// the model length-normalises its input: every labelled row has the same
// extra square norm, strength^2).
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/train/forward_forward_blocks.hpp"
#include "fflab/train/trained_model.hpp"

namespace fflab {

class ForwardForwardModel;

/// The scorer with its workspaces (grown only, reused across calls).
class EveryLabelScores {
 public:
  /// scores [R, classes] of images [R, F] under `model`, summed over the
  /// blocks the block-set spec `blocks` names, weighted by `weighting`.
  /// ConfigError (/trainer/supervised) if the model is unsupervised, at
  /// pointer "blocks" if the spec does not fit its blocks.
  void compute(ForwardForwardModel& model, const Json& blocks, BlockWeighting weighting, const Matrix& images,
               Matrix& scores);

 private:
  /// Block 0's pre-activation for every label when it starts with a dense
  /// layer (into stacked_); false (nothing done) otherwise.
  bool dense_first_layer(ForwardForwardModel& model, const Matrix& images);
  /// Every labelled variant of the images as a row of stacked_.
  void labelled_rows(ForwardForwardModel& model, const Matrix& images);

  Matrix image_part_, pre_image_, stacked_, input_;
  std::vector<double> row_scale_;
  BlockActivations acts_;
  Matrix normalised_[2];
  Vector goodness_;
};

}  // namespace fflab
