// keep_freed_memory: a large buffer freed and allocated again comes back
// without fresh pages (page faults counted by getrusage).
#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <cstdlib>
#include <cstring>

#include "fflab/core/memory_reuse.hpp"

#if !defined(__SANITIZE_ADDRESS__)  // AddressSanitizer replaces malloc: mallopt has no effect
namespace {

long minor_faults() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

/// Page faults taken while allocating, writing and freeing `bytes`.
long faults_of_a_buffer(std::size_t bytes) {
  const long before = minor_faults();
  void* p = std::malloc(bytes);
  REQUIRE(p != nullptr);
  std::memset(p, 1, bytes);
  asm volatile("" : : "r"(p) : "memory");  // the compiler may not drop the buffer
  std::free(p);
  return minor_faults() - before;
}

}  // namespace
#endif

TEST_CASE("keep_freed_memory: a freed 64 MiB buffer is reused without page faults", "[memory]") {
#if defined(__SANITIZE_ADDRESS__)
  WARN("AddressSanitizer replaces malloc: mallopt has no effect, nothing to check");
#else
  const std::size_t bytes = std::size_t{64} << 20;  // 16,384 pages of 4 KiB
  fflab::keep_freed_memory();
  faults_of_a_buffer(bytes);  // the heap grows once
  CHECK(faults_of_a_buffer(bytes) < 1000);
#endif
}
