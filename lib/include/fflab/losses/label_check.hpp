#pragma once
// Shared argument check of the losses: one label per row, each in [0, K).
#include <string>

#include "fflab/core/tensor.hpp"

namespace fflab {

/// Throws ShapeError naming `loss` when labels.size() != rows of `output`,
/// when output has no columns, or a label is outside [0, columns).
void check_loss_arguments(const std::string& loss, const Matrix& output, const Labels& labels);

}  // namespace fflab
