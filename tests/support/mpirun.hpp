#pragma once
// Running the fflab binary (or mpirun with it) from a test: a command line
// in a temporary folder, its status and its output (stdout and stderr).
#include <cstdlib>
#include <string>

#include "support/fixtures.hpp"

namespace fflab::test {

struct ShellResult {
  int status;
  std::string out;
};

/// Runs `command` through the shell in `dir`, its output into dir/out.txt.
inline ShellResult shell(const TempDir& dir, const std::string& command) {
  const std::string line = "cd '" + dir.path().string() + "' && " + command + " > out.txt 2>&1";
  ShellResult r{std::system(line.c_str()), {}};
  r.out = read_text(dir / "out.txt");
  return r;
}

/// mpirun for tests: as root too, more ranks than cores allowed, no
/// single-copy shared memory (containers forbid it), and no leak report
/// under AddressSanitizer (MPI_Init's own allocations live until exit).
inline constexpr const char* kMpirun =
    "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_btl_vader_single_copy_mechanism=none "
    "ASAN_OPTIONS=detect_leaks=0 mpirun --oversubscribe ";

}  // namespace fflab::test
