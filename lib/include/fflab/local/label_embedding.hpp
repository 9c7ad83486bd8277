#pragma once
// LabelEmbedding: supervised Forward-Forward's "label in the input", in one
// of two places:
//  - pixels (channel_size 0): the first `classes` features of a row are
//    overwritten by the one-hot label times `strength` (on MNIST, pixels of
//    the black top border). Rows must have at least `classes` features.
//  - channels (channel_size = H * W): `classes` constant maps of H x W come
//    before the image's channels, map c all `strength` for label c and 0
//    otherwise, so every location of a conv net sees the label; an embedded
//    row is classes * H * W features longer than the image's.
// The neutral label puts strength / classes in every label entry.
#include <cstdint>

#include "fflab/core/tensor.hpp"

namespace fflab {

struct LabelEmbedding {
  std::size_t classes = 0;
  float strength = 1.0f;
  std::size_t channel_size = 0;  ///< 0: the label in the first pixels; else H * W of each label channel

  /// Features of an embedded row of an image of `features` features.
  std::size_t width(std::size_t features) const { return features + classes * channel_size; }
  /// Entries of a row that hold the label.
  std::size_t label_entries() const { return channel_size ? classes * channel_size : classes; }

  /// out = images with row r's label entries set to one-hot(labels[r]).
  /// `out` is resized to [rows, width(features)] (it may not alias images).
  void embed(const Matrix& images, const Labels& labels, Matrix& out) const;
  /// out = images with every row given the neutral label.
  void embed_neutral(const Matrix& images, Matrix& out) const;
  /// The value of every label entry of the neutral label: strength / classes.
  float neutral() const { return strength / static_cast<float>(classes); }
  /// Writes label `label` into one embedded row's label entries.
  void write(float* row, std::int32_t label) const;
  /// The label written in an embedded row (the class of the largest label entry).
  std::int32_t read(const float* row) const;
  /// out (one embedded row) = image (`features` floats) with label `label`.
  void embed_row(const float* image, std::size_t features, std::int32_t label, float* out) const;
};

}  // namespace fflab
