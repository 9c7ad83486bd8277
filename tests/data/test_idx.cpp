#include <catch2/catch.hpp>

#include <fstream>

#include "data_fixtures.hpp"
#include "fflab/data/idx.hpp"
#include "fflab/data/loaders.hpp"
#include "support/fixtures.hpp"

using namespace fflab;
using namespace fflab::test;

TEST_CASE("idx images and labels are read raw and gzipped alike", "[data][idx]") {
  TempDir dir;
  const auto bytes = idx_images(3, 2, 4);
  write_bytes(dir / "raw", bytes);
  write_gz(dir / "packed.gz", bytes);
  for (const auto* name : {"raw", "packed.gz"}) {
    const ByteImages images = read_idx_images(dir / name);
    CHECK(images.count == 3);
    CHECK(images.shape == FeatureShape{1, 2, 4});
    REQUIRE(images.pixels.size() == 24);
    CHECK(images.pixels[0] == 0);
    CHECK(images.pixels[23] == static_cast<std::uint8_t>(23 * 7));
  }
  write_gz(dir / "labels.gz", idx_labels({3, 0, 9}));
  CHECK(read_idx_labels(dir / "labels.gz", 10) == Labels{3, 0, 9});
}

TEST_CASE("idx readers name the file and the problem", "[data][idx][errors]") {
  TempDir dir;
  const std::string remedy = "run lib/scripts/fetch-data.sh mnist or set dataset.path";

  SECTION("missing file") {
    const auto file = dir / "absent";
    check_message(data_error_of([&] { read_idx_images(file, remedy); }), file, {"file not found", remedy});
  }
  SECTION("wrong magic number") {
    const auto file = dir / "magic";
    write_bytes(file, idx_images(1, 2, 2, 0x00000804));
    const DataError e = data_error_of([&] { read_idx_images(file, remedy); });
    check_message(e, file, {"magic number 0x00000804", "expected 0x00000803", remedy});
    CHECK(e.offset() == 0);
  }
  SECTION("a label file where images are expected") {
    const auto file = dir / "labels-as-images";
    write_bytes(file, idx_labels({1, 2}));
    check_message(data_error_of([&] { read_idx_images(file); }), file, {"this is an IDX label file"});
  }
  SECTION("wrong dimensions") {
    const auto file = dir / "dims";
    write_bytes(file, idx_images(1, 0, 28));
    check_message(data_error_of([&] { read_idx_images(file); }), file, {"implausible image size 0x28"});
  }
  SECTION("header cut short") {
    const auto file = dir / "short-header";
    write_bytes(file, {0, 0, 8, 3, 0, 0});
    check_message(data_error_of([&] { read_idx_images(file); }), file, {"file ends inside the IDX header"});
  }
  SECTION("truncated pixels") {
    const auto file = dir / "truncated";
    auto bytes = idx_images(4, 3, 3);
    bytes.resize(bytes.size() - 5);
    write_bytes(file, bytes);
    const DataError e = data_error_of([&] { read_idx_images(file, remedy); });
    check_message(e, file, {"truncated", "declares 4 images of 3x3 (36 bytes", "only 31 bytes follow", remedy});
    CHECK(e.offset() == 16 + 31);
  }
  SECTION("bytes after the declared data") {
    const auto file = dir / "long";
    auto bytes = idx_labels({1, 2, 3});
    bytes.push_back(4);
    write_bytes(file, bytes);
    check_message(data_error_of([&] { read_idx_labels(file, 10); }), file, {"bytes after the 3 labels"});
  }
  SECTION("label out of range") {
    const auto file = dir / "labels";
    write_bytes(file, idx_labels({1, 2, 10, 3}));
    const DataError e = data_error_of([&] { read_idx_labels(file, 10, remedy); });
    check_message(e, file, {"label 10 of item 2 is out of range 0..9", remedy});
    CHECK(e.offset() == 8 + 2);
  }
  SECTION("corrupted gzip data") {
    const auto file = dir / "corrupt.gz";
    // Incompressible-ish content so the deflate stream is long enough to damage.
    std::vector<std::uint8_t> bytes = idx_images(50, 28, 28);
    std::uint32_t state = 12345;
    for (std::size_t i = 16; i < bytes.size(); ++i) {
      state = state * 1664525u + 1013904223u;
      bytes[i] = static_cast<std::uint8_t>(state >> 24);
    }
    write_gz(file, bytes);
    auto packed = read_text(file);
    for (std::size_t i = packed.size() / 2; i < packed.size() / 2 + 64; ++i) packed[i] = static_cast<char>(~packed[i]);
    write_text(file, packed);
    check_message(data_error_of([&] { read_idx_images(file, remedy); }), file, {"gzip data is", remedy});
  }
  SECTION("truncated gzip file") {
    const auto file = dir / "cut.gz";
    write_gz(file, idx_images(50, 28, 28));
    auto packed = read_text(file);
    write_text(file, packed.substr(0, packed.size() / 2));
    const DataError e = data_error_of([&] { read_idx_images(file, remedy); });
    INFO(e.what());
    const std::string message = e.what();
    CHECK((message.find("truncated") != std::string::npos));
  }
  SECTION("a gzip file cut inside its trailer (CRC and length) is refused, small or large") {
    // zlib reads a large request straight into the caller's buffer and then
    // misses a trailer cut short: 1000 images (784 kB) take that path.
    for (const std::uint32_t count : {50u, 1000u}) {
      write_gz(dir / "whole.gz", idx_images(count, 28, 28));
      const std::string packed = read_text(dir / "whole.gz");
      for (std::size_t cut = 1; cut <= 9; ++cut) {
        const auto file = dir / ("trailer" + std::to_string(count) + "_" + std::to_string(cut) + ".gz");
        write_text(file, packed.substr(0, packed.size() - cut));
        INFO(count << " images, " << cut << " bytes cut");
        check_message(data_error_of([&] { read_idx_images(file, remedy); }), file, {"gzip", remedy});
      }
    }
  }
  SECTION("a gzip file whose trailer CRC or length is wrong is refused") {
    write_gz(dir / "whole.gz", idx_images(1000, 28, 28));
    const std::string packed = read_text(dir / "whole.gz");
    for (const std::size_t from_end : {8u, 1u}) {  // a CRC byte, a length byte
      std::string bad = packed;
      bad[bad.size() - from_end] = static_cast<char>(bad[bad.size() - from_end] ^ 0x5a);
      const auto file = dir / ("bad_trailer" + std::to_string(from_end) + ".gz");
      write_text(file, bad);
      INFO("trailer byte " << from_end << " from the end flipped");
      check_message(data_error_of([&] { read_idx_images(file, remedy); }), file, {"gzip", remedy});
    }
  }
  SECTION("a gzip file that is not gzip data is read as raw bytes and fails the magic check") {
    const auto file = dir / "text.gz";
    write_text(file, "hello, world: not an idx file");
    check_message(data_error_of([&] { read_idx_images(file); }), file, {"not an IDX image file"});
  }
  SECTION("a directory instead of a file") {
    check_message(data_error_of([&] { read_idx_images(dir.path()); }), dir.path(), {"not a regular file"});
  }
}

