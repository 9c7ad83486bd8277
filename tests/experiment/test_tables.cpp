#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/report.hpp"
#include "fflab/experiment/report_baselines.hpp"
#include "fflab/experiment/results_layout.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/table.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

Json record(const std::string& name, double train, double test, const Json& paper = Json()) {
  Json r;
  r["study"] = "s";
  r["name"] = name;
  r["status"] = "completed";
  r["manifest"] = {{"dataset", {{"type", "mnist"}, {"train_subset", nullptr}}},
                   {"trainer", {{"type", "backprop"}, {"epochs", 20}}},
                   {"paper", paper},
                   {"shortened", nullptr}};
  r["final"] = {{"procedure", "softmax"},
                {"test_error", test},
                {"by_procedure", {{"softmax", {{"train", train}, {"validation", nullptr}, {"test", test}}}}}};
  return r;
}

}  // namespace

TEST_CASE("markdown, LaTeX and CSV tables of records", "[table]") {
  std::vector<Json> records = {record("bp", 0.0, 1.234, Json{{"source", "p"}, {"test_error", 1.4}})};
  Json shortened = record("quick", 0.5, 2.0);
  shortened["manifest"]["shortened"] = "one epoch only";
  shortened["manifest"]["dataset"]["train_subset"] = 5000;
  records.push_back(shortened);
  const auto rows = result_rows(records);
  REQUIRE(rows.size() == 2);
  CHECK(markdown_table(rows) ==
        "| run | data | learning | testing | budget | seeds | train % | validation % | test % | paper train % | paper test % |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|\n"
        "| s/bp | mnist | backprop | softmax | 20 epochs | 1 | 0.00 | – | 1.23 | – | 1.40 |\n"
        "| s/quick | mnist | backprop | softmax | 20 epochs, 5000 train rows (shortened) | 1 | 0.50 | – | 2.00 | – | – |\n"
        "\nShortened runs:\n- s/quick: one epoch only\n");
  CHECK_THAT(latex_table(rows), Catch::Contains("s/bp & backprop & softmax & 20 epochs & 1 & 0.00 & -- & 1.23 & -- & 1.40 \\\\"));
  CHECK_THAT(csv_table(rows), Catch::Contains("s/quick,mnist,backprop,softmax,\"20 epochs, 5000 train rows\",one epoch only,completed,1,0.50,,,,2.00,,,"));
}

TEST_CASE("paper numbers given per procedure go to that procedure's row", "[table]") {
  Json r = record("ff", 1.0, 2.0,
                  Json{{"source", "p"}, {"test_error", 9.0}, {"row", "FF"},
                       {"procedures", {{"one_pass_softmax", {{"train_error", 31.0}, {"test_error", 45.0}, {"row", "FF softmax"}}}}}});
  r["final"]["by_procedure"]["one_pass_softmax"] = {{"train", 3.0}, {"validation", nullptr}, {"test", 4.0}};
  const auto rows = result_rows({r});
  REQUIRE(rows.size() == 2);
  const ResultRow& softmax = rows[0].procedure == "softmax" ? rows[0] : rows[1];
  const ResultRow& one_pass = rows[0].procedure == "softmax" ? rows[1] : rows[0];
  CHECK(softmax.paper_test == 9.0);
  CHECK_FALSE(softmax.paper_train.has_value());
  CHECK(softmax.paper_row == "FF");
  CHECK(one_pass.paper_train == 31.0);
  CHECK(one_pass.paper_test == 45.0);
  CHECK(one_pass.paper_row == "FF softmax");
}

