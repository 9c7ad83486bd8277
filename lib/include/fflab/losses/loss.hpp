#pragma once
// Loss: a global objective on the network's output for backprop.
// evaluate(output[B, K], labels, doutput*) returns the MEAN loss over the
// batch; if doutput is given it is resized and set to dLoss/doutput (so it
// already carries the 1/B factor).
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

class Loss {
 public:
  virtual ~Loss() = default;
  virtual std::string type() const = 0;
  virtual float evaluate(const Matrix& output, const Labels& labels, Matrix* doutput) = 0;
};

}  // namespace fflab
