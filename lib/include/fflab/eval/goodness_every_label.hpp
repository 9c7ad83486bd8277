#pragma once
// GoodnessEveryLabel ("goodness_every_label"): supervised Forward-Forward's
// classification: the label whose goodness, summed over the chosen blocks,
// is highest (TrainedModel::label_scores). forward_forward runs the net once
// per candidate label, the label in the input (the variants batched, see
// train/every_label_scores.hpp); recurrent_ff puts the label at the top, runs
// each label to the end of the trainer's test_window and averages the
// goodness over the window. Options: blocks = "all_but_first" (Hinton's code
// leaves block 0 out) or "all", "last_three", a list of block indices;
// block_weighting = "sum" (each block's goodness as it is, Hinton's) or
// "per_unit" (divided by the block's units: blocks count alike whatever
// their size); batch_size = 250 images per pass (each pass holds classes x batch_size rows
// per block).
#include "fflab/eval/evaluator.hpp"

namespace fflab {

class GoodnessEveryLabel : public Evaluator {
 public:
  static Schema schema();
  explicit GoodnessEveryLabel(const Json& options);
  std::string type() const override { return "goodness_every_label"; }
  double error(TrainedModel& model, const Split& split) override;

 private:
  Json blocks_spec_;
  BlockWeighting weighting_;
  std::size_t batch_size_;
  Matrix chunk_, scores_;
};

}  // namespace fflab