TEST_CASE("seeds: one record per seed and a summary with mean and std", "[table][seeds]") {
  TempDir dir;
  Json m = fflab::test::tiny_manifest();
  m["seeds"] = Json::array({1, 2, 3});
  m["trainer"]["epochs"] = 1;
  RunOptions options;
  options.results_dir = dir.path();
  const Json summary = run_study(m, options);
  for (int s : {1, 2, 3}) CHECK(std::filesystem::exists(dir / ("tests/tiny/seed-" + std::to_string(s) + "/record.json")));
  REQUIRE(std::filesystem::exists(dir / "tests/tiny/summary.json"));
  const Json& test = summary["final"]["by_procedure"]["softmax"]["test"];
  REQUIRE(test["values"].size() == 3);
  double mean = 0;
  for (const auto& v : test["values"]) mean += v.get<double>() / 3.0;
  CHECK(test["mean"].get<double>() == Approx(mean).margin(1e-4));
  double var = 0;
  for (const auto& v : test["values"]) var += (v.get<double>() - mean) * (v.get<double>() - mean) / 2.0;
  CHECK(test["std"].get<double>() == Approx(std::sqrt(var)).margin(1e-4));
  // The table reads the summary, not the three records beneath it.
  const auto rows = result_rows(collect_results({dir.path()}));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].seeds == 3);
  CHECK(rows[0].test.count == 3);
  CHECK_THAT(markdown_table(rows), Catch::Contains(" ± "));
}

namespace {
struct Messages : RunObserver {
  std::vector<std::string> lines;
  std::size_t starts = 0;  // runs trained (each calls on_start)
  void on_message(const std::string& m) override { lines.push_back(m); }
  void on_start(const Json&) override { ++starts; }
  std::size_t count(const std::string& part) const {
    std::size_t n = 0;
    for (const auto& l : lines) n += l.find(part) != std::string::npos ? 1 : 0;
    return n;
  }
};

/// Runs `m` with one more epoch, then again with --restart: a changed
/// manifest is another run and --restart trains again, so neither reuses a
/// record, and `record` (one the run writes) ends up with two epochs.
void check_changed_and_restarted_runs_train(Json m, RunOptions options, Messages& messages,
                                            const std::filesystem::path& record) {
  options.observer = &messages;
  const std::size_t runs = m["seeds"].is_array() ? m["seeds"].size() : 1;
  m["trainer"]["epochs"] = 2;
  messages.lines.clear();
  messages.starts = 0;
  run_study(m, options);
  CHECK(messages.count("reusing") == 0);
  CHECK(messages.starts == runs);
  CHECK(Json::parse(fflab::test::read_text(record))["epochs"].size() == 2);
  // Said once per replaced record, naming the key that differs.
  CHECK(messages.count("was made by a different manifest (/trainer/epochs: ") == runs);
  CHECK(messages.count(" in the record's, 2 in this one): training this one, whose record replaces it") == runs);

  options.restart = true;
  messages.lines.clear();
  messages.starts = 0;
  run_study(m, options);
  CHECK(messages.count("reusing") == 0);
  CHECK(messages.starts == runs);
}
}  // namespace

TEST_CASE("a study resumes: completed seeds are reused, new seeds are trained", "[seeds][checkpoint]") {
  TempDir dir;
  Json m = fflab::test::tiny_two_seed_manifest();
  RunOptions options;
  options.results_dir = dir.path();
  run_study(m, options);
  const auto seed1 = dir / "tests/tiny/seed-1/record.json";
  const std::string first = fflab::test::read_text(seed1);

  // More seeds: 1 and 2 are reused as they are (the list is not part of a run), 3 is trained.
  m["seeds"] = Json::array({1, 2, 3});
  Messages messages;
  options.observer = &messages;
  const Json summary = run_study(m, options);
  CHECK(messages.count("reusing the completed run") == 2);
  CHECK(messages.count("seed 3:") == 0);
  CHECK(fflab::test::read_text(seed1) == first);
  CHECK(std::filesystem::exists(dir / "tests/tiny/seed-3/record.json"));
  CHECK(summary["final"]["by_procedure"]["softmax"]["test"]["count"] == 3);

  // A record written before a key existed (here /evaluation/final_train_error,
  // whose default keeps the old behaviour) describes the same run.
  Json old_record = Json::parse(fflab::test::read_text(seed1));
  REQUIRE(old_record["manifest"]["evaluation"].erase("final_train_error") == 1);
  fflab::test::write_text(seed1, old_record.dump(2));
  Json seed_one = m;
  seed_one["seed"] = 1;
  resolve_manifest(seed_one);
  CHECK(same_run(old_record["manifest"], seed_one));
  Json other = old_record["manifest"];
  other["evaluation"]["final_train_error"] = "none";  // not the default: another run
  CHECK_FALSE(same_run(other, seed_one));
  messages.lines.clear();
  run_study(m, options);
  CHECK(messages.count("reusing the completed run") == 3);

  // Another manifest (one more epoch) is a different run for every seed, and
  // --restart trains every seed again.
  check_changed_and_restarted_runs_train(m, options, messages, seed1);
}

