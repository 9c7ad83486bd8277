// One process at a time in a run's folder: a second run of the same manifest
// is refused with one line naming the holder; the lock goes with its holder.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_folder_lock.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"

using namespace fflab;

TEST_CASE("a run folder in use by another run is refused, naming the holder", "[checkpoint]") {
  fflab::test::TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  const RunFolder folder(dir / "tests/tiny");
  {
    const RunFolderLock held(folder);
    const std::string holder = "(pid " + std::to_string(::getpid()) + " on ";
    for (auto run : {run_experiment, run_study}) {
      try {
        run(fflab::test::tiny_manifest(), options);
        FAIL("no Error");
      } catch (const Error& e) {
        CHECK_THAT(e.what(), Catch::StartsWith((dir / "tests/tiny").string() + " is in use by another fflab run " +
                                               holder) &&
                                 Catch::EndsWith("): wait for it to finish or stop it, then run again"));
      }
    }
    CHECK(!std::filesystem::exists(folder.checkpoint_file()));
  }
  CHECK(!std::filesystem::exists(folder.lock_file()));  // released and removed
  CHECK(run_study(fflab::test::tiny_manifest(), options)["status"] == "completed");
  CHECK(!std::filesystem::exists(folder.lock_file()));

  // Each seed's folder is held on its own.
  Json study = fflab::test::tiny_two_seed_manifest();
  const RunFolder seed2(dir / "tests/tiny/seed-2");
  const RunFolderLock held(seed2);
  CHECK_THROWS_WITH(run_study(study, options), Catch::Contains("seed-2 is in use by another fflab run"));
}

TEST_CASE("writers of one file each use a temporary of their own", "[checkpoint]") {
  // Before, both wrote <file>.tmp: one renamed the other's half-written
  // temporary away, and the loser died with a raw 'cannot rename'.
  fflab::test::TempDir dir;
  const auto file = dir / "record.json";
  const std::string a(200000, 'a'), b(200000, 'b');
  std::vector<std::thread> writers;
  std::atomic<int> failures{0};
  for (const std::string* text : {&a, &b})
    writers.emplace_back([&, text] {
      for (int i = 0; i < 50; ++i) {
        try {
          write_file_atomically(file, *text);
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  for (auto& w : writers) w.join();
  CHECK(failures == 0);
  const std::string last = fflab::test::read_text(file);
  CHECK((last == a || last == b));
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    CHECK(e.path().filename() == "record.json");  // no temporary left behind
}
