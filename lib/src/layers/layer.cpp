#include "fflab/layers/layer.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

void Layer::zero_grad() {
  for (auto& p : parameters()) {
    float* g = p.grad->data();
    parallel_for(p.grad->size(), kElementsPerThread, [&](std::size_t first, std::size_t last) {
      std::fill(g + first, g + last, 0.0f);
    });
  }
}

void Layer::parameter_grad(const Matrix& x, const Matrix& y, const Matrix& dy, bool write_grads) {
  if (write_grads)
    write_grad(x, y, dy);
  else
    accumulate_grad(x, y, dy);
}

void Layer::backward(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx, bool write_grads) {
  parameter_grad(x, y, dy, write_grads);
  backward_input(x, y, dy, dx);
}

void Layer::backward_input_through(const Matrix& /*weight*/, const Matrix& /*x*/, const Matrix& /*dy*/,
                                   Matrix& /*dx*/) {
  throw Error("layer \"" + type() + "\" has no weight that carries the error to its input (only dense and conv2d do)");
}

std::size_t Layer::parameter_count() {
  std::size_t n = 0;
  for (auto& p : parameters()) n += p.value->size();
  return n;
}

}  // namespace fflab