TEST_CASE("a completed run is reused when its manifest is run again, a diverged one by the same code too, a changed one is trained",
          "[checkpoint]") {
  TempDir dir;
  Json m = fflab::test::tiny_manifest();
  RunOptions options;
  options.results_dir = dir.path();
  Messages messages;
  options.observer = &messages;
  run_study(m, options);
  const auto record = dir / "tests/tiny/record.json";
  const std::string first = fflab::test::read_text(record);
  CHECK(messages.count("reusing") == 0);

  // The same manifest again: the record comes back as it is, nothing is trained.
  messages.lines.clear();
  const Json again = run_study(m, options);
  CHECK(messages.count("reusing the completed run") == 1);
  CHECK(messages.count("(use --restart to train it again)") == 1);  // made at this checkout's commit
  CHECK(messages.count("trained at commit") == 0);
  CHECK(fflab::test::read_text(record) == first);
  CHECK(again == Json::parse(first));

  // A record made at another commit is reused too, and the message says so.
  if (source_revision()["commit"] != "unknown") {
    Json elsewhere = Json::parse(first);
    elsewhere["source"]["commit"] = "0123456789abcdef0123456789abcdef01234567";
    fflab::test::write_text(record, elsewhere.dump(2));
    messages.lines.clear();
    run_study(m, options);
    CHECK(messages.count("reusing the completed run") == 1);
    CHECK(messages.count("trained at commit 0123456; this checkout is ") == 1);
    CHECK(messages.count("use --restart to train it on this code") == 1);
    fflab::test::write_text(record, first);
  }

  // A diverged record made by this checkout's code is a result: reused (the
  // same code would diverge again); one made at another commit is trained again.
  Json diverged = Json::parse(first);
  diverged["status"] = "diverged";
  const Json here = source_revision();
  if (here["commit"] != "unknown" && here["dirty"] == false) {
    diverged["source"] = here;
    fflab::test::write_text(record, diverged.dump(2));
    messages.lines.clear();
    messages.starts = 0;
    run_study(m, options);
    CHECK(messages.count("reusing the diverged run") == 1);
    CHECK(messages.starts == 0);  // nothing trained
    CHECK(Json::parse(fflab::test::read_text(record))["status"] == "diverged");
  }
  diverged["source"]["commit"] = "0123456789abcdef0123456789abcdef01234567";
  fflab::test::write_text(record, diverged.dump(2));
  messages.lines.clear();
  run_study(m, options);
  CHECK(messages.count("reusing") == 0);
  CHECK(Json::parse(fflab::test::read_text(record))["status"] == "completed");

  // Another manifest under the same name is another run (trained, record
  // replaced), and --restart trains it again.
  check_changed_and_restarted_runs_train(m, options, messages, record);
}

