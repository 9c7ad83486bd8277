// A seeded mutation test of the dataset readers: damaged IDX files (raw and
// gzip), CIFAR-10 PNG sprites, CIFAR-10 binary batches and JSON labels are
// each read or refused with a DataError naming the file; never a crash, a
// hang, a raw library exception or an allocation of what a damaged header
// claims. Under the asan preset it also checks memory safety.
#include <catch2/catch.hpp>

#include <png.h>

#include "data_fixtures.hpp"
#include "fflab/data/cifar_bin.hpp"
#include "fflab/data/cifar_png.hpp"
#include "fflab/data/idx.hpp"
#include "support/fixtures.hpp"
#include "support/mutations.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

std::string as_text(const std::vector<std::uint8_t>& bytes) { return std::string(bytes.begin(), bytes.end()); }

/// Reads `mutants` mutations of `original` with `read`; each must succeed or
/// throw a DataError naming `file`.
template <class Read>
void survive_mutations(const std::string& original, const std::filesystem::path& file, std::uint64_t seed,
                       int mutants, Read&& read) {
  fflab::test::Mutator mutator(seed, {});
  std::size_t refused = 0;
  for (int i = 0; i < mutants; ++i) {
    fflab::test::write_text(file, mutator.mutate(original));
    try {
      read(file);
    } catch (const DataError& e) {
      ++refused;
      if (e.file() != file.string()) FAIL("mutant " << i << ": the error names " << e.file());
    } catch (const std::exception& e) {
      FAIL("mutant " << i << " of " << file << ": not a DataError: " << e.what());
    }
  }
  CHECK(refused > static_cast<std::size_t>(mutants) / 4);
}

}  // namespace

TEST_CASE("mutated dataset files are read or refused with a DataError", "[data][fuzz]") {
  TempDir dir;
  SECTION("IDX images and labels, raw") {
    survive_mutations(as_text(fflab::test::idx_images(20, 28, 28)), dir / "images", 1, 600,
                      [](const auto& f) { read_idx_images(f); });
    survive_mutations(as_text(fflab::test::idx_labels({1, 2, 3, 4, 5, 6, 7, 8, 9, 0})), dir / "labels", 2, 600,
                      [](const auto& f) { read_idx_labels(f, 10); });
  }
  SECTION("IDX images, gzip") {
    fflab::test::write_gz(dir / "whole.gz", fflab::test::idx_images(20, 28, 28));
    survive_mutations(fflab::test::read_text(dir / "whole.gz"), dir / "images.gz", 3, 600,
                      [](const auto& f) { read_idx_images(f); });
  }
  SECTION("CIFAR-10 PNG sprite and JSON labels") {
    std::vector<std::uint8_t> pixels(1024 * 3 * 4);
    for (std::size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<std::uint8_t>(i * 13);
    REQUIRE(fflab::test::write_png(dir / "whole.png", 1024, 4, PNG_COLOR_TYPE_RGB, pixels));
    survive_mutations(fflab::test::read_text(dir / "whole.png"), dir / "sprite.png", 4, 600,
                      [](const auto& f) { read_cifar_png(f); });
    survive_mutations("[6, 9, 9, 4, 1, 0, 2]", dir / "labels.json", 5, 600,
                      [](const auto& f) { read_json_labels(f, 10); });
  }
  SECTION("CIFAR-10 binary batch") {
    std::string batch;
    for (int r = 0; r < 3; ++r) {
      batch += static_cast<char>(r);
      for (int i = 0; i < 3072; ++i) batch += static_cast<char>(i * 7 + r);
    }
    survive_mutations(batch, dir / "data_batch_1.bin", 6, 600, [](const auto& f) { read_cifar_bin(f); });
  }
}
