#pragma once
// OnePassSoftmax ("one_pass_softmax"): supervised Forward-Forward's fast
// classification: one pass with the neutral label (strength / classes in
// each label entry), then the forward_forward trainer's softmax head on the
// normalised activities of its blocks (default all but the first). Needs the
// forward_forward trainer with softmax_head enabled, or the recurrent_ff
// trainer (its head reads the neutral-label run's states averaged over the
// test window, see recurrent_ff_trainer.hpp). Options: batch_size.
#include "fflab/eval/evaluator.hpp"

namespace fflab {

class OnePassSoftmax : public Evaluator {
 public:
  static Schema schema();
  explicit OnePassSoftmax(const Json& options);
  std::string type() const override { return "one_pass_softmax"; }
  double error(TrainedModel& model, const Split& split) override;

 private:
  std::size_t batch_size_;
  Matrix chunk_;
};

}  // namespace fflab