namespace {
/// Stops a study the way a kill would, once its `stop_at_finish`-th run has
/// finished (1-based), counting the runs started as Messages does.
struct Interrupter : Messages {
  std::size_t stop_at_finish = 0, finishes = 0;
  void on_finish(const Json&) override {
    if (++finishes == stop_at_finish) throw std::runtime_error("interrupted");
  }
};
}  // namespace

TEST_CASE("an interrupted --restart is trained on by a plain re-run, never replaced by the old record",
          "[checkpoint][seeds]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();

  SECTION("a study stopped between seeds: the seeds not reached are trained, not reused") {
    Json m = fflab::test::tiny_two_seed_manifest();
    run_study(m, options);
    const auto seed2 = dir / "tests/tiny/seed-2/record.json";
    auto is_old = [](const std::filesystem::path& f) { return Json::parse(fflab::test::read_text(f)).contains("old"); };
    Json tagged = Json::parse(fflab::test::read_text(seed2));
    tagged["old"] = true;  // tells the old record from its replacement
    fflab::test::write_text(seed2, tagged.dump(2));

    Interrupter stop;
    stop.stop_at_finish = 1;  // seed 1 trained again, seed 2 not reached
    RunOptions restart = options;
    restart.restart = true;
    restart.observer = &stop;
    CHECK_THROWS_WITH(run_study(m, restart), "interrupted");
    CHECK(stop.starts == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "tests/tiny/seed-1" / kRestartMarker));
    CHECK(std::filesystem::exists(dir / "tests/tiny/seed-2" / kRestartMarker));
    CHECK(is_old(seed2));  // stands until replaced

    Messages messages;
    options.observer = &messages;
    run_study(m, options);
    CHECK(messages.count("seed 1: reusing the completed run") == 1);
    CHECK(messages.count("is being replaced by an interrupted --restart") == 1);
    CHECK(messages.starts == 1);  // seed 2 only
    CHECK_FALSE(is_old(seed2));
    CHECK_FALSE(std::filesystem::exists(dir / "tests/tiny/seed-2" / kRestartMarker));

    // Done: the next plain run reuses both.
    messages.lines.clear();
    messages.starts = 0;
    run_study(m, options);
    CHECK(messages.count("reusing the completed run") == 2);
    CHECK(messages.starts == 0);
  }

  SECTION("one run stopped before its first checkpoint: trained again, not reused") {
    Json m = fflab::test::tiny_manifest();
    run_study(m, options);
    const auto record = dir / "tests/tiny/record.json";
    Json tagged = Json::parse(fflab::test::read_text(record));
    tagged["old"] = true;
    fflab::test::write_text(record, tagged.dump(2));

    fflab::test::StopAtStart stop;  // the old checkpoint is gone, no new one written yet
    RunOptions restart = options;
    restart.restart = true;
    restart.observer = &stop;
    CHECK_THROWS_WITH(run_study(m, restart), "interrupted");
    CHECK(std::filesystem::exists(dir / "tests/tiny" / kRestartMarker));
    CHECK_FALSE(std::filesystem::exists(dir / "tests/tiny" / kCheckpointFile));

    Messages messages;
    options.observer = &messages;
    run_study(m, options);
    CHECK(messages.count("reusing") == 0);
    CHECK(messages.count("is being replaced by an interrupted --restart") == 1);
    CHECK(messages.starts == 1);
    CHECK_FALSE(Json::parse(fflab::test::read_text(record)).contains("old"));
    CHECK_FALSE(std::filesystem::exists(dir / "tests/tiny" / kRestartMarker));
  }
}

TEST_CASE("broken result files are DataErrors naming the file", "[table]") {
  TempDir dir;
  fflab::test::write_text(dir / "record.json", "{ not json");
  CHECK_THROWS_WITH(collect_results({dir.path()}), Catch::Contains("record.json") && Catch::Contains("not a valid result file"));
  CHECK_THROWS_WITH(collect_results({dir / "absent"}), Catch::Contains("no such result file or folder"));
}

