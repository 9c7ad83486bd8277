// RunRecord and SeedSummary: every record and summary fflab wrote reads
// through its type and writes back byte for byte.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/run_record.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

/// The file's text as from_json then to_json give it back.
std::string round_trip(const std::filesystem::path& file, const std::string& text) {
  const Json j = Json::parse(text);
  const Json back = RunFolder::is_summary_file(file) ? SeedSummary::from_json(j).to_json() : RunRecord::from_json(j).to_json();
  return back.dump(2) + "\n";
}

}  // namespace

TEST_CASE("every committed record and summary reads through its type and writes back byte for byte", "[record]") {
  const std::filesystem::path results = std::filesystem::path(FFLAB_SOURCE_DIR) / "results";
  std::size_t records = 0, summaries = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(results)) {
    if (!entry.is_regular_file() || !RunFolder::is_result_file(entry.path())) continue;
    (RunFolder::is_summary_file(entry.path()) ? summaries : records) += 1;
    const std::string text = fflab::test::read_text(entry.path());
    INFO(entry.path().string());
    CHECK(round_trip(entry.path(), text) == text);
  }
  CHECK(records > 0);
  CHECK(summaries > 0);
}

TEST_CASE("a record and a seed summary just written read back through their types byte for byte", "[record]") {
  TempDir dir;
  Json m = fflab::test::tiny_manifest();
  m["seeds"] = Json::array({1, 2});
  m["trainer"]["epochs"] = 1;
  RunOptions options;
  options.results_dir = dir.path();
  run_study(m, options);
  const RunFolder folder = RunFolder::of(m, dir.path());
  for (const auto& file : {folder.summary_file(), folder.seed_folder(1).record_file(), folder.seed_folder(2).record_file()}) {
    INFO(file.string());
    const std::string text = fflab::test::read_text(file);
    CHECK(round_trip(file, text) == text);
  }
  const RunRecord record = folder.seed_folder(2).read_record();
  CHECK(record.completed());
  CHECK(record.seed == 2u);
  REQUIRE(record.epochs.size() == 1);
  CHECK(record.epochs[0].test_error.has_value());
  REQUIRE(record.final.has_value());
  CHECK(record.final->procedure == "softmax");
}

TEST_CASE("a run folder tells its phase from its files", "[record][run_folder]") {
  TempDir dir;
  const Json m = fflab::test::tiny_manifest();  // 3 epochs
  const RunFolder folder = RunFolder::of(m, dir.path());
  CHECK(folder.dir() == dir.path() / "tests" / "tiny");
  CHECK(folder.state().phase == RunPhase::empty);
  RunOptions options;
  options.results_dir = dir.path();
  run_experiment(m, options);
  RunFolderState done = folder.state();
  CHECK(done.phase == RunPhase::finished);
  CHECK(done.model_kept);
  CHECK_FALSE(done.restart_pending);
  CHECK(done.epochs == 3);
  // Stopped between writing the record and keeping the model: still finished.
  std::filesystem::copy_file(folder.model_file(), folder.checkpoint_file());
  CHECK(folder.state().phase == RunPhase::finished);
  RunObserver quiet;
  const auto reused = folder.reuse(m, false, quiet);
  REQUIRE(reused.has_value());
  CHECK_FALSE(folder.has_checkpoint());  // kept as the model now
  CHECK_FALSE(folder.reuse(m, true, quiet).has_value());
}
