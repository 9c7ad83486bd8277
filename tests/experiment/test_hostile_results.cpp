// A results folder from someone else: record.json, summary.json,
// checkpoint.bin and baselines.json that are FIFOs, devices, nested a
// million deep or cut in half are refused with one line naming the file;
// nothing hangs, crashes or is read without end.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_status.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/table.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::TempDir;

TEST_CASE("a record or checkpoint that is a FIFO or a device is refused, not waited on", "[table][checkpoint]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  const auto record = dir / "s/run/record.json";
  REQUIRE(::mkfifo(record.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(read_result_file(record),
                    record.string() + ": is a FIFO, not a regular file, expected a record file; rename or remove it");
  CHECK_THROWS_WITH(collect_results({dir.path()}), Catch::Contains("is a FIFO"));
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains("is a FIFO"));
  std::filesystem::remove(record);
  std::filesystem::create_symlink("/dev/zero", record);
  CHECK_THROWS_WITH(read_result_file(record), Catch::Contains(": is a character device, not a regular file"));
  std::filesystem::remove(record);

  const auto checkpoint = dir / "s/run/checkpoint.bin";
  REQUIRE(::mkfifo(checkpoint.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(load_checkpoint_header(checkpoint), Catch::Contains("is not a regular file, expected a checkpoint"));
  CHECK_THROWS_WITH(load_checkpoint(checkpoint), Catch::Contains("is not a regular file, expected a checkpoint"));
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains("is not a regular file"));
}

TEST_CASE("a record nested a million deep is refused while parsing", "[table]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  const auto record = dir / "s/run/record.json";
  fflab::test::write_text(record, "{\"description\": " + std::string(1000000, '[') + std::string(1000000, ']') + "}");
  CHECK_THROWS_WITH(read_result_file(record), Catch::Contains("not a valid result file (JSON): arrays and objects "
                                                              "nested deeper than 100 levels"));
  CHECK_THROWS_AS(run_statuses(dir.path()), DataError);
}

TEST_CASE("status refuses a checkpoint cut in half, as resuming would", "[checkpoint]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  fflab::test::StopAfter stop(1);
  options.observer = &stop;
  CHECK_THROWS_WITH(run_experiment(fflab::test::tiny_manifest(), options), "interrupted");
  const auto checkpoint = dir / "tests/tiny/checkpoint.bin";
  REQUIRE(run_statuses(dir.path()).size() == 1);  // whole: in progress
  const std::string bytes = fflab::test::read_text(checkpoint);
  fflab::test::write_text(checkpoint, bytes.substr(0, bytes.size() / 2 + bytes.size() / 4));
  CHECK_THROWS_AS(load_checkpoint(checkpoint), DataError);
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains(checkpoint.string()) &&
                                                  Catch::Contains("truncated or corrupt; delete it or run with --restart"));
  fflab::test::write_text(checkpoint, bytes + "x");
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains("trailing bytes after the last tensor"));
}
