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

/// Gives an empty `state` the shape of `value`, zero-filled (the first step).
/// State of another shape can only come from a checkpoint written by other
/// code: a ShapeError, never a silent restart of the moments.
inline void ensure_state(Matrix& state, const Matrix& value, const char* optimizer) {
  if (state.shape() == value.shape()) return;
  if (state.size() != 0)
    throw ShapeError(std::string(optimizer) + ": restored state " + shape_string(state) + " does not fit parameter " +
                     shape_string(value) + "; the checkpoint was written by other code: resume it with the "
                     "commit that wrote it, or start afresh (--restart)");
  state.resize(value.shape());
  state.fill(0.0f);
}

}  // namespace fflab::detail