TEST_CASE("the idx dataset loader checks image size and counts across files", "[data][idx][errors]") {
  TempDir dir;
  write_bytes(dir / "train-images-idx3-ubyte", idx_images(3, 28, 28));
  write_gz(dir / "train-labels-idx1-ubyte.gz", idx_labels({1, 2, 3}));
  write_bytes(dir / "t10k-images-idx3-ubyte", idx_images(2, 28, 28));
  write_bytes(dir / "t10k-labels-idx1-ubyte", idx_labels({4, 5}));
  const RawDataset raw = load_idx_dataset(dir.path(), "mnist");
  CHECK(raw.train.size() == 3);
  CHECK(raw.test.size() == 2);
  CHECK(raw.test.labels == Labels{4, 5});
  CHECK(raw.source == dir.path().string());

  SECTION("labels and images disagree") {
    write_bytes(dir / "t10k-labels-idx1-ubyte", idx_labels({4, 5, 6}));
    check_message(data_error_of([&] { load_idx_dataset(dir.path(), "mnist"); }), dir / "t10k-labels-idx1-ubyte",
                  {"holds 3 labels but", "holds 2 images"});
  }
  SECTION("images of the wrong size") {
    write_bytes(dir / "t10k-images-idx3-ubyte", idx_images(2, 32, 32));
    check_message(data_error_of([&] { load_idx_dataset(dir.path(), "fashion_mnist"); }),
                  dir / "t10k-images-idx3-ubyte", {"32x32 images; fashion_mnist images are 28x28"});
  }
  SECTION("a missing file says how to fetch it") {
    std::filesystem::remove(dir / "t10k-images-idx3-ubyte");
    check_message(data_error_of([&] { load_idx_dataset(dir.path(), "mnist"); }), dir / "t10k-images-idx3-ubyte",
                  {"file not found", "run lib/scripts/fetch-data.sh mnist or set dataset.path"});
  }
}
