#pragma once
// MeanSquaredError ("mse"): squared error against one-hot targets t.
// Convention: loss = mean over the B rows of 0.5 * sum_k (o_k - t_k)^2, i.e.
// half the squared Euclidean distance per sample (no division by the number
// of classes), so dLoss/do = (o - t) / B. No options.
#include "fflab/losses/loss.hpp"

namespace fflab {

class MeanSquaredError : public Loss {
 public:
  static Schema schema() { return {}; }
  std::string type() const override { return "mse"; }
  float evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) override;
};

}  // namespace fflab
