#pragma once
// ByteImages: images as read from disk, 8-bit values, one image after the
// other, each stored CHW (channel planes, rows top to bottom). Readers return
// these; preprocessing turns the rows it keeps into float Matrix rows.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fflab/core/tensor.hpp"

namespace fflab {

/// `count` images of `shape`; pixels.size() == count * shape.size().
struct ByteImages {
  FeatureShape shape;
  std::size_t count = 0;
  std::vector<std::uint8_t> pixels;

  const std::uint8_t* image(std::size_t i) const { return pixels.data() + i * shape.size(); }
  /// Appends `other`'s images; shapes must match (ShapeError otherwise).
  void append(const ByteImages& other);
};

/// Images with one label each (labels.size() == images.count).
struct LabeledImages {
  ByteImages images;
  Labels labels;
  std::size_t size() const { return labels.size(); }
};

/// A dataset as stored: the files' train and test sets, not yet split,
/// scaled or standardised.
struct RawDataset {
  std::string name;
  std::size_t num_classes = 0;
  LabeledImages train, test;
  std::string source;  // directory the files came from
};

}  // namespace fflab
