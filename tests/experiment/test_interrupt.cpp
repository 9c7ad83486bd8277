// fflab run stopped by SIGINT or SIGTERM: it says where it stopped and what
// a re-run does, exits 128 + the signal, and the re-run resumes from the last
// finished epoch.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "fflab/core/schema.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"

using fflab::Json;
using fflab::test::TempDir;

namespace {

/// fflab::test::slow_manifest() in two shorter epochs.
Json two_epoch_manifest() {
  Json m = fflab::test::slow_manifest();
  m["name"] = "signals";
  m["dataset"]["train"] = 6000;
  m["trainer"]["epochs"] = 2;
  return m;
}

/// Starts `fflab run m.json --results results` in `dir`, output to out.txt and err.txt.
pid_t start_run(const TempDir& dir) {
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  REQUIRE(bin != nullptr);
  const std::string binary = std::string(bin) + "/lib/fflab";
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (chdir(dir.path().c_str()) != 0) _exit(126);
    if (!std::freopen("out.txt", "w", stdout) || !std::freopen("err.txt", "w", stderr)) _exit(126);
    execl(binary.c_str(), binary.c_str(), "run", "m.json", "--results", "results", static_cast<char*>(nullptr));
    _exit(127);
  }
  return child;
}

}  // namespace

TEST_CASE("SIGINT or SIGTERM stops a run at a batch's end with a message; a re-run resumes", "[cli][checkpoint]") {
  for (const int signal_number : {SIGINT, SIGTERM}) {
    TempDir dir;
    fflab::test::write_text(dir / "m.json", two_epoch_manifest().dump());
    const auto checkpoint = dir / "results/tests/signals/checkpoint.bin";
    const pid_t child = start_run(dir);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (!std::filesystem::exists(checkpoint) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(std::filesystem::exists(checkpoint));
    kill(child, signal_number);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 128 + signal_number);
    const std::string err = fflab::test::read_text(dir / "err.txt");
    const std::string name = signal_number == SIGINT ? "SIGINT" : "SIGTERM";
    CHECK_THAT(err, Catch::Contains("fflab: stopping at the end of this batch; finished epochs are kept"));
    CHECK_THAT(err, Catch::Contains("fflab: m.json: stopped by " + name + " in epoch 2 of 2; its checkpoint keeps "
                                    "epoch 1; run the same command again to resume from there"));
    CHECK(!std::filesystem::exists(dir / "results/tests/signals/record.json"));

    const pid_t again = start_run(dir);
    waitpid(again, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_THAT(fflab::test::read_text(dir / "out.txt"), Catch::Contains("resuming from"));
    const Json record = Json::parse(fflab::test::read_text(dir / "results/tests/signals/record.json"));
    CHECK(record["status"] == "completed");
    CHECK(record["epochs"].size() == 2);
  }
}
