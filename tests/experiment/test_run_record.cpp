// RunRecord and SeedSummary: every record and summary fflab wrote reads
// through its type and writes back byte for byte.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fflab/experiment/run_record.hpp"
#include "support/fixtures.hpp"

using namespace fflab;

namespace {

bool is_summary(const std::filesystem::path& file) { return file.filename() == "summary.json"; }

/// The file's text as from_json then to_json give it back.
std::string round_trip(const std::filesystem::path& file, const std::string& text) {
  const Json j = Json::parse(text);
  const Json back = is_summary(file) ? SeedSummary::from_json(j).to_json() : RunRecord::from_json(j).to_json();
  return back.dump(2) + "\n";
}

}  // namespace

TEST_CASE("every committed record and summary reads through its type and writes back byte for byte", "[record]") {
  const std::filesystem::path results = std::filesystem::path(FFLAB_SOURCE_DIR) / "results";
  std::size_t records = 0, summaries = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(results)) {
    const auto name = entry.path().filename();
    if (!entry.is_regular_file() || (name != "record.json" && name != "summary.json")) continue;
    (is_summary(entry.path()) ? summaries : records) += 1;
    const std::string text = fflab::test::read_text(entry.path());
    INFO(entry.path().string());
    CHECK(round_trip(entry.path(), text) == text);
  }
  CHECK(records > 0);
  CHECK(summaries > 0);
}
