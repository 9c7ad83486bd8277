#pragma once
// Mini-batch helpers: gather the rows of a split named by an index list into
// a preallocated batch matrix and label vector.
#include <span>

#include "fflab/data/dataset.hpp"

namespace fflab {

/// batch_x[i] = x[indices[i]] for each i; batch_x is resized only if needed.
void gather_rows(const Matrix& x, std::span<const std::size_t> indices, Matrix& batch_x);
void gather_labels(const Labels& y, std::span<const std::size_t> indices, Labels& batch_y);
/// Copies rows [begin, begin + count) of x into batch_x.
void copy_rows(const Matrix& x, std::size_t begin, std::size_t count, Matrix& batch_x);
/// Row-wise argmax.
void argmax_rows(const Matrix& scores, Labels& out);
/// Number of rows whose argmax differs from the label.
std::size_t count_errors(const Matrix& scores, const Labels& labels, std::size_t begin = 0);

}  // namespace fflab
