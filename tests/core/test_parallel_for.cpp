// parallel_for: every index exactly once, on more than one thread when the
// work is large enough, on the caller alone when it is small or nested.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "fflab/core/gemm.hpp"
#include "fflab/core/parallel_for.hpp"
#include "fflab/core/threads.hpp"
#include "support/fixtures.hpp"

using namespace fflab;
using fflab::test::ThreadCount;

TEST_CASE("parallel_for covers every index exactly once", "[parallel_for]") {
  for (int n : {1, 2, 3}) {
    ThreadCount t(n);
    for (std::size_t count : {0u, 1u, 2u, 7u, 100u, 100003u})
      for (std::size_t grain : {1u, 3u, 1000u}) {
        INFO(n << " threads, " << count << " items, grain " << grain);
        std::vector<std::atomic<int>> hits(count);
        parallel_for(count, grain, [&](std::size_t begin, std::size_t end) {
          CHECK(begin < end);
          for (std::size_t i = begin; i < end; ++i) hits[i].fetch_add(1);
        });
        std::size_t wrong = 0;
        for (auto& h : hits) wrong += h.load() != 1;
        CHECK(wrong == 0);
      }
  }
}

TEST_CASE("parallel_for runs large work on the run's threads and small or nested work on the caller", "[parallel_for]") {
  ThreadCount t(2);
  if (threads() != 2) FAIL("BLAS refused 2 threads; parallel_for cannot be checked");
  auto ids_of = [](std::size_t count, std::size_t grain, bool nested) {
    std::mutex m;
    std::set<std::thread::id> ids;
    parallel_for(count, grain, [&](std::size_t begin, std::size_t end) {
      auto note = [&](std::size_t, std::size_t) {
        std::lock_guard<std::mutex> lock(m);
        ids.insert(std::this_thread::get_id());
      };
      if (nested) parallel_for(end - begin, 1, note);  // inline: the range's own thread
      else note(begin, end);
    });
    return ids;
  };
  for (int repeat = 0; repeat < 200; ++repeat) {  // many calls: no lost wake-up, no deadlock
    const auto large = ids_of(1000, 10, false);
    REQUIRE(large.size() == 2);
    CHECK(large.count(std::this_thread::get_id()) == 1);
  }
  CHECK(ids_of(15, 10, false) == std::set<std::thread::id>{std::this_thread::get_id()});  // under 2 x grain
  CHECK(ids_of(1000, 10, true).size() == 2);  // nested calls stay on their range's thread
  ThreadCount one(1);
  CHECK(ids_of(1000, 10, false) == std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST_CASE("a product parks the spinning workers, and the next pass still runs on every thread", "[parallel_for]") {
  ThreadCount t(2);
  if (threads() != 2) FAIL("BLAS refused 2 threads; parallel_for cannot be checked");
  Matrix a = Matrix::from_shape({64, 64}), c = Matrix::from_shape({64, 64});
  a.fill(1.0f);
  for (int repeat = 0; repeat < 300; ++repeat) {  // parked mid-spin, asleep, or awake: never lost
    std::mutex m;
    std::set<std::thread::id> ids;
    std::vector<int> hits(1000, 0);
    parallel_for(1000, 10, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i) ++hits[i];
      std::lock_guard<std::mutex> lock(m);
      ids.insert(std::this_thread::get_id());
    });
    REQUIRE(ids.size() == 2);
    REQUIRE(std::count(hits.begin(), hits.end(), 1) == 1000);
    if (repeat % 3 == 0) park_workers();
    if (repeat % 3 == 1) gemm(a, a, c, false, false);  // parks them too
    if (repeat % 3 == 2) std::this_thread::sleep_for(std::chrono::microseconds(repeat % 2 ? 2000 : 1));
    if (repeat % 3 == 1) REQUIRE(c(5, 7) == 64.0f);
  }
}

TEST_CASE("parallel_products runs its items on the run's threads with BLAS on one thread each, then restores BLAS",
          "[parallel_for]") {
  ThreadCount t(2);
  if (threads() != 2) FAIL("BLAS refused 2 threads; parallel_products cannot be checked");
  // Two independent products, one per item, each into its own output; the
  // same products computed beforehand by a plain (threaded) call.
  const std::size_t n = 96;
  std::vector<float> a(2 * n * n), b(2 * n * n), want(2 * n * n), got(2 * n * n, -1.0f);
  for (std::size_t i = 0; i < a.size(); ++i) {
    a[i] = static_cast<float>(i % 13) - 6.0f;
    b[i] = static_cast<float>(i % 7) * 0.5f;
  }
  for (std::size_t item = 0; item < 2; ++item)
    gemm(a.data() + item * n * n, b.data() + item * n * n, want.data() + item * n * n, n, n, n);
  std::mutex m;
  std::set<std::thread::id> ids;
  std::vector<int> blas_threads;
  parallel_products(2, [&](std::size_t begin, std::size_t end) {
    for (std::size_t item = begin; item < end; ++item) {
      gemm(a.data() + item * n * n, b.data() + item * n * n, got.data() + item * n * n, n, n, n);
      std::lock_guard<std::mutex> lock(m);
      ids.insert(std::this_thread::get_id());
      blas_threads.push_back(threads());
    }
  });
  CHECK(ids.size() == 2);
  CHECK(blas_threads == std::vector<int>{1, 1});
  CHECK(threads() == 2);
  CHECK(got == want);  // bit for bit: a product's sums do not depend on BLAS's threads
  // One item, or nested in a parallel_for: on the caller, BLAS as it is.
  blas_threads.clear();
  parallel_products(1, [&](std::size_t, std::size_t) { blas_threads.push_back(threads()); });
  CHECK(blas_threads == std::vector<int>{2});
}

TEST_CASE("rows_per_thread asks for about kElementsPerThread floats per thread", "[parallel_for]") {
  CHECK(rows_per_thread(0) == kElementsPerThread);
  CHECK(rows_per_thread(1) == kElementsPerThread);
  CHECK(rows_per_thread(kElementsPerThread / 4) == 4);
  CHECK(rows_per_thread(kElementsPerThread) == 1);
  CHECK(rows_per_thread(10 * kElementsPerThread) == 1);
}
