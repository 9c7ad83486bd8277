#pragma once
// LabelEmbedding: supervised Forward-Forward's "label in the input". The
// first `classes` features of a row are overwritten by the one-hot label
// times `strength`; the neutral label puts strength / classes in each of
// those entries. On MNIST those are pixels of the (black) top border.
// Rows must have at least `classes` features.
#include <cstdint>

#include "fflab/core/tensor.hpp"

namespace fflab {

struct LabelEmbedding {
  std::size_t classes = 0;
  float strength = 1.0f;

  /// out = images with row r's label entries set to one-hot(labels[r]).
  /// `out` is resized to images' shape (it may not alias images).
  void embed(const Matrix& images, const Labels& labels, Matrix& out) const;
  /// out = images with every row given the neutral label.
  void embed_neutral(const Matrix& images, Matrix& out) const;
  /// The value of every label entry of the neutral label: strength / classes.
  float neutral() const { return strength / static_cast<float>(classes); }
  /// Writes label `label` into one row's first `classes` entries.
  void write(float* row, std::int32_t label) const;
  /// The label written in a row (argmax of its first `classes` entries).
  std::int32_t read(const float* row) const;
};

}  // namespace fflab
