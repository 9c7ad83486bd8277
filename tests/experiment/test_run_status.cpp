// fflab status: runs in progress (checkpoints) and finished (records) below a
// results folder, one line each; broken files name themselves.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/run_status.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::StopAfter;
using fflab::test::TempDir;
using fflab::test::tiny_manifest;

TEST_CASE("fflab status lists runs in progress and finished ones", "[status]") {
  TempDir dir;
  StopAfter stop(1);
  RunOptions interrupted;
  interrupted.results_dir = dir.path();
  interrupted.observer = &stop;
  Json partial = tiny_manifest();
  partial["name"] = "partial";
  CHECK_THROWS_WITH(run_experiment(partial, interrupted), "interrupted");
  RunOptions options;
  options.results_dir = dir.path();
  const Json done = run_experiment(tiny_manifest(), options);

  const auto runs = run_statuses(dir.path());
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].run == "tests/partial");
  CHECK(runs[0].state == "in progress");
  CHECK(runs[0].epochs_done == 1);
  CHECK(runs[0].epochs == 3);
  CHECK(runs[0].minutes_since_update < 5.0);
  // Two epochs left at the first one's time (training and evaluation).
  const Json& first = runs[0].last_epoch;
  CHECK(runs[0].minutes_to_go ==
        Approx(2 * (first["seconds"].get<double>() + first["evaluation_seconds"].get<double>()) / 60.0));
  const std::string line = status_line(runs[0]);
  CHECK_THAT(line, Catch::StartsWith("tests/partial: in progress, epoch 1 of 3 (train "));
  CHECK_THAT(line, Catch::Contains(", validation ") && Catch::EndsWith("updated 0 min ago"));
  CHECK(runs[0].last_validated == runs[0].last_epoch);  // the tiny run evaluates every epoch

  CHECK(runs[1].run == "tests/tiny");
  CHECK(runs[1].state == "completed");
  CHECK(runs[1].epochs_done == 3);
  char test[32];
  std::snprintf(test, sizeof test, "%.2f %%", done["final"]["test_error"].get<double>());
  CHECK(status_line(runs[1]) == "tests/tiny: completed, test " + std::string(test) + " (softmax), updated 0 min ago");
}

TEST_CASE("fflab status tells an unfinished --restart from a finished run's last checkpoint", "[status]") {
  TempDir dir;
  const Json m = tiny_manifest();  // 3 epochs
  RunOptions options;
  options.results_dir = dir.path();
  const Json done = run_experiment(m, options);
  const auto checkpoint = checkpoint_path(m, dir.path());
  // Stopped between writing the record and keeping the model: the record's own last checkpoint.
  std::filesystem::copy_file(model_path(m, dir.path()), checkpoint);
  REQUIRE(run_statuses(dir.path()).size() == 1);
  CHECK(run_statuses(dir.path())[0].state == "completed");
  CHECK(run_statuses(dir.path())[0].final_errors == done["final"]);
  CHECK_THAT(status_line(run_statuses(dir.path())[0]), Catch::StartsWith("tests/tiny: completed, test "));

  // A --restart stopped after one epoch: its checkpoint is not the record's.
  std::filesystem::remove(checkpoint);
  StopAfter stop(1);
  RunOptions restart = options;
  restart.restart = true;
  restart.observer = &stop;
  CHECK_THROWS_WITH(run_experiment(m, restart), "interrupted");
  REQUIRE(std::filesystem::exists(checkpoint));
  const RunStatus s = run_statuses(dir.path())[0];
  CHECK(s.state == "in progress");
  CHECK(s.epochs_done == 1);
  CHECK_THAT(status_line(s), Catch::StartsWith("tests/tiny: in progress, epoch 1 of 3 (train "));
  CHECK(s.restart_pending);

  // A --restart stopped before its first checkpoint: the old record stands, marked.
  fflab::test::StopAtStart before_any;
  restart.observer = &before_any;
  CHECK_THROWS_WITH(run_experiment(m, restart), "interrupted");
  REQUIRE_FALSE(std::filesystem::exists(checkpoint));
  const RunStatus pending = run_statuses(dir.path())[0];
  CHECK(pending.state == "completed");
  CHECK(pending.restart_pending);
  CHECK_THAT(status_line(pending), Catch::Contains("), a --restart of it is pending (a plain re-run trains it again), updated "));

  // Finished: no longer pending.
  run_experiment(m, options);
  CHECK_FALSE(run_statuses(dir.path())[0].restart_pending);
  CHECK_THAT(status_line(run_statuses(dir.path())[0]), !Catch::Contains("pending"));
}

TEST_CASE("fflab status names a broken checkpoint or record, and a missing folder", "[status]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/broken");
  fflab::test::write_text(dir / "s/broken/checkpoint.bin", "not a checkpoint");
  CHECK_THROWS_AS(run_statuses(dir.path()), DataError);
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains("s/broken/checkpoint.bin"));
  std::filesystem::remove(dir / "s/broken/checkpoint.bin");
  fflab::test::write_text(dir / "s/broken/record.json", "{ truncated");
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains("s/broken/record.json") && Catch::Contains("JSON"));
  CHECK_THROWS_WITH(run_statuses(dir / "absent"), Catch::Contains("absent") && Catch::Contains("no such results folder"));
  TempDir empty;
  CHECK(run_statuses(empty.path()).empty());
  fflab::test::write_text(dir / "file", "");
  CHECK_THROWS_WITH(run_statuses(dir / "file"), (dir / "file").string() + ": is a file, not a results folder; "
                                                                         "name the folder the runs write to (fflab run --results)");
}

