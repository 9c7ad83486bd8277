#pragma once
// The run's thread count: OpenBLAS's pool is the only pool of threads.
#include <string>

namespace fflab {

/// Sets the BLAS thread count (>= 1).
void set_threads(int threads);
int threads();
/// OpenBLAS's configuration string and core type ("OpenBLAS 0.3.21 ... Haswell").
std::string blas_config();

/// The value of OPENBLAS_THREAD_TIMEOUT this process started with ("unset"
/// if none): log2 of the cycles an idle OpenBLAS worker spins before it
/// sleeps (OpenBLAS's default, unset, is 2^28, about 0.1 s).
std::string blas_idle_spin();

}  // namespace fflab
