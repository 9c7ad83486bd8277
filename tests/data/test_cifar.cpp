#include <png.h>

#include <catch2/catch.hpp>

#include "data_fixtures.hpp"
#include "fflab/data/cifar_bin.hpp"
#include "fflab/data/cifar_png.hpp"
#include "fflab/data/loaders.hpp"
#include "fflab/data/registry.hpp"
#include "support/fixtures.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

std::uint8_t sample_value(std::size_t image, std::size_t pixel, std::size_t channel) {
  return static_cast<std::uint8_t>(image * 31 + pixel * 3 + channel * 101);
}

/// A sprite of `images` rows, HWC per row.
std::vector<std::uint8_t> sprite_pixels(std::size_t images) {
  std::vector<std::uint8_t> pixels;
  for (std::size_t i = 0; i < images; ++i)
    for (std::size_t p = 0; p < 1024; ++p)
      for (std::size_t c = 0; c < 3; ++c) pixels.push_back(sample_value(i, p, c));
  return pixels;
}

/// The same images as CIFAR binary records (label i % 10, CHW).
std::vector<std::uint8_t> bin_records(std::size_t images) {
  std::vector<std::uint8_t> bytes;
  for (std::size_t i = 0; i < images; ++i) {
    bytes.push_back(static_cast<std::uint8_t>(i % 10));
    for (std::size_t c = 0; c < 3; ++c)
      for (std::size_t p = 0; p < 1024; ++p) bytes.push_back(sample_value(i, p, c));
  }
  return bytes;
}

}  // namespace

TEST_CASE("cifar png sprites are read one image per row, converted to CHW", "[data][cifar]") {
  TempDir dir;
  REQUIRE(write_png(dir / "sprite.png", 1024, 3, PNG_COLOR_TYPE_RGB, sprite_pixels(3)));
  const ByteImages images = read_cifar_png(dir / "sprite.png");
  CHECK(images.count == 3);
  CHECK(images.shape == FeatureShape{3, 32, 32});
  REQUIRE(images.pixels.size() == 3 * 3072);
  bool all_equal = true;
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t c = 0; c < 3; ++c)
      for (std::size_t p = 0; p < 1024; ++p)
        all_equal = all_equal && images.pixels[i * 3072 + c * 1024 + p] == sample_value(i, p, c);
  CHECK(all_equal);
}

TEST_CASE("cifar png and bin readers agree on the same images", "[data][cifar]") {
  TempDir dir;
  REQUIRE(write_png(dir / "sprite.png", 1024, 12, PNG_COLOR_TYPE_RGB, sprite_pixels(12)));
  write_bytes(dir / "batch.bin", bin_records(12));
  const ByteImages from_png = read_cifar_png(dir / "sprite.png");
  const LabeledImages from_bin = read_cifar_bin(dir / "batch.bin");
  CHECK(from_bin.images.shape == from_png.shape);
  CHECK(from_bin.images.count == 12);
  CHECK(from_bin.images.pixels == from_png.pixels);
  CHECK(from_bin.labels == Labels{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1});
}

