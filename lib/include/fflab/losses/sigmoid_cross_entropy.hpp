#pragma once
// SigmoidCrossEntropy ("sigmoid_cross_entropy"): every output unit is an
// independent sigmoid s_k = 1 / (1 + exp(-z_k)) scored by binary
// cross-entropy against the one-hot label t (the DFA and DRTP papers' output):
//   loss = mean over the B rows of  sum_k -[t_k log s_k + (1 - t_k) log(1 - s_k)]
// computed stably as max(z, 0) - z t + log(1 + exp(-|z|)), so
//   dLoss/dz = (s - t) / B.
// Option mean_over_classes (default false) divides loss and gradient by the
// number of classes as well: torch's BCELoss and torch7's BCECriterion with
// their default averaging (mean over all B * K values).
#include "fflab/losses/loss.hpp"

namespace fflab {

class SigmoidCrossEntropy : public Loss {
 public:
  static Schema schema();
  explicit SigmoidCrossEntropy(bool mean_over_classes = false) : mean_over_classes_(mean_over_classes) {}
  std::string type() const override { return "sigmoid_cross_entropy"; }
  float evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) override;
  bool mean_over_classes() const { return mean_over_classes_; }

 private:
  bool mean_over_classes_;
};

}  // namespace fflab
