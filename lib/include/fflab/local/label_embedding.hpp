#pragma once
// LabelEmbedding: supervised Forward-Forward's "label in the input", in one
// of three ways:
//  - pixels (channel_size 0): the first `classes` features of a row are
//    overwritten by the one-hot label times `strength` (on MNIST, pixels of
//    the black top border). Rows must have at least `classes` features.
//  - channels (channel_size = H * W): `classes` constant maps of H x W come
//    before the image's channels, map c all `strength` for label c and 0
//    otherwise, so every location of a conv net sees the label; an embedded
//    row is classes * H * W features longer than the image's.
//  - pattern (use_patterns): a wave over the whole image is added to every
//    channel, for label c  strength * cos(2 pi (x cos t_c + y sin t_c) / L)
//    at column x, row y, with orientation t_c = pi c / classes and
//    wavelength L pixels; the row keeps the image's width, and every
//    location of a conv net sees the label in its own neighbourhood (the
//    spatially extended labels of FF-trained CNNs, Scodellaro et al. 2023,
//    with fflab's own choice of waves).
// The neutral label puts strength / classes in every label entry (pattern:
// adds the mean of the classes' waves).
#include <cstdint>
#include <vector>

#include "fflab/core/tensor.hpp"

namespace fflab {

struct LabelEmbedding {
  std::size_t classes = 0;
  float strength = 1.0f;
  std::size_t channel_size = 0;  ///< 0: the label in the first pixels; else H * W of each label channel
  /// pattern mode: [classes][features] waves of amplitude 1, then their mean; empty otherwise.
  std::vector<float> patterns{};

  /// Switches to pattern mode for C x H x W images (classes set first).
  void use_patterns(std::size_t channels, std::size_t height, std::size_t width, float wavelength);
  bool is_pattern() const { return !patterns.empty(); }

  /// Features of an embedded row of an image of `features` features.
  std::size_t width(std::size_t features) const { return features + classes * channel_size; }
  /// Entries of a row that hold the label alone (pattern: 0, the label is added to the image).
  std::size_t label_entries() const { return is_pattern() ? 0 : channel_size ? classes * channel_size : classes; }

  /// out = images with row r's label entries set to one-hot(labels[r]).
  /// `out` is resized to [rows, width(features)] (it may not alias images).
  void embed(const Matrix& images, const Labels& labels, Matrix& out) const;
  /// out = images with every row given the neutral label.
  void embed_neutral(const Matrix& images, Matrix& out) const;
  /// The value of every label entry of the neutral label: strength / classes.
  float neutral() const { return strength / static_cast<float>(classes); }
  /// Writes label `label` into one embedded row's label entries (pixels and
  /// channels; std::logic_error in pattern mode, where the label is added to the image).
  void write(float* row, std::int32_t label) const;
  /// The label written in an embedded row (the class of the largest label
  /// entry; std::logic_error in pattern mode).
  std::int32_t read(const float* row) const;
  /// out (one embedded row) = image (`features` floats) with label `label`.
  void embed_row(const float* image, std::size_t features, std::int32_t label, float* out) const;
};

}  // namespace fflab
