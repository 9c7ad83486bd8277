#include "fflab/core/threads.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "fflab/core/errors.hpp"

extern "C" {
void openblas_set_num_threads(int);
int openblas_get_num_threads(void);
char* openblas_get_config(void);
char* openblas_get_corename(void);
}

namespace fflab {

void set_threads(int threads) {
  if (threads < 1) throw Error("thread count must be at least 1, got " + std::to_string(threads));
  openblas_set_num_threads(threads);
}

int threads() { return openblas_get_num_threads(); }

std::string blas_config() {
  std::string out = openblas_get_config();
  out += " core=";
  out += openblas_get_corename();
  return out;
}

namespace {
constexpr const char* kSpinVariable = "OPENBLAS_THREAD_TIMEOUT";
}  // namespace

std::string blas_idle_spin() {
  const char* value = std::getenv(kSpinVariable);
  return value ? value : "unset";
}

void restart_with_short_blas_spin(char** argv) {
  if (std::getenv(kSpinVariable) != nullptr) return;
  // The program's own path, not /proc/self/exe, so the process keeps its
  // name (ps, top, pgrep -x).
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error || setenv(kSpinVariable, "4", 1) != 0) return;
  execv(self.c_str(), argv);
  // Still here: the restart failed; run on with OpenBLAS's default spin
  // (the variable is unset again so the record says so).
  unsetenv(kSpinVariable);
}

}  // namespace fflab
