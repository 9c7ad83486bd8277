#pragma once
// PeerNormalization (Hinton's FF code): keeps a running mean m_j of each
// unit's activity on positive cases,
//   m = momentum * m + (1 - momentum) * mean over positive rows of y
// and adds to the gradient of the block's PRE-activation of every positive
// row (before the activation's mask, so dead units are pushed too)
//   dL/dpre_ij += strength * (m_j - mean_k m_k) / P
// i.e. gradient descent raises the input of units less active than the
// layer's average and lowers that of more active ones. strength 0 = off.
// The running means start at 0 and are checkpointed (running_means()).
#include "fflab/core/tensor.hpp"

namespace fflab {

class PeerNormalization {
 public:
  PeerNormalization(float strength, float momentum, std::size_t units);
  /// Updates the running means from rows [0, positives) of y (the block's
  /// output) and adds the peer gradient to rows [0, positives) of dpre.
  void apply(const Matrix& y, std::size_t positives, Matrix& dpre);
  bool enabled() const { return strength_ > 0.0f; }
  Matrix& running_means() { return means_; }  ///< [1, units]

 private:
  float strength_, momentum_;
  Matrix means_;
  std::vector<float> push_;
  std::vector<double> batch_sums_;  // scratch: the batch's per-unit sums
};

}  // namespace fflab
