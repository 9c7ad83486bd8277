// Records and summaries that are valid JSON of another shape: every results
// tool (table and plot read through collect_results, report, status) refuses
// them with a DataError naming the file, the JSON pointer and the fix.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/report.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_status.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/table.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

/// A record of the tiny manifest as the runner writes it, made once.
const Json& real_record() {
  static const Json record = [] {
    TempDir dir;
    RunOptions options;
    options.results_dir = dir.path();
    return run_experiment(fflab::test::tiny_manifest(), options);
  }();
  return record;
}

const std::string kDamaged = "damaged record; restore it from git, or delete it and run its manifest again";
const std::string kNotARecord =
    "name a record.json or summary.json that fflab run wrote, or restore this one from git";

/// Writes `text` as <dir>/s/run/<name> and checks that table (and plot),
/// report and, for a record, status refuse it with `message`.
void check_text_refused(const std::string& text, const std::string& message, const std::string& name = "record.json") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  const auto file = dir / ("s/run/" + name);
  fflab::test::write_text(file, text);
  INFO(text.substr(0, 200));
  const auto refused = [&](const std::function<void()>& read) {
    CHECK_THROWS_AS(read(), DataError);
    CHECK_THROWS_WITH(read(), file.string() + ": " + message);
  };
  refused([&] { collect_results({dir.path()}); });
  refused([&] { collect_results({file}); });
  refused([&] { write_reports(dir.path(), {.plots = false}); });
  if (name == "record.json") refused([&] { run_statuses(dir.path()); });
}

void check_refused(const Json& record, const std::string& message, const std::string& name = "record.json") {
  check_text_refused(record.dump(2), message, name);
}

}  // namespace

TEST_CASE("a record as the runner writes it passes, and so does a summary of seeds", "[table][status]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  fflab::test::write_text(dir / "s/run/record.json", real_record().dump(2));
  CHECK(read_result_file(dir / "s/run/record.json") == real_record());
  CHECK(run_statuses(dir.path()).size() == 1);
  Json m = fflab::test::tiny_two_seed_manifest();
  RunOptions options;
  options.results_dir = dir.path();
  const Json summary = run_study(m, options);
  CHECK(read_result_file(dir / "tests/tiny/summary.json") == summary);
  CHECK(collect_results({dir.path()}).size() == 2);  // s/run and the summary (its seeds stand behind it)
}

TEST_CASE("a file that is not a run record is refused, naming it", "[table][status]") {
  check_text_refused("[" + real_record().dump() + "]",
                "not a run record (an array, not an object with \"status\" and \"manifest\"); " + kNotARecord);
  check_text_refused("[]", "not a run record (an array, not an object with \"status\" and \"manifest\"); " + kNotARecord,
                "summary.json");
  check_text_refused("3", "not a run record (an integer (3), not an object with \"status\" and \"manifest\"); " + kNotARecord);
  // A manifest is JSON with a study and a name, but not a record.
  check_refused(fflab::test::tiny_manifest(), "not a run record (no \"status\"/\"manifest\"); " + kNotARecord);
  Json no_manifest = real_record();
  no_manifest.erase("manifest");
  check_refused(no_manifest, "not a run record (no \"status\"/\"manifest\"); " + kNotARecord);
}

