#pragma once
// Readers of the IDX format (MNIST, Fashion-MNIST): big-endian header with a
// magic number (0x00000803 images of unsigned bytes, 0x00000801 labels), the
// dimensions, then the bytes. Files may be raw or gzip-compressed (read
// through zlib's gz* API, which handles both). Every problem - missing file,
// wrong magic, odd dimensions, truncation, trailing bytes, bad gzip data,
// label out of range - throws DataError(file, byte offset, what + what to do).
// In gzip files the offset counts uncompressed bytes.
#include <cstddef>
#include <filesystem>
#include <string>

#include "fflab/data/byte_images.hpp"

namespace fflab {

/// Images of an idx3-ubyte file as {1, rows, cols} ByteImages. `remedy` is
/// appended to messages about missing or damaged files ("run ... or set
/// dataset.path").
ByteImages read_idx_images(const std::filesystem::path& file, const std::string& remedy = "");

/// Labels of an idx1-ubyte file; each must be < num_classes.
Labels read_idx_labels(const std::filesystem::path& file, std::size_t num_classes,
                       const std::string& remedy = "");

}  // namespace fflab
