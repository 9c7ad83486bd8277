#pragma once
// ClassGroupGoodness ("class_group_goodness"): the channel-wise competitive
// classification (CwComp): one label-free pass, then the class whose group
// of units (channels) has the highest mean square, summed over the chosen
// blocks (TrainedModel::group_scores). Needs the forward_forward trainer and
// blocks whose width splits into one group per class. Options: blocks =
// "last" (the paper's) or "all", "all_but_first", "last_three", a list of
// block indices; batch_size = 1000 images per pass.
#include "fflab/core/schema.hpp"
#include "fflab/eval/evaluator.hpp"

namespace fflab {

class ClassGroupGoodness : public Evaluator {
 public:
  static Schema schema();
  explicit ClassGroupGoodness(const Json& options);
  std::string type() const override { return "class_group_goodness"; }
  double error(TrainedModel& model, const Split& split) override;

 private:
  Json blocks_spec_;
  std::size_t batch_size_;
  Matrix chunk_, scores_;
};

}  // namespace fflab
