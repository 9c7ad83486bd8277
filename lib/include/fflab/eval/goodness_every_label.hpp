#pragma once
// GoodnessEveryLabel ("goodness_every_label"): supervised Forward-Forward's
// classification: run the net once per candidate label (label in the input)
// and pick the label whose goodness, summed over the chosen blocks, is
// highest. Options: blocks = "all_but_first" (Hinton's code leaves block 0
// out) or "all", "last_three", a list of block indices; batch_size = 250
// images per pass (each pass holds classes x batch_size rows per block).
// The label variants of a batch go through each block as ONE matrix
// (row c * R + r = image r with label c). The label only touches the first
// layer's first `classes` input columns, so when block 0 starts with a dense
// layer the image part of its pre-activation is computed once and each
// variant adds its label's weight row (scaled like the rest of the row when
// the trainer length-normalises its input: every labelled row has the same
// extra square norm, strength^2). Needs the forward_forward trainer, or
// recurrent_ff: there the label is at the top, each label's run lasts to the
// end of the trainer's test_window and the goodness is averaged over the
// window (RecurrentFFTrainer::label_scores); batch_size and blocks apply.
#include "fflab/eval/evaluator.hpp"
#include "fflab/train/forward_forward_trainer.hpp"

namespace fflab {

class GoodnessEveryLabel : public Evaluator {
 public:
  static Schema schema();
  explicit GoodnessEveryLabel(const Json& options);
  std::string type() const override { return "goodness_every_label"; }
  double error(Network& network, Trainer& trainer, const Split& split) override;

  /// scores[r, c] = summed goodness of images row r with label c.
  void scores(Network& network, ForwardForwardTrainer& trainer, const Matrix& images, Matrix& scores);

 private:
  Json blocks_spec_;
  std::size_t batch_size_;
  Matrix chunk_, image_part_, pre_image_, stacked_, input_;
  std::vector<double> row_scale_;
  BlockActivations acts_;
  Matrix normalised_[2];
  Vector goodness_;
  Matrix scores_;
};

}  // namespace fflab
