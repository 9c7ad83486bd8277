// Sweeps: runs and seeds spread over ranks. The job list and its rank
// assignment, a rank running only its own jobs (a stand-in communicator),
// and, where Open MPI is installed, `mpirun -n 2 fflab run a.json b.json
// c.json` against the same manifests run in one process.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/sweep.hpp"
#include "support/fixtures.hpp"
#include "support/mpirun.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using namespace fflab;
using fflab::test::TempDir;
using fflab::test::kMpirun;
using fflab::test::shell;

namespace {

/// Rank `rank` of a job of `size`, alone: collectives do nothing.
class StandInRanks final : public Communicator {
 public:
  StandInRanks(int rank, int size) : rank_(rank), size_(size) {}
  int rank() const override { return rank_; }
  int size() const override { return size_; }
  void sum(float*, std::size_t) override {}
  void sum(double*, std::size_t) override {}
  void barrier() override { ++barriers; }
  std::string library() const override { return "stand-in"; }
  [[noreturn]] void abort(int) override { throw std::logic_error("abort"); }
  int barriers = 0;

 private:
  int rank_, size_;
};

Json named(Json m, const std::string& name) {
  m["name"] = name;
  return m;
}

/// Three manifests: a single run, a study of two seeds, another single run.
std::vector<Json> three_manifests() {
  return {named(fflab::test::tiny_manifest(), "a"), named(fflab::test::tiny_two_seed_manifest(), "b"),
          named(fflab::test::tiny_manifest(), "c")};
}

}  // namespace

TEST_CASE("a sweep's jobs are its single runs and each seed of its studies, in order, dealt round the ranks",
          "[sweep]") {
  const auto jobs = sweep_jobs(three_manifests());
  REQUIRE(jobs.size() == 4);
  CHECK((jobs[0].manifest == 0 && !jobs[0].seed));
  CHECK((jobs[1].manifest == 1 && jobs[1].seed == Json(1)));
  CHECK((jobs[2].manifest == 1 && jobs[2].seed == Json(2)));
  CHECK((jobs[3].manifest == 2 && !jobs[3].seed));
  CHECK(sweep_rank(0, 2) == 0);
  CHECK(sweep_rank(1, 2) == 1);
  CHECK(sweep_rank(2, 2) == 0);
  CHECK(sweep_rank(3, 3) == 0);
}

TEST_CASE("a rank runs only its own jobs, and only rank 0 writes the studies' summaries", "[sweep]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  StandInRanks rank1(1, 2);
  const auto results = run_sweep(three_manifests(), options, rank1);
  CHECK(rank1.barriers == 2);
  for (const auto& r : results) CHECK(r.is_null());
  // Rank 1 of 2 has jobs 1 and 3: seed 1 of b, and c.
  CHECK(std::filesystem::exists(dir / "tests/b/seed-1/record.json"));
  CHECK(std::filesystem::exists(dir / "tests/c/record.json"));
  CHECK_FALSE(std::filesystem::exists(dir / "tests/a"));
  CHECK_FALSE(std::filesystem::exists(dir / "tests/b/seed-2"));
  CHECK_FALSE(std::filesystem::exists(dir / "tests/b/summary.json"));
  // Rank 0 then runs the rest and summarises b from both seeds' records.
  StandInRanks rank0(0, 2);
  const auto summary = run_sweep(three_manifests(), options, rank0);
  REQUIRE(summary.size() == 3);
  CHECK(summary[0]["name"] == "a");
  CHECK(summary[1]["runs"].size() == 2);
  CHECK(summary[2]["status"] == "completed");
  CHECK(std::filesystem::exists(dir / "tests/b/summary.json"));
}

TEST_CASE("rank 0 refuses to summarise a study whose seed record is missing, naming it", "[sweep]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  StandInRanks rank0(0, 2);  // nobody ran rank 1's jobs
  CHECK_THROWS_WITH(run_sweep(three_manifests(), options, rank0), Catch::Contains("tests/b/seed-1/record.json"));
}

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

void write_manifests(const TempDir& dir) {
  const auto manifests = three_manifests();
  for (const auto& m : manifests) fflab::test::write_text(dir / (m["name"].get<std::string>() + ".json"), m.dump(2));
}

}  // namespace

TEST_CASE("mpirun -n 2 fflab run a b c: every run and seed trains once, on its rank, as in one process",
          "[sweep][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP("fflab was built without MPI (apt-get install libopenmpi-dev openmpi-bin)");
  TempDir dir;
  write_manifests(dir);
  const auto one = shell(dir, "'" FFLAB_CLI "' run a.json b.json c.json --results one");
  REQUIRE(one.status == 0);
  const auto two = shell(dir, std::string(kMpirun) + "-n 2 '" FFLAB_CLI "' run a.json b.json c.json --results two");
  INFO(two.out);
  REQUIRE(two.status == 0);
  // Jobs a, b/1, b/2, c go to ranks 0, 1, 0, 1; each starts once.
  CHECK(count_of(two.out, "[rank 0] run tests/a:") == 1);
  CHECK(count_of(two.out, "[rank 1] run tests/b:") == 1);
  CHECK(count_of(two.out, "[rank 0] run tests/b:") == 1);
  CHECK(count_of(two.out, "[rank 1] run tests/c:") == 1);
  CHECK(count_of(two.out, "] run tests/") == 4);
  CHECK(count_of(two.out, "test error ") == 3);  // rank 0 reports each manifest once
  for (const char* record : {"tests/a/record.json", "tests/b/seed-1/record.json", "tests/b/seed-2/record.json",
                             "tests/c/record.json", "tests/b/summary.json"}) {
    INFO(record);
    const Json a = read_result_file(dir / "one" / record), b = read_result_file(dir / "two" / record);
    CHECK(without_timings(a) == without_timings(b));
  }
  // Run again: every run is reused, none trains.
  const auto again = shell(dir, std::string(kMpirun) + "-n 2 '" FFLAB_CLI "' run a.json b.json c.json --results two");
  CHECK(again.status == 0);
  CHECK(count_of(again.out, "] run tests/") == 0);
  CHECK(count_of(again.out, "reusing the completed run") == 4);
}

TEST_CASE("a rank that fails stops the whole job with its one-line error", "[sweep][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP("fflab was built without MPI (apt-get install libopenmpi-dev openmpi-bin)");
  TempDir dir;
  write_manifests(dir);
  // c's results folder cannot be made on rank 1 (its job) once a is done: a
  // file stands where tests/c would go.
  std::filesystem::create_directories(dir / "two/tests");
  fflab::test::write_text(dir / "two/tests/c", "a file, not a folder");
  const auto two = shell(dir, std::string(kMpirun) + "-n 2 '" FFLAB_CLI "' run a.json c.json --results two");
  INFO(two.out);
  CHECK(two.status != 0);
  CHECK_THAT(two.out, Catch::Contains("two/tests/c"));
}
