#pragma once
// SoftmaxEvaluator ("softmax"): one forward pass in evaluation mode, predicted
// class = argmax of the network output (the softmax of the logits has the
// same argmax). Evaluates in chunks of `batch_size` rows.
#include "fflab/eval/evaluator.hpp"

namespace fflab {

class SoftmaxEvaluator : public Evaluator {
 public:
  explicit SoftmaxEvaluator(const Json& options);
  std::string type() const override { return "softmax"; }
  double error(TrainedModel& model, const Split& split) override;
  static Schema schema();

 private:
  std::size_t batch_size_;
  Matrix chunk_;
};

}  // namespace fflab
