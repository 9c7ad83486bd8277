#include "fflab/data/byte_images.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

void ByteImages::append(const ByteImages& other) {
  if (count == 0 && pixels.empty()) shape = other.shape;
  if (!(other.shape == shape))
    throw ShapeError("cannot append images of shape " + to_string(other.shape) +
                     " to images of shape " + to_string(shape));
  pixels.insert(pixels.end(), other.pixels.begin(), other.pixels.end());
  count += other.count;
}

}  // namespace fflab
