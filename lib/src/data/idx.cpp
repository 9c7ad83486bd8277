#include "fflab/data/idx.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

#include "fflab/core/errors.hpp"
#include "file_checks.hpp"

namespace fflab {

namespace {

constexpr std::uint32_t idx_images_magic = 0x00000803;  // unsigned bytes, 3 dimensions
constexpr std::uint32_t idx_labels_magic = 0x00000801;  // unsigned bytes, 1 dimension

std::string hex32(std::uint32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08x", value);
  return text;
}

/// A raw or gzip-compressed file read through zlib, tracking the
/// (uncompressed) byte offset for error messages.
class GzReader {
 public:
  GzReader(const std::filesystem::path& file, const std::string& remedy)
      : name_(file.string()), remedy_(remedy) {
    detail::require_regular_file(file, remedy);
    errno = 0;
    handle_ = gzopen(name_.c_str(), "rb");
    if (!handle_)
      throw DataError(name_, -1,
                      std::string("cannot open: ") + (errno ? std::strerror(errno) : "out of memory") +
                          detail::with_remedy(remedy));
    gzbuffer(handle_, 1 << 17);
  }
  ~GzReader() { gzclose(handle_); }
  GzReader(const GzReader&) = delete;
  GzReader& operator=(const GzReader&) = delete;

  const std::string& name() const { return name_; }
  std::int64_t offset() const { return offset_; }

  /// Reads up to `n` bytes; fewer only at the end of the data. Damaged gzip
  /// data throws.
  std::size_t read(std::uint8_t* destination, std::size_t n) {
    std::size_t done = 0;
    while (done < n) {
      const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(n - done, 1u << 30));
      const int got = gzread(handle_, destination + done, chunk);
      if (got < 0) throw damaged();
      crc_ = crc32_z(crc_, destination + done, static_cast<std::size_t>(got));
      done += static_cast<std::size_t>(got);
      offset_ += got;
      if (static_cast<unsigned>(got) < chunk) {
        int code = Z_OK;
        gzerror(handle_, &code);
        if (code != Z_OK) throw damaged();
        break;
      }
    }
    return done;
  }

  std::uint32_t read_u32_be(const char* what) {
    std::array<std::uint8_t, 4> b{};
    const std::int64_t at = offset_;
    if (read(b.data(), 4) != 4)
      throw DataError(name_, at,
                      std::string("file ends inside the IDX header (") + what +
                          "): truncated or not an IDX file" + detail::with_remedy(remedy_));
    return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) |
           (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]};
  }

  /// Reads exactly `n` bytes in chunks (memory grows with the data actually
  /// present, not with what a damaged header claims); returns fewer at EOF.
  std::vector<std::uint8_t> read_up_to(std::size_t n) {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(std::min<std::size_t>(n, std::size_t{1} << 26));
    std::size_t have = 0;
    while (have < n) {
      const std::size_t chunk = std::min<std::size_t>(n - have, std::size_t{1} << 24);
      bytes.resize(have + chunk);
      const std::size_t got = read(bytes.data() + have, chunk);
      have += got;
      if (got < chunk) break;
    }
    bytes.resize(have);
    return bytes;
  }

  /// Throws when anything follows the declared data, or when a gzip
  /// file's trailer does not match what was read.
  void require_end(const std::string& declared) {
    std::uint8_t extra = 0;
    const std::int64_t at = offset_;
    if (read(&extra, 1) != 0)
      throw DataError(name_, at,
                      "has bytes after the " + declared +
                          " its header declares: damaged, or not the file it is named after" +
                          detail::with_remedy(remedy_));
    if (!gzdirect(handle_)) check_gzip_trailer();
  }

 private:
  /// zlib misses a trailer cut short after a large read straight into the
  /// caller's buffer, so the trailer (CRC-32 and length mod 2^32, little
  /// endian: the last 8 bytes of a one-member gzip file) is checked here
  /// against the data read.
  void check_gzip_trailer() const {
    std::FILE* raw = std::fopen(name_.c_str(), "rb");
    std::array<std::uint8_t, 8> t{};
    const bool got = raw && std::fseek(raw, -8, SEEK_END) == 0 && std::fread(t.data(), 1, 8, raw) == 8;
    if (raw) std::fclose(raw);
    auto le32 = [&](std::size_t i) {
      return std::uint32_t{t[i]} | (std::uint32_t{t[i + 1]} << 8) | (std::uint32_t{t[i + 2]} << 16) |
             (std::uint32_t{t[i + 3]} << 24);
    };
    if (!got || le32(0) != static_cast<std::uint32_t>(crc_) ||
        le32(4) != static_cast<std::uint32_t>(static_cast<std::uint64_t>(offset_) & 0xffffffffu))
      throw DataError(name_, offset_,
                      "gzip trailer (CRC-32 and length) does not match the data: the file is cut short or "
                      "damaged" + detail::with_remedy(remedy_));
  }


  DataError damaged() const {
    int code = Z_OK;
    const char* message = gzerror(handle_, &code);
    std::string detail_text = message && *message ? message : "unknown zlib error";
    // zlib prefixes the path ("<path>: unexpected end of file"); the DataError names it already.
    if (detail_text.rfind(name_ + ": ", 0) == 0) detail_text.erase(0, name_.size() + 2);
    const std::string what = code == Z_BUF_ERROR
                                 ? "gzip data is truncated (zlib: " + detail_text + ")"
                                 : "gzip data is corrupted (zlib: " + detail_text + ")";
    return DataError(name_, offset_, what + detail::with_remedy(remedy_));
  }

  std::string name_;
  std::string remedy_;
  gzFile handle_ = nullptr;
  std::int64_t offset_ = 0;
  uLong crc_ = crc32_z(0L, Z_NULL, 0);
};

