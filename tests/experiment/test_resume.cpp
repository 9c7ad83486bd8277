// A run killed with SIGKILL mid-way resumes from its last checkpoint and ends
// with the same record as an uninterrupted run, apart from timings.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/evaluate_model.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_status.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::slow_manifest;
using fflab::test::TempDir;

namespace {

std::string fflab_binary() {
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  REQUIRE(bin != nullptr);
  return std::string(bin) + "/lib/fflab";
}

}  // namespace

TEST_CASE("a run killed with SIGKILL resumes and matches an uninterrupted run", "[checkpoint]") {
  TempDir reference_dir, killed_dir;
  RunOptions reference_options;
  reference_options.results_dir = reference_dir.path();
  const Json reference = run_experiment(slow_manifest(), reference_options);
  CHECK(!std::filesystem::exists(checkpoint_path(reference["manifest"], reference_dir.path())));

  const auto manifest_file = killed_dir / "m.json";
  fflab::test::write_text(manifest_file, slow_manifest().dump());
  const auto results = killed_dir / "results";
  const auto checkpoint = results / "tests/resume/checkpoint.bin";
  const auto record = results / "tests/resume/record.json";
  const std::string binary = fflab_binary();

  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    const std::string log = (killed_dir / "first.log").string();
    std::freopen(log.c_str(), "w", stdout);
    execl(binary.c_str(), binary.c_str(), "run", manifest_file.c_str(), "--results", results.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!std::filesystem::exists(checkpoint) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // Restarted with a short BLAS idle spin (threads.hpp), it still goes by its name.
  CHECK_THAT(fflab::test::read_text("/proc/" + std::to_string(child) + "/comm"), Catch::StartsWith("fflab"));
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(std::filesystem::exists(checkpoint));
  REQUIRE(!std::filesystem::exists(record));  // killed before the end
  const std::size_t done = load_checkpoint(checkpoint).meta["epochs_done"].get<std::size_t>();
  CHECK(done >= 1);
  CHECK(done < 4);

  const std::string resume = "'" + binary + "' run '" + manifest_file.string() + "' --results '" +
                             results.string() + "' > '" + (killed_dir / "second.log").string() + "'";
  REQUIRE(std::system(resume.c_str()) == 0);
  CHECK_THAT(fflab::test::read_text(killed_dir / "second.log"), Catch::Contains("resuming from"));
  const Json resumed = Json::parse(fflab::test::read_text(record));
  CHECK(resumed.contains("resumes"));
  // The binary restarts itself with a short BLAS idle spin unless the caller set one.
  const char* spin = std::getenv("OPENBLAS_THREAD_TIMEOUT");
  CHECK(resumed["machine"]["blas_thread_timeout"] == (spin ? spin : "4"));
  CHECK(without_timings(resumed).dump() == without_timings(reference).dump());
  CHECK(!std::filesystem::exists(checkpoint));
  // The resumed run keeps its model, which classifies as the uninterrupted run's did.
  const auto model = results / "tests/resume/model.bin";
  REQUIRE(std::filesystem::exists(model));
  CHECK(evaluate_model(slow_manifest(), model, {"test"}).errors["softmax"]["test"] == reference["final"]["test_error"]);
}

TEST_CASE("a checkpoint of another manifest is refused, --restart discards it", "[checkpoint]") {
  TempDir dir;
  Json m = slow_manifest();
  m["dataset"]["train"] = 300;
  m["trainer"]["epochs"] = 1;
  RunOptions options;
  options.results_dir = dir.path();
  Json other = m;
  other["seed"] = 10;
  std::filesystem::create_directories(dir / "tests/resume");
  resolve_manifest(other);
  save_checkpoint(dir / "tests/resume/checkpoint.bin",
                  Json{{"manifest", other}, {"epochs_done", 0}, {"epochs", Json::array()}}, {});
  CHECK_THROWS_WITH(run_experiment(m, options),
                    Catch::Contains("was made by a different manifest (/seed: 10 in the checkpoint's, 9 in this one); "
                                    "run with --restart"));
  options.restart = true;
  CHECK(run_experiment(m, options)["status"] == "completed");
}

TEST_CASE("the fflab binary keeps the BLAS idle spin and kernel family its caller set, and records them", "[checkpoint]") {
  TempDir dir;
  Json m = slow_manifest();
  m["dataset"]["train"] = 300;
  m["trainer"]["epochs"] = 1;
  const auto manifest_file = dir / "m.json";
  fflab::test::write_text(manifest_file, m.dump());
  const std::string run = "OPENBLAS_THREAD_TIMEOUT=7 OPENBLAS_CORETYPE=Haswell '" + fflab_binary() + "' run '" + manifest_file.string() +
                          "' --results '" + (dir / "results").string() + "' > /dev/null";
  REQUIRE(std::system(run.c_str()) == 0);
  const Json record = Json::parse(fflab::test::read_text(dir / "results/tests/resume/record.json"));
  CHECK(record["machine"]["blas_thread_timeout"] == "7");
  CHECK(record["machine"]["blas_coretype_request"] == "Haswell");
  CHECK_THAT(record["machine"]["blas"].get<std::string>(), Catch::EndsWith("core=Haswell"));
}

TEST_CASE("broken checkpoint files are DataErrors", "[checkpoint]") {
  TempDir dir;
  Matrix a = {{1, 2}, {3, 4}};
  save_checkpoint(dir / "c.bin", Json{{"x", 1}}, {&a});
  const Checkpoint c = load_checkpoint(dir / "c.bin");
  CHECK(c.meta["x"] == 1);
  REQUIRE(c.tensors.size() == 1);
  CHECK((c.tensors[0] == a));
  std::string bytes = fflab::test::read_text(dir / "c.bin");
  fflab::test::write_text(dir / "short.bin", bytes.substr(0, bytes.size() - 3));
  CHECK_THROWS_WITH(load_checkpoint(dir / "short.bin"), Catch::Contains("truncated"));
  fflab::test::write_text(dir / "magic.bin", "NOTFFLAB" + bytes.substr(8));
  CHECK_THROWS_WITH(load_checkpoint(dir / "magic.bin"), Catch::Contains("bad magic"));
  CHECK_THROWS_AS(load_checkpoint(dir / "absent.bin"), DataError);
}

TEST_CASE("a checkpoint whose tensor claims more bytes than the file holds is refused before allocating", "[checkpoint]") {
  // Header "{}", one tensor said to be 2^36 x 8 floats (2 TiB), 16 bytes of data.
  std::string bytes = "FFLABCK1";
  const auto u64 = [&bytes](std::uint64_t v) { bytes.append(reinterpret_cast<const char*>(&v), sizeof v); };
  u64(2);
  bytes += "{}";
  u64(1);
  u64(std::uint64_t{1} << 36);
  u64(8);
  bytes += std::string(16, '\0');
  TempDir dir;
  std::filesystem::create_directories(dir / "s/run");
  const auto file = dir / "s/run/checkpoint.bin";
  fflab::test::write_text(file, bytes);
  const std::string message = "tensor 0 claims 68719476736 x 8 floats but only 16 bytes remain: truncated or corrupt; "
                              "delete it or run with --restart to start the run afresh";
  CHECK_THROWS_AS(load_checkpoint(file), DataError);
  CHECK_THROWS_WITH(load_checkpoint(file), file.string() + " (byte 26): " + message);
  // fflab status reads the header alone, without the tensors; this one lacks what status needs.
  CHECK_THROWS_WITH(run_statuses(dir.path()), Catch::Contains(file.string()) && Catch::Contains("/manifest: missing"));
}

TEST_CASE("a checkpoint's header is read without its tensors, with the same errors for a broken file",
          "[checkpoint]") {
  TempDir dir;
  const Json meta = {{"epochs_done", 2}, {"note", "header"}};
  Matrix big({300, 400});
  big.fill(1.5f);
  const auto file = dir / "c.bin";
  Matrix empty({0, 0});  // state allocated on first use (SGD without momentum): no buffer at all
  save_checkpoint(file, meta, {&big, &empty});
  CHECK(load_checkpoint_header(file) == meta);
  const Checkpoint whole = load_checkpoint(file);
  CHECK(whole.meta == load_checkpoint_header(file));
  REQUIRE(whole.tensors.size() == 2);
  CHECK(whole.tensors[0] == big);
  CHECK(whole.tensors[1].size() == 0);

  const std::string bytes = fflab::test::read_text(file);
  fflab::test::write_text(dir / "cut.bin", bytes.substr(0, 20));  // the header's text cut short
  CHECK_THROWS_WITH(load_checkpoint_header(dir / "cut.bin"),
                    (dir / "cut.bin").string() + " (byte 16): checkpoint is truncated; delete it or run with --restart to start the run afresh");
  // A remedy of the caller's own (a model file's).
  CHECK_THROWS_WITH(load_checkpoint_header(dir / "cut.bin", "name another"), Catch::EndsWith("truncated; name another"));
  CHECK_THROWS_WITH(load_checkpoint(dir / "cut.bin", "name another"), Catch::EndsWith("; name another"));
  fflab::test::write_text(dir / "short.bin", bytes.substr(0, 10));
  CHECK_THROWS_WITH(load_checkpoint_header(dir / "short.bin"), Catch::Contains("(byte 8): checkpoint is truncated"));
  fflab::test::write_text(dir / "tiny.bin", "FOREIGN!xy");  // a short file of another kind: named as such
  CHECK_THROWS_WITH(load_checkpoint_header(dir / "tiny.bin"), Catch::Contains("bad magic"));
  CHECK_THROWS_WITH(load_checkpoint(dir / "tiny.bin"), Catch::Contains("bad magic"));
  fflab::test::write_text(dir / "magic.bin", "NOTFFLAB" + bytes.substr(8));
  CHECK_THROWS_WITH(load_checkpoint_header(dir / "magic.bin"), Catch::Contains("bad magic"));
  std::string garbled = bytes;
  garbled[16] = '#';
  fflab::test::write_text(dir / "garbled.bin", garbled);
  CHECK_THROWS_WITH(load_checkpoint_header(dir / "garbled.bin"), Catch::Contains("(byte 16): corrupt checkpoint header"));
  CHECK_THROWS_AS(load_checkpoint_header(dir / "absent.bin"), DataError);
  CHECK_THROWS_WITH(load_checkpoint_header(dir.path()), Catch::Contains("is a directory"));
}

TEST_CASE("resuming names the key a manifest changed and checks the header it reads", "[checkpoint]") {
  TempDir dir;
  Json m = fflab::test::tiny_manifest();
  m["trainer"]["epochs"] = 2;
  RunOptions options;
  options.results_dir = dir.path();
  fflab::test::StopAfter stop(1);
  options.observer = &stop;
  CHECK_THROWS_WITH(run_experiment(m, options), "interrupted");
  options.observer = nullptr;
  const auto file = dir / "tests/tiny/checkpoint.bin";
  REQUIRE(std::filesystem::exists(file));
  const Checkpoint good = load_checkpoint(file);

  Json changed = m;
  changed["trainer"]["optimizer"]["lr"] = 0.5;
  CHECK_THROWS_WITH(run_experiment(changed, options),
                    Catch::Contains("different manifest (/trainer/optimizer/lr: ") &&
                        Catch::Contains(" in the checkpoint's, 0.5 in this one); run with --restart"));

  auto with_header = [&](const std::function<void(Json&)>& damage) {
    Json meta = good.meta;
    damage(meta);
    std::vector<const Matrix*> tensors;
    for (const Matrix& t : good.tensors) tensors.push_back(&t);
    save_checkpoint(file, meta, tensors);
  };
  auto refused_with = [&](const std::string& part) {
    try {
      run_experiment(m, options);
      FAIL("a damaged checkpoint header was read");
    } catch (const DataError& e) {
      CHECK_THAT(e.what(), Catch::StartsWith(file.string()) && Catch::Contains(part) &&
                               Catch::Contains("--restart"));
    }
  };
  with_header([](Json& h) { h.erase("rng"); });
  refused_with("corrupt checkpoint header: /rng is not a generator state of 4 words");
  with_header([](Json& h) { h["rng"] = Json::array({1, 2, -3, 4}); });
  refused_with("/rng is not a generator state");
  with_header([](Json& h) { h["optimizer_steps"] = Json::array(); });
  refused_with("corrupt checkpoint header: /optimizer_steps is not a list of");
  with_header([](Json& h) { h["optimizer_steps"][0] = -1; });
  refused_with("/optimizer_steps is not a list of");
  with_header([](Json& h) { h["resumes"] = "twice"; });
  refused_with("corrupt checkpoint header: /resumes is not a list");
  with_header([](Json& h) { h.erase("epochs_done"); });
  refused_with("epochs_done");
  with_header([](Json& h) { h.erase("manifest"); });  // damaged, not "a different manifest"
  refused_with("manifest");
  with_header([](Json&) {});  // the header as written: the run resumes and completes,
  Json reordered = Json::object();  // also from the same manifest with its keys in another order
  for (auto it = m.items().begin(); it != m.items().end(); ++it) reordered[it.key()] = it.value();
  reordered.erase("study");
  reordered["study"] = m["study"];
  const Json record = run_experiment(reordered, options);
  CHECK(record["status"] == "completed");
  CHECK(record["epochs"].size() == 2);
}

TEST_CASE("a run resumed by other code keeps the code that started it as its source and lists the resume's",
          "[checkpoint]") {
  TempDir dir;
  const Json m = fflab::test::tiny_manifest();  // 3 epochs
  fflab::test::StopAfter stop(1);
  RunOptions first;
  first.results_dir = dir.path();
  first.observer = &stop;
  CHECK_THROWS(run_experiment(m, first));
  // The checkpoint names the code that trained its epoch; make it another commit's.
  const auto file = checkpoint_path(m, dir.path());
  Checkpoint c = load_checkpoint(file);
  REQUIRE(c.meta.contains("started_source"));
  CHECK(c.meta["started_source"] == c.meta["source"]);
  const Json other = {{"commit", "0123456789abcdef0123456789abcdef01234567"}, {"dirty", false}};
  c.meta["started_source"] = other;
  std::vector<const Matrix*> tensors;
  for (const Matrix& t : c.tensors) tensors.push_back(&t);
  save_checkpoint(file, c.meta, tensors);

  RunOptions again;
  again.results_dir = dir.path();
  const Json record = run_experiment(m, again);
  CHECK(record["status"] == "completed");
  CHECK(record["source"] == other);
  REQUIRE(record["resumes"].size() == 1);
  CHECK(record["resumes"][0]["after_epoch"] == 1);
  CHECK(record["resumes"][0]["source"] != other);  // the code of this test's build

  // A checkpoint from before "started_source", never resumed: its "source" trained every epoch.
  TempDir old_dir;
  RunOptions old_first;
  old_first.results_dir = old_dir.path();
  fflab::test::StopAfter stop_old(1);
  old_first.observer = &stop_old;
  CHECK_THROWS(run_experiment(m, old_first));
  const auto old_file = checkpoint_path(m, old_dir.path());
  Checkpoint o = load_checkpoint(old_file);
  o.meta.erase("started_source");
  o.meta["source"] = other;
  std::vector<const Matrix*> old_tensors;
  for (const Matrix& t : o.tensors) old_tensors.push_back(&t);
  save_checkpoint(old_file, o.meta, old_tensors);
  RunOptions old_again;
  old_again.results_dir = old_dir.path();
  CHECK(run_experiment(m, old_again)["source"] == other);
}