TEST_CASE("a record with a value of the wrong type is refused with its JSON pointer", "[table][status][plot]") {
  const auto with = [](const std::string& pointer, const Json& value) {
    Json r = real_record();
    r[Json::json_pointer(pointer)] = value;
    return r;
  };
  check_refused(with("/manifest/trainer/epochs", "3"),
                "/manifest/trainer/epochs: expected a whole number, found a string (\"3\"); " + kDamaged);
  check_refused(with("/epochs/0/epoch", "one"),
                "/epochs/0/epoch: expected a whole number, found a string (\"one\"); " + kDamaged);
  check_refused(with("/epochs/1/train_error", nullptr), "/epochs/1/train_error: expected a number, found null; " + kDamaged);
  check_refused(with("/epochs/2/seconds", "slow"),
                "/epochs/2/seconds: expected a number, found a string (\"slow\"); " + kDamaged);
  check_refused(with("/epochs", Json::object()), "/epochs: expected an array, found an object; " + kDamaged);
  check_refused(with("/status", 1), "/status: expected a string, found an integer (1); " + kDamaged);
  check_refused(with("/name", nullptr), "/name: expected a string, found null; " + kDamaged);
  check_refused(with("/manifest/dataset/type", Json::array()),
                "/manifest/dataset/type: expected a string, found an array; " + kDamaged);
  check_refused(with("/manifest/dataset/train_subset", "all"),
                "/manifest/dataset/train_subset: expected a whole number or null, found a string (\"all\"); " + kDamaged);
  check_refused(with("/manifest/paper", Json{{"row", 3}}),
                "/manifest/paper/row: expected a string, found an integer (3); " + kDamaged);
  check_refused(with("/final/test_error", "x"),
                "/final/test_error: expected a number, null or {\"mean\", \"std\", \"count\"}, found a string (\"x\"); " +
                    kDamaged);
  check_refused(with("/final/by_procedure/softmax/test", Json{{"std", 1.0}}),
                "/final/by_procedure/softmax/test/mean: missing, expected a number; " + kDamaged);
  check_refused(with("/final/by_procedure", Json::object()),
                "/final/by_procedure: empty, expected the errors of at least one procedure; " + kDamaged);
  Json no_test = real_record();
  no_test["final"]["by_procedure"]["softmax"].erase("test");
  check_refused(no_test, "/final/by_procedure/softmax/test: missing, expected a number, null or {\"mean\", \"std\", "
                         "\"count\"}; " + kDamaged);
  Json no_epochs = real_record();
  no_epochs["manifest"]["trainer"].erase("epochs");
  check_refused(no_epochs, "/manifest/trainer/epochs: missing, expected a whole number; " + kDamaged);
}

TEST_CASE("a completed record needs its final errors, a diverged one has none", "[table][status]") {
  Json completed = real_record();
  completed.erase("final");
  check_refused(completed, "/final: missing, expected an object; " + kDamaged);
  Json null_final = real_record();
  null_final["final"] = nullptr;
  null_final["status"] = "diverged";
  check_refused(null_final, "/final: expected an object, found null; " + kDamaged);

  // A diverged record (no "final") is a result: its row says so, without errors.
  TempDir dir;
  Json diverged = real_record();
  diverged.erase("final");
  diverged["status"] = "diverged";
  std::filesystem::create_directories(dir / "s/run");
  fflab::test::write_text(dir / "s/run/record.json", diverged.dump());
  const auto rows = result_rows(collect_results({dir.path()}));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].status == "diverged");
  CHECK(rows[0].test.count == 0);
  CHECK_THAT(markdown_table(rows), Catch::Contains("| tests/tiny | synthetic | backprop | – | 3 epochs [diverged] | 1 | – | – | – |"));
  const auto runs = run_statuses(dir.path());
  REQUIRE(runs.size() == 1);
  CHECK_THAT(status_line(runs[0]), Catch::StartsWith("s/run: diverged, epoch 3 of 3 (train "));
}

TEST_CASE("a summary of seeds with a value of the wrong type is refused with its JSON pointer", "[table][seeds]") {
  TempDir dir;
  Json m = fflab::test::tiny_two_seed_manifest();
  RunOptions options;
  options.results_dir = dir.path();
  Json summary = run_study(m, options);
  summary["final"]["by_procedure"]["softmax"]["test"]["count"] = -2;
  check_refused(summary, "/final/by_procedure/softmax/test/count: expected a whole number, found an integer (-2); " + kDamaged,
                "summary.json");
  summary["seeds"] = "1, 2";
  check_refused(summary, "/seeds: expected an array, found a string (\"1, 2\"); " + kDamaged, "summary.json");
}