void check_magic(const GzReader& in, std::uint32_t magic, std::uint32_t expected, const char* kind,
                 const std::string& remedy) {
  if (magic == expected) return;
  std::string hint;
  if (magic == idx_labels_magic) hint = " (this is an IDX label file)";
  if (magic == idx_images_magic) hint = " (this is an IDX image file)";
  if ((magic >> 16) == 0x1f8b) hint = " (gzip data inside gzip: compressed twice?)";
  throw DataError(in.name(), 0,
                  "not an IDX " + std::string(kind) + " file: magic number " + hex32(magic) +
                      hint + ", expected " + hex32(expected) + detail::with_remedy(remedy));
}

}  // namespace

ByteImages read_idx_images(const std::filesystem::path& file, const std::string& remedy) {
  GzReader in(file, remedy);
  check_magic(in, in.read_u32_be("magic number"), idx_images_magic, "image", remedy);
  const std::uint32_t count = in.read_u32_be("image count");
  const std::uint32_t rows = in.read_u32_be("rows");
  const std::uint32_t cols = in.read_u32_be("columns");
  if (count == 0) throw DataError(in.name(), 4, "header declares 0 images" + detail::with_remedy(remedy));
  if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
    throw DataError(in.name(), 8,
                    "implausible image size " + std::to_string(rows) + "x" + std::to_string(cols) +
                        " in the header (expected 1..4096 each)" + detail::with_remedy(remedy));

  ByteImages images;
  images.shape = {1, rows, cols};
  images.count = count;
  const std::size_t expected = std::size_t{count} * rows * cols;
  images.pixels = in.read_up_to(expected);
  if (images.pixels.size() < expected)
    throw DataError(in.name(), in.offset(),
                    "truncated: the header declares " + std::to_string(count) + " images of " +
                        std::to_string(rows) + "x" + std::to_string(cols) + " (" +
                        std::to_string(expected) + " bytes after the 16-byte header) but only " +
                        std::to_string(images.pixels.size()) + " bytes follow" +
                        detail::with_remedy(remedy));
  in.require_end(std::to_string(count) + " images");
  return images;
}

Labels read_idx_labels(const std::filesystem::path& file, std::size_t num_classes,
                       const std::string& remedy) {
  GzReader in(file, remedy);
  check_magic(in, in.read_u32_be("magic number"), idx_labels_magic, "label", remedy);
  const std::uint32_t count = in.read_u32_be("label count");
  if (count == 0) throw DataError(in.name(), 4, "header declares 0 labels" + detail::with_remedy(remedy));
  const std::vector<std::uint8_t> bytes = in.read_up_to(count);
  if (bytes.size() < count)
    throw DataError(in.name(), in.offset(),
                    "truncated: the header declares " + std::to_string(count) + " labels but only " +
                        std::to_string(bytes.size()) + " follow" + detail::with_remedy(remedy));
  in.require_end(std::to_string(count) + " labels");
  constexpr std::int64_t header_size = 8;
  Labels labels(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] >= num_classes)
      throw DataError(in.name(), header_size + static_cast<std::int64_t>(i),
                      "label " + std::to_string(bytes[i]) + " of item " + std::to_string(i) +
                          " is out of range 0.." + std::to_string(num_classes - 1) +
                          ": damaged or not a label file of this dataset" +
                          detail::with_remedy(remedy));
    labels[i] = bytes[i];
  }
  return labels;
}

}  // namespace fflab