TEST_CASE("cifar png reader names the file and the problem", "[data][cifar][errors]") {
  TempDir dir;
  const std::string remedy = "run lib/scripts/fetch-data.sh cifar10 or set dataset.path";
  SECTION("missing") {
    const auto file = dir / "data_batch_1.png";
    check_message(data_error_of([&] { read_cifar_png(file, remedy); }), file, {"file not found", remedy});
  }
  SECTION("not a PNG") {
    const auto file = dir / "bad.png";
    write_text(file, "GIF89a this is not a png at all");
    const DataError e = data_error_of([&] { read_cifar_png(file, remedy); });
    check_message(e, file, {"not a PNG file", remedy});
    CHECK(e.offset() == 0);
  }
  SECTION("empty file") {
    const auto file = dir / "empty.png";
    write_bytes(file, {});
    check_message(data_error_of([&] { read_cifar_png(file); }), file, {"not a PNG file"});
  }
  SECTION("wrong width") {
    const auto file = dir / "narrow.png";
    REQUIRE(write_png(file, 512, 2, PNG_COLOR_TYPE_RGB, std::vector<std::uint8_t>(512 * 3 * 2, 7)));
    check_message(data_error_of([&] { read_cifar_png(file, remedy); }), file,
                  {"512 px wide", "1024 px wide", remedy});
  }
  SECTION("wrong colour type") {
    const auto file = dir / "grey.png";
    REQUIRE(write_png(file, 1024, 2, PNG_COLOR_TYPE_GRAY, std::vector<std::uint8_t>(1024 * 2, 7)));
    check_message(data_error_of([&] { read_cifar_png(file); }), file, {"PNG is grey", "8-bit RGB"});
  }
  SECTION("RGBA is refused too") {
    const auto file = dir / "rgba.png";
    REQUIRE(write_png(file, 1024, 1, PNG_COLOR_TYPE_RGB_ALPHA, std::vector<std::uint8_t>(1024 * 4, 7)));
    check_message(data_error_of([&] { read_cifar_png(file); }), file, {"PNG is RGBA"});
  }
  SECTION("truncated") {
    const auto file = dir / "cut.png";
    REQUIRE(write_png(file, 1024, 40, PNG_COLOR_TYPE_RGB, sprite_pixels(40)));
    const std::string bytes = read_text(file);
    write_text(file, bytes.substr(0, bytes.size() / 2));
    check_message(data_error_of([&] { read_cifar_png(file, remedy); }), file,
                  {"damaged or truncated PNG data at image row", remedy});
  }
  SECTION("corrupted data (CRC)") {
    const auto file = dir / "flipped.png";
    REQUIRE(write_png(file, 1024, 40, PNG_COLOR_TYPE_RGB, sprite_pixels(40)));
    std::string bytes = read_text(file);
    for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 16; ++i) bytes[i] = static_cast<char>(~bytes[i]);
    write_text(file, bytes);
    check_message(data_error_of([&] { read_cifar_png(file); }), file, {"libpng:"});
  }
  SECTION("header chunk damaged") {
    const auto file = dir / "ihdr.png";
    REQUIRE(write_png(file, 1024, 1, PNG_COLOR_TYPE_RGB, sprite_pixels(1)));
    std::string bytes = read_text(file);
    bytes[18] = static_cast<char>(0x7f);  // a width byte (1024 -> 32512); the IHDR CRC no longer matches
    write_text(file, bytes);
    check_message(data_error_of([&] { read_cifar_png(file); }), file, {"damaged PNG header (libpng:"});
  }
}

TEST_CASE("json labels are checked", "[data][cifar][errors]") {
  TempDir dir;
  const auto file = dir / "labels.json";
  write_text(file, "[6, 9, 9, 4, 1]");
  CHECK(read_json_labels(file, 10) == Labels{6, 9, 9, 4, 1});
  SECTION("not JSON") {
    write_text(file, "[6, 9,");
    check_message(data_error_of([&] { read_json_labels(file, 10); }), file, {"not valid JSON"});
  }
  SECTION("not an array") {
    write_text(file, "{\"labels\": [1]}");
    check_message(data_error_of([&] { read_json_labels(file, 10); }), file, {"JSON array of integer labels"});
  }
  SECTION("label out of range") {
    write_text(file, "[6, 10]");
    check_message(data_error_of([&] { read_json_labels(file, 10); }), file, {"label 1 is 10", "0..9"});
  }
  SECTION("nested too deep") {
    write_text(file, std::string(1000000, '[') + std::string(1000000, ']'));
    check_message(data_error_of([&] { read_json_labels(file, 10); }), file, {"nested deeper than"});
  }
  SECTION("label not an integer") {
    write_text(file, "[6, \"cat\"]");
    check_message(data_error_of([&] { read_json_labels(file, 10); }), file, {"label 1 is \"cat\""});
  }
}