TEST_CASE("a folder named record.json or summary.json is refused, not skipped", "[table]") {
  for (const char* name : {"record.json", "summary.json"}) {
    TempDir dir;
    const auto folder = dir / "s/run" / name;
    std::filesystem::create_directories(folder);
    INFO(name);
    const std::string message = folder.string() + ": is a directory, expected a record file; rename or remove it";
    CHECK_THROWS_AS(collect_results({dir.path()}), DataError);
    CHECK_THROWS_WITH(collect_results({dir.path()}), message);
    CHECK_THROWS_WITH(collect_results({folder}), message);
    CHECK_THROWS_WITH(write_reports(dir.path(), {.plots = false}), message);
  }
}

TEST_CASE("reports regenerate byte-identical tables and plots", "[table][plot]") {
  if (std::system("command -v gnuplot > /dev/null 2>&1") != 0) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  run_experiment(fflab::test::tiny_manifest(), options);
  const auto first = write_reports(dir.path());
  REQUIRE(first.size() == 11);
  std::vector<std::string> contents;
  for (const auto& f : first) contents.push_back(fflab::test::read_text(f));
  CHECK_THAT(contents[0], Catch::Contains("| tests/tiny | synthetic | backprop | softmax | 3 epochs |"));
  const auto second = write_reports(dir.path());
  REQUIRE(second == first);
  for (std::size_t i = 0; i < second.size(); ++i) {
    INFO(second[i]);
    CHECK(fflab::test::read_text(second[i]) == contents[i]);
  }
  CHECK(fflab::test::read_text(dir / "tests/curves.svg").find("<svg") != std::string::npos);
}

TEST_CASE("a diverging seed does not end its study: the others run, the summary says so", "[seeds]") {
  TempDir dir;
  Json m = fflab::test::tiny_manifest();
  m["seeds"] = Json::array({1, 2});
  m["trainer"]["epochs"] = 2;
  m["trainer"]["optimizer"] = {{"type", "sgd"}, {"lr", 1e30}};
  RunOptions options;
  options.results_dir = dir.path();
  Messages messages;
  options.observer = &messages;
  const Json summary = run_study(m, options);
  CHECK(summary["status"] == "diverged");
  CHECK(messages.count("diverged in epoch 1") == 2);
  for (int s : {1, 2}) {
    const auto record = dir / ("tests/tiny/seed-" + std::to_string(s) + "/record.json");
    REQUIRE(std::filesystem::exists(record));
    CHECK_THAT(fflab::test::read_text(record), Catch::Contains("\"diverged\""));
  }
  CHECK_FALSE(summary.contains("final"));  // no seed completed: no statistics
  const auto rows = result_rows(collect_results({dir.path()}));
  REQUIRE(rows.size() == 1);
  CHECK_THAT(markdown_table(rows), Catch::Contains("[diverged]"));
}

namespace {

void write_record(const std::filesystem::path& results, const std::string& study, const std::string& name, double test) {
  Json r = record(name, 0.0, test);
  r["study"] = study;
  std::filesystem::create_directories(results / study / name);
  fflab::test::write_text(results / study / name / "record.json", r.dump());
}

}  // namespace

TEST_CASE("a study's baselines.json puts other studies' runs first in its report", "[table]") {
  TempDir dir;
  write_record(dir.path(), "ff", "ff_run", 2.5);
  write_record(dir.path(), "bp", "bp_run", 1.5);
  write_record(dir.path(), "bp", "bp_other", 9.0);
  fflab::test::write_text(dir / "ff" / kBaselinesFile, R"({"baselines": ["bp/bp_run"]})");
  write_reports(dir.path(), {.plots = false});
  const std::string ff_table = fflab::test::read_text(dir / "ff/table.md");
  const auto bp_row = ff_table.find("| bp/bp_run |"), ff_row = ff_table.find("| ff/ff_run |");
  REQUIRE(bp_row != std::string::npos);
  REQUIRE(ff_row != std::string::npos);
  CHECK(bp_row < ff_row);
  CHECK(ff_table.find("bp_other") == std::string::npos);
  // The baseline's own study is reported without the other study's rows.
  CHECK(fflab::test::read_text(dir / "bp/table.md").find("ff_run") == std::string::npos);
  // Without the file a study has its own rows only.
  CHECK(baseline_results(dir.path(), dir / "bp").empty());
  // A folder entry takes every record below it.
  fflab::test::write_text(dir / "ff" / kBaselinesFile, R"({"baselines": ["bp"]})");
  CHECK(baseline_results(dir.path(), dir / "ff").size() == 2);
}

