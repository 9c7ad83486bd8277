#pragma once
// LinearReadout ("linear_readout"): unsupervised Forward-Forward's
// classification: one pass of the plain images (the neutral label if the run
// is supervised), then the forward_forward trainer's readout, a linear
// softmax on the normalised activities of its blocks (default the last
// three). Needs the forward_forward trainer with readout enabled (the
// default when unsupervised). Options: batch_size.
#include "fflab/eval/evaluator.hpp"

namespace fflab {

class LinearReadout : public Evaluator {
 public:
  static Schema schema();
  explicit LinearReadout(const Json& options);
  std::string type() const override { return "linear_readout"; }
  double error(TrainedModel& model, const Split& split) override;

 private:
  std::size_t batch_size_;
  Matrix chunk_;
};

}  // namespace fflab
