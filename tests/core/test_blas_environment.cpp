#include <catch2/catch.hpp>

#include "fflab/core/blas_environment.hpp"
#include "fflab/core/threads.hpp"

using fflab::better_blas_core;
using fflab::CpuFeatures;

TEST_CASE("a generic BLAS kernel family on a CPU that can do better is replaced", "[core]") {
  const CpuFeatures avx512{true, true}, avx2{false, true}, old{false, false};
  CHECK(better_blas_core("Prescott", avx512) == "SkylakeX");
  CHECK(better_blas_core("PRESCOTT", avx512) == "SkylakeX");
  CHECK(better_blas_core("Nehalem", avx2) == "Haswell");
  CHECK(better_blas_core("Sandybridge", avx2) == "Haswell");
  CHECK(better_blas_core("Core2", old).empty());
}

TEST_CASE("a BLAS kernel family with AVX2 or better is kept as OpenBLAS chose it", "[core]") {
  const CpuFeatures avx512{true, true};
  for (const char* kept : {"Haswell", "SkylakeX", "Cooperlake", "SapphireRapids", "Zen", "Excavator", ""})
    CHECK(better_blas_core(kept, avx512).empty());
}

TEST_CASE("the test program runs the BLAS kernels fflab's programs would choose", "[core]") {
  // main() restarted this program with the environment: OpenBLAS's family is
  // no generic one where the CPU can do better (unless the caller asked for it).
  if (fflab::blas_core_request() == "unset") CHECK(better_blas_core(fflab::blas_core(), fflab::this_cpu()).empty());
  CHECK(fflab::blas_idle_spin() != "unset");
}