TEST_CASE("broken baselines files are DataErrors naming the file, the entry and the fix", "[table]") {
  TempDir dir;
  write_record(dir.path(), "ff", "ff_run", 2.5);
  write_record(dir.path(), "bp", "bp_run", 1.5);
  const auto file = dir / "ff" / kBaselinesFile;
  const auto fails_with = [&](const std::string& text, const std::string& message) {
    fflab::test::write_text(file, text);
    INFO(text);
    CHECK_THROWS_WITH(baseline_results(dir.path(), dir / "ff"),
                      Catch::Contains("baselines.json") && Catch::Contains(message));
    CHECK_THROWS_AS(write_reports(dir.path(), {.plots = false}), DataError);
  };
  fails_with("{ not json", "not valid JSON");
  fails_with("[]", "/baselines: missing or not an array");
  fails_with(R"({"baseline": ["bp/bp_run"]})", "/baselines: missing or not an array");
  fails_with(R"({"baselines": ["bp/bp_run"], "extra": 1})", "/extra: unknown key");
  fails_with(R"({"baselines": ["bp/bp_run", 3]})", "/baselines/1: not a non-empty string");
  fails_with(R"({"baselines": [""]})", "/baselines/0: not a non-empty string");
  fails_with(R"({"baselines": ["bp/absent"]})", "/baselines/0: no such result file or folder");
  fails_with(R"({"baselines": ["/bp/bp_run"]})", "/baselines/0: '/bp/bp_run' is absolute");
  fails_with(R"({"baselines": ["ff/ff_run"]})", "/baselines/0: 'ff/ff_run' is inside this study");
  fails_with(R"({"baselines": ["bp/../ff"]})", "is inside this study");
  std::filesystem::create_directories(dir / "empty");
  fails_with(R"({"baselines": ["empty"]})",
             "/baselines/0: no record.json or summary.json below " + (dir / "empty").string() +
                 "; run that manifest or remove the entry");
}

