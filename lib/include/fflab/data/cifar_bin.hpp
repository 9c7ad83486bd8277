#pragma once
// Reader of the original CIFAR-10 binary batches (data_batch_N.bin,
// test_batch.bin): records of 1 label byte followed by 3072 pixel bytes, CHW
// (1024 red, 1024 green, 1024 blue, rows top to bottom). Problems throw
// DataError(file, byte offset, what + what to do).
#include <cstddef>
#include <filesystem>
#include <string>

#include "fflab/data/byte_images.hpp"

namespace fflab {

/// Bytes of one record: label + 3 x 32 x 32 pixels.
inline constexpr std::size_t cifar_bin_record_size = 1 + 3 * 32 * 32;

/// Every record of the file; labels must be < 10.
LabeledImages read_cifar_bin(const std::filesystem::path& file, const std::string& remedy = "");

}  // namespace fflab
