#pragma once
// Private helpers of the optimizers: shape checks and lazily allocated state.
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab::detail {

/// Throws ShapeError unless value and grad have the same shape.
inline void check_step_shapes(const char* optimizer, const Matrix& value, const Matrix& grad) {
  if (value.shape() != grad.shape())
    throw ShapeError(std::string(optimizer) + ": gradient " + shape_string(grad) +
                     " does not match parameter " + shape_string(value));
}

/// Gives `state` the shape of `value`, zero-filled, unless it has it already
/// (a restored checkpoint or an earlier step).
inline void ensure_state(Matrix& state, const Matrix& value) {
  if (state.shape() != value.shape()) {
    state.resize(value.shape());
    state.fill(0.0f);
  }
}

}  // namespace fflab::detail