TEST_CASE("fflab status refuses a folder named record.json or checkpoint.bin, naming it", "[status]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run/record.json");
  CHECK_THROWS_AS(run_statuses(dir.path()), DataError);
  CHECK_THROWS_WITH(run_statuses(dir.path()),
                    (dir / "s/run/record.json").string() + ": is a directory, expected a record file; rename or remove it");
  std::filesystem::create_directories(dir / "s/run/checkpoint.bin");
  CHECK_THROWS_WITH(run_statuses(dir.path()), (dir / "s/run/checkpoint.bin").string() +
                                                  ": is a directory, expected a checkpoint file; delete it or run with --restart to start the run afresh");
}

TEST_CASE("fflab status refuses a checkpoint header without what it reads, naming the file", "[status]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  const auto file = dir / "s/run/checkpoint.bin";
  const std::string fix = "; corrupt checkpoint header; delete it or run with --restart to start the run afresh";
  const auto refused = [&](const Json& header, const std::string& message) {
    INFO(header.dump());
    save_checkpoint(file, header, {});
    CHECK_THROWS_AS(run_statuses(dir.path()), DataError);
    CHECK_THROWS_WITH(run_statuses(dir.path()), file.string() + ": " + message + fix);
  };
  const Json manifest = fflab::test::tiny_manifest();
  // Without its manifest the header gave "epoch 5 of 0".
  refused(Json{{"epochs_done", 5}, {"epochs", Json::array()}}, "/manifest: missing, expected an object");
  refused(Json{{"manifest", manifest}, {"epochs", Json::array()}}, "/epochs_done: missing, expected a whole number");
  refused(Json{{"manifest", manifest}, {"epochs_done", 1}, {"epochs", Json::array({Json{{"epoch", 1}, {"seconds", "2"}}})}},
          "/epochs/0/seconds: expected a number, found a string (\"2\")");
  refused(Json::array(), "expected an object, found an array");
  save_checkpoint(file, Json{{"manifest", manifest}, {"epochs_done", 0}, {"epochs", Json::array()}}, {});
  REQUIRE(run_statuses(dir.path()).size() == 1);
  CHECK(run_statuses(dir.path())[0].epochs == 3);
  CHECK(run_statuses(dir.path())[0].last_validated.is_null());
}

TEST_CASE("fflab status gives the latest validation error with its epoch when the run evaluates every k-th",
          "[status]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  const auto file = dir / "s/run/checkpoint.bin";
  const Json manifest = fflab::test::tiny_manifest();
  // Evaluated at epoch 1, not at epoch 2: the latest validation error is epoch 1's.
  const Json validated = {{"epoch", 1}, {"train_error", 4.0}, {"validation_error", 5.0}, {"seconds", 2.0}};
  save_checkpoint(file,
                  Json{{"manifest", manifest},
                       {"epochs_done", 2},
                       {"epochs", Json::array({validated, Json{{"epoch", 2}, {"train_error", 3.0}, {"seconds", 2.0}}})}},
                  {});
  const RunStatus s = run_statuses(dir.path())[0];
  CHECK(s.last_validated == validated);
  CHECK_THAT(status_line(s), Catch::Contains("(train 3.00 %, validation 5.00 % at epoch 1)"));
}

TEST_CASE("a status line gives the epochs, the latest errors and the time left", "[status]") {
  RunStatus s;
  s.run = "mnist_ff/x";
  s.state = "in progress";
  s.epochs_done = 12;
  s.epochs = 60;
  s.last_epoch = Json{{"train_error", 2.1}};
  s.minutes_to_go = 85.2;
  s.minutes_since_update = 3.4;
  CHECK(status_line(s) == "mnist_ff/x: in progress, epoch 12 of 60 (train 2.10 %), about 85 min to go, updated 3 min ago");
  // Evaluated every 10th epoch: the latest validation error says which epoch it is from.
  s.last_validated = Json{{"epoch", 10}, {"train_error", 2.5}, {"validation_error", 2.52}};
  CHECK(status_line(s) == "mnist_ff/x: in progress, epoch 12 of 60 (train 2.10 %, validation 2.52 % at epoch 10), "
                          "about 85 min to go, updated 3 min ago");
  s.last_epoch["validation_error"] = 3.875;
  s.last_validated = s.last_epoch;
  s.minutes_to_go = 0.0;
  CHECK(status_line(s) == "mnist_ff/x: in progress, epoch 12 of 60 (train 2.10 %, validation 3.88 %), updated 3 min ago");
  // Every epoch trained, the record not yet written: the final evaluation is running (or was stopped).
  s.epochs_done = 60;
  CHECK(status_line(s) == "mnist_ff/x: in progress, epoch 60 of 60 (train 2.10 %, validation 3.88 %), "
                          "training done, final evaluation not recorded yet, updated 3 min ago");
  s.epochs_done = 12;
  s.state = "diverged";  // a record without final errors
  CHECK(status_line(s) == "mnist_ff/x: diverged, epoch 12 of 60 (train 2.10 %, validation 3.88 %), updated 3 min ago");
}
