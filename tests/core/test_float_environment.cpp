// Subnormal flushing: a thread that flushes reads subnormal operands as zero
// and writes zero for subnormal results; parallel_for's workers compute in
// the caller's mode, whichever it is.
#include <catch2/catch.hpp>

#include <atomic>
#include <limits>

#include "fflab/core/float_environment.hpp"
#include "fflab/core/parallel_for.hpp"
#include "fflab/core/threads.hpp"
#include "support/fixtures.hpp"

using namespace fflab;

namespace {

/// A subnormal computed at run time (volatile: no constant folding).
float subnormal_product() {
  volatile float tiny = std::numeric_limits<float>::min();  // 1.18e-38, the smallest normal
  volatile float half = 0.5f;
  return tiny * half;  // 5.9e-39: subnormal unless flushed
}

/// Restores the thread's float mode at the end of a scope.
class KeepFloatMode {
 public:
  KeepFloatMode() : mode_(float_mode()) {}
  ~KeepFloatMode() { set_float_mode(mode_); }

 private:
  unsigned mode_;
};

}  // namespace

TEST_CASE("flush_subnormals turns subnormal results and operands into zero", "[float_environment]") {
#if !(defined(__x86_64__) || defined(__i386__))
  SUCCEED("no SSE control register here: nothing is flushed");
  return;
#endif
  KeepFloatMode keep;
  set_float_mode(float_mode() & ~0x8040u);  // FTZ and DAZ off
  CHECK_FALSE(flushes_subnormals());
  CHECK(subnormal_product() > 0.0f);
  flush_subnormals();
  CHECK(flushes_subnormals());
  CHECK(subnormal_product() == 0.0f);
  volatile float stored = 5.9e-39f;  // a subnormal operand, read as zero
  CHECK(stored * 1.0f == 0.0f);
}

TEST_CASE("parallel_for's workers compute in the caller's float mode", "[float_environment][parallel_for]") {
#if !(defined(__x86_64__) || defined(__i386__))
  return;
#endif
  KeepFloatMode keep;
  fflab::test::ThreadCount two(2);
  for (bool flush : {true, false, true}) {
    if (flush) flush_subnormals();
    else set_float_mode(float_mode() & ~0x8040u);
    std::atomic<int> flushed{0}, ranges{0};
    parallel_for(4 * kElementsPerThread, kElementsPerThread, [&](std::size_t, std::size_t) {
      ranges += 1;
      flushed += subnormal_product() == 0.0f;
    });
    INFO("caller flushes: " << flush);
    CHECK(ranges.load() == threads());
    CHECK(flushed.load() == (flush ? ranges.load() : 0));
  }
}
