#pragma once
// MulticlassHinge ("hinge"), the Weston-Watkins / CS231n form:
//   loss = mean over rows of  sum_{j != y} max(0, margin + s_j - s_y)
//   dLoss/ds_j = [margin + s_j - s_y > 0] / B for j != y,
//   dLoss/ds_y = -(number of violating j) / B.
// At a kink (term exactly 0) the subgradient 0 is used.
// Options: margin = 1 (>= 0).
#include "fflab/losses/loss.hpp"

namespace fflab {

class MulticlassHinge : public Loss {
 public:
  static Schema schema();
  explicit MulticlassHinge(float margin = 1.0f) : margin_(margin) {}
  std::string type() const override { return "hinge"; }
  float evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) override;
  float margin() const { return margin_; }

 private:
  float margin_;
};

}  // namespace fflab
