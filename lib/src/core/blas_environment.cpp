#include "fflab/core/blas_environment.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>

extern "C" char* openblas_get_corename(void);

namespace fflab {

namespace {

constexpr const char* kSpinVariable = "OPENBLAS_THREAD_TIMEOUT";
constexpr const char* kCoreVariable = "OPENBLAS_CORETYPE";

/// OpenBLAS's x86-64 families without AVX2 kernels: what its detection
/// falls back to on a CPU it does not know.
constexpr std::array<std::string_view, 16> kGenericCores = {
    "prescott", "core2",     "penryn",  "dunnington", "nehalem", "sandybridge", "atom",      "katmai",
    "coppermine", "northwood", "banias", "opteron",    "barcelona", "bobcat",    "bulldozer", "piledriver"};

std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

CpuFeatures this_cpu() {
  __builtin_cpu_init();
  CpuFeatures f;
  f.avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd") &&
             __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
             __builtin_cpu_supports("avx512vl");
  f.avx2_fma = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return f;
}

std::string better_blas_core(const std::string& detected, const CpuFeatures& cpu) {
  const std::string name = lowercase(detected);
  if (std::find(kGenericCores.begin(), kGenericCores.end(), name) == kGenericCores.end()) return "";
  if (cpu.avx512) return "SkylakeX";
  if (cpu.avx2_fma) return "Haswell";
  return "";
}

std::string blas_core() { return openblas_get_corename(); }

std::string blas_core_request() {
  const char* value = std::getenv(kCoreVariable);
  return value ? value : "unset";
}

void restart_with_blas_environment(char** argv) {
  const bool set_spin = std::getenv(kSpinVariable) == nullptr && setenv(kSpinVariable, "4", 1) == 0;
  bool set_core = false;
  if (std::getenv(kCoreVariable) == nullptr) {
    const std::string core = better_blas_core(blas_core(), this_cpu());
    set_core = !core.empty() && setenv(kCoreVariable, core.c_str(), 1) == 0;
  }
  if (!set_spin && !set_core) return;
  // The program's own path, not /proc/self/exe, so the process keeps its
  // name (ps, top, pgrep -x).
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) execv(self.c_str(), argv);
  // Still here: the restart failed; run on with OpenBLAS's own choices (the
  // variables are unset again so the record says so).
  if (set_spin) unsetenv(kSpinVariable);
  if (set_core) unsetenv(kCoreVariable);
}

}  // namespace fflab