TEST_CASE("report given a seed's, a several-seed run's or the working folder names the results folder", "[table]") {
  TempDir dir;
  write_record(dir.path(), "bp", "bp_run", 1.5);
  // A several-seed run whose summary is not written yet: seed folders only.
  std::filesystem::create_directories(dir / "ff/ff_seeds/seed-1");
  std::filesystem::copy_file(dir / "bp/bp_run/record.json", dir / "ff/ff_seeds/seed-1/record.json");
  CHECK(is_run_folder(dir / "ff/ff_seeds"));
  CHECK(is_study_folder(dir / "ff"));
  CHECK_FALSE(is_study_folder(dir.path()));
  CHECK(results_folder_above(dir / "ff/ff_seeds/seed-1") == dir.path());
  CHECK_THROWS_WITH(write_reports(dir / "ff/ff_seeds", {.plots = false}),
                    Catch::StartsWith((dir / "ff/ff_seeds").string() + ": is a run's folder") &&
                        Catch::EndsWith("e.g. " + dir.path().string()));
  CHECK_THROWS_WITH(write_reports(dir / "ff/ff_seeds/seed-1", {.plots = false}),
                    Catch::StartsWith((dir / "ff/ff_seeds/seed-1").string() +
                                      ": is a seed's folder of a several-seed run (it holds a record)") &&
                        Catch::EndsWith("e.g. " + dir.path().string()));
  // A trailing slash names the same folder.
  CHECK(results_folder_above(dir.path().string() + "/bp/bp_run/") == dir.path());
  CHECK_THROWS_WITH(write_reports(dir.path().string() + "/bp/", {.plots = false}),
                    Catch::Contains(": is a study's folder") && Catch::EndsWith("e.g. " + dir.path().string()));
  {
    // Relative names stay relative: "." inside a study's folder suggests "..".
    const fflab::test::WorkingFolder in_study(dir / "bp");
    CHECK(results_folder_above(".") == "..");
    CHECK_THROWS_WITH(write_reports(".", {.plots = false}), Catch::StartsWith(".: is a study's folder") && Catch::EndsWith("e.g. .."));
    const fflab::test::WorkingFolder in_run(dir / "bp/bp_run");
    CHECK(results_folder_above(".") == "../..");
    CHECK(results_folder_above("../bp_run") == "../..");
  }
  CHECK_FALSE(std::filesystem::exists(dir / "bp/table.md"));
  // A folder that does not exist is no run's and no study's; asking does not throw.
  CHECK_FALSE(is_run_folder(dir / "no/such/folder"));
  CHECK_FALSE(is_study_folder(dir / "no/such/folder"));
}

TEST_CASE("a folder holding no record.json or summary.json is an error for table and report", "[table]") {
  TempDir dir;
  write_record(dir.path(), "bp", "bp_run", 1.5);
  std::filesystem::create_directories(dir / "empty/run");
  const std::string none = (dir / "empty").string() +
                           ": no record.json or summary.json below this folder; name a folder that holds finished "
                           "runs (fflab run writes them) or a record file";
  CHECK_THROWS_AS(collect_results({dir / "empty"}), DataError);
  CHECK_THROWS_WITH(collect_results({dir / "empty"}), none);
  CHECK_THROWS_WITH(collect_results({dir / "bp", dir / "empty"}), none);  // one empty folder among others too
  CHECK(collect_results({dir / "bp"}).size() == 1);
  // report: a study folder without records (runs in progress) is passed over ...
  const auto written = write_reports(dir.path(), {.plots = false});
  CHECK(written.size() == 3);
  CHECK(std::filesystem::exists(dir / "bp/table.md"));
  CHECK_FALSE(std::filesystem::exists(dir / "empty/table.md"));
  // ... but a results folder none of whose studies has any is an error, and so is a file.
  TempDir nothing;
  std::filesystem::create_directories(nothing / "study/run");
  CHECK_THROWS_AS(write_reports(nothing.path(), {.plots = false}), DataError);
  CHECK_THROWS_WITH(write_reports(nothing.path(), {.plots = false}),
                    nothing.path().string() + ": no study folder here holds a record.json or summary.json: nothing "
                                              "to report; name the folder fflab run wrote to (--results, default: results)");
  // A study's or a run's folder instead of the results folder writes nothing.
  CHECK_THROWS_WITH(write_reports(dir / "bp", {.plots = false}),
                    (dir / "bp").string() + ": is a study's folder (it holds runs' records), not a results folder; "
                                            "name the folder that holds the studies, e.g. " + dir.path().string());
  CHECK_THROWS_WITH(write_reports(dir / "bp/bp_run", {.plots = false}),
                    Catch::StartsWith((dir / "bp/bp_run").string() + ": is a run's folder (it holds a record)") &&
                        Catch::EndsWith("e.g. " + dir.path().string()));
  CHECK_FALSE(std::filesystem::exists(dir / "bp/bp_run/table.md"));
  const auto file = dir / "bp/bp_run/record.json";
  CHECK_THROWS_WITH(write_reports(file, {.plots = false}),
                    file.string() + ": is a file, not a results folder; name the folder that holds the studies");
}
