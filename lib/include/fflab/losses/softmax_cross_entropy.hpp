#pragma once
// SoftmaxCrossEntropy ("softmax_cross_entropy"): the output rows are logits s.
//   loss = mean over rows of  logsumexp(s) - s_y
// computed stably (the row maximum is subtracted before exp).
//   dLoss/ds = (softmax(s) - onehot(y)) / B
// No options.
#include "fflab/losses/loss.hpp"

namespace fflab {

class SoftmaxCrossEntropy : public Loss {
 public:
  static Schema schema() { return {}; }
  std::string type() const override { return "softmax_cross_entropy"; }
  float evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) override;
};

}  // namespace fflab
