#pragma once
// Helpers of the data tests: IDX bytes, gzip files, PNG files and checks on
// DataError messages.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/errors.hpp"

namespace fflab::test {

inline void put_u32_be(std::vector<std::uint8_t>& bytes, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(value >> shift));
}

/// An IDX image file: magic, count, rows, cols, then pixel i = (i * 7) % 256.
inline std::vector<std::uint8_t> idx_images(std::uint32_t count, std::uint32_t rows, std::uint32_t cols,
                                            std::uint32_t magic = 0x00000803) {
  std::vector<std::uint8_t> bytes;
  put_u32_be(bytes, magic);
  put_u32_be(bytes, count);
  put_u32_be(bytes, rows);
  put_u32_be(bytes, cols);
  for (std::size_t i = 0; i < std::size_t{count} * rows * cols; ++i) bytes.push_back(static_cast<std::uint8_t>(i * 7));
  return bytes;
}

/// An IDX label file holding `labels`.
inline std::vector<std::uint8_t> idx_labels(const std::vector<std::uint8_t>& labels, std::uint32_t magic = 0x00000801) {
  std::vector<std::uint8_t> bytes;
  put_u32_be(bytes, magic);
  put_u32_be(bytes, static_cast<std::uint32_t>(labels.size()));
  bytes.insert(bytes.end(), labels.begin(), labels.end());
  return bytes;
}

/// Writes `bytes` gzip-compressed.
inline void write_gz(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes) {
  gzFile out = gzopen(file.string().c_str(), "wb");
  REQUIRE(out != nullptr);
  REQUIRE(gzwrite(out, bytes.data(), static_cast<unsigned>(bytes.size())) == static_cast<int>(bytes.size()));
  REQUIRE(gzclose(out) == Z_OK);
}

/// Writes a non-interlaced PNG (8-bit samples) of `width` x `height` with
/// libpng; `color_type` is PNG_COLOR_TYPE_*, `pixels` row-major interleaved.
bool write_png(const std::filesystem::path& file, std::uint32_t width, std::uint32_t height, int color_type,
               const std::vector<std::uint8_t>& pixels);

/// The DataError `action` throws (fails the test if it throws nothing).
template <class Action>
DataError data_error_of(Action&& action) {
  try {
    action();
  } catch (const DataError& e) {
    return e;
  }
  FAIL("expected a DataError");
  return DataError("", -1, "");
}

/// Checks the message names the file and contains every fragment.
inline void check_message(const DataError& e, const std::filesystem::path& file,
                          const std::vector<std::string>& fragments) {
  const std::string message = e.what();
  INFO("message: " << message);
  CHECK(e.file() == file.string());
  CHECK(message.find(file.string()) != std::string::npos);
  for (const auto& fragment : fragments) {
    INFO("expected fragment: " << fragment);
    CHECK(message.find(fragment) != std::string::npos);
  }
}

}  // namespace fflab::test
