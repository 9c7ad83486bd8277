#include "fflab/core/threads.hpp"

#include <cstdlib>

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

std::string blas_idle_spin() {
  const char* value = std::getenv("OPENBLAS_THREAD_TIMEOUT");
  return value ? value : "unset";
}

}  // namespace fflab