TEST_CASE("cifar bin reader names the file and the problem", "[data][cifar][errors]") {
  TempDir dir;
  const auto file = dir / "data_batch_1.bin";
  SECTION("short file") {
    auto bytes = bin_records(3);
    bytes.resize(bytes.size() - 100);
    write_bytes(file, bytes);
    const DataError e = data_error_of([&] { read_cifar_bin(file, "fix it"); });
    check_message(e, file, {"not a whole number of 3073-byte records", "fix it"});
    CHECK(e.offset() == 2 * 3073);
  }
  SECTION("empty file") {
    write_bytes(file, {});
    check_message(data_error_of([&] { read_cifar_bin(file); }), file, {"file is empty"});
  }
  SECTION("label out of range") {
    auto bytes = bin_records(3);
    bytes[2 * 3073] = 57;
    write_bytes(file, bytes);
    const DataError e = data_error_of([&] { read_cifar_bin(file); });
    check_message(e, file, {"label 57 of record 2 is out of range 0..9"});
    CHECK(e.offset() == 2 * 3073);
  }
  SECTION("missing") {
    check_message(data_error_of([&] { read_cifar_bin(file, "fix it"); }), file, {"file not found", "fix it"});
  }
}

TEST_CASE("cifar10 loader picks the format present", "[data][cifar]") {
  TempDir dir;
  SECTION("bin") {
    for (int b = 1; b <= 5; ++b) write_bytes(dir / ("data_batch_" + std::to_string(b) + ".bin"), bin_records(2));
    write_bytes(dir / "test_batch.bin", bin_records(3));
    CHECK(detect_cifar_format(dir.path()) == CifarFormat::bin);
    const RawDataset raw = load_cifar10(dir.path(), CifarFormat::automatic);
    CHECK(raw.train.size() == 10);
    CHECK(raw.test.size() == 3);
    CHECK(raw.train.images.count == 10);
    CHECK(raw.num_classes == 10);
    // Asking for png where there is none names the first missing file and the fix.
    check_message(data_error_of([&] { load_cifar10(dir.path(), CifarFormat::png); }), dir / "data_batch_1.png",
                  {"file not found", "fetch-data.sh cifar10"});
  }
  SECTION("png") {
    for (int b = 1; b <= 5; ++b)
      REQUIRE(write_png(dir / ("data_batch_" + std::to_string(b) + ".png"), 1024, 2, PNG_COLOR_TYPE_RGB,
                        sprite_pixels(2)));
    REQUIRE(write_png(dir / "test_batch.png", 1024, 1, PNG_COLOR_TYPE_RGB, sprite_pixels(1)));
    write_text(dir / "train_lables.json", "[0,1,2,3,4,5,6,7,8,9]");
    write_text(dir / "test_lables.json", "[7]");
    CHECK(detect_cifar_format(dir.path()) == CifarFormat::png);
    const RawDataset raw = load_cifar10(dir.path(), CifarFormat::automatic);
    CHECK(raw.train.size() == 10);
    CHECK(raw.test.labels == Labels{7});
    SECTION("label count disagrees with the sprites") {
      write_text(dir / "test_lables.json", "[7, 8]");
      check_message(data_error_of([&] { load_cifar10(dir.path(), CifarFormat::png); }), dir / "test_lables.json",
                    {"holds 2 labels but", "holds 1 images"});
    }
  }
}

TEST_CASE("the dataset registry refuses CIFAR-10 files with fewer images than CIFAR-10, with the fix for their format",
          "[data][cifar]") {
  TempDir dir;
  // Batches short by whole records read without error; the registry counts them.
  for (int b = 1; b <= 5; ++b) write_bytes(dir / ("data_batch_" + std::to_string(b) + ".bin"), bin_records(2));
  write_bytes(dir / "test_batch.bin", bin_records(3));
  Rng rng(1);
  Json options = {{"type", "cifar10"}, {"path", dir.path().string()}};
  check_message(data_error_of([&] { dataset_registry().build(options, "/dataset", rng); }), dir.path(),
                {"holds 10 training and 3 test images", "CIFAR-10 has 50000 and 10000",
                 "binary batches there are cut short", "put the original CIFAR-10 binary batches", "train_subset"});

  RawDataset complete;
  complete.train.labels.resize(50000);
  complete.test.labels.resize(10000);
  CHECK_NOTHROW(require_complete_cifar10(complete, dir.path(), CifarFormat::png));
  complete.test.labels.pop_back();
  check_message(data_error_of([&] { require_complete_cifar10(complete, dir.path(), CifarFormat::png); }), dir.path(),
                {"holds 50000 training and 9999 test images", "png sprites and their labels", "fetch-data.sh cifar10"});
}
