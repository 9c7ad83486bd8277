// The test programs start as fflab's own programs do: with the BLAS
// environment they set (blas_environment.hpp), so a run inside a test and a
// run of the fflab binary use the same kernels and round alike.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "fflab/core/blas_environment.hpp"

int main(int argc, char** argv) {
  fflab::restart_with_blas_environment(argv);
  return Catch::Session().run(argc, argv);
}
