#pragma once
// The run's thread count: OpenBLAS's pool is the only pool of threads.
#include <string>

namespace fflab {

/// Sets the BLAS thread count (>= 1).
void set_threads(int threads);
int threads();
/// OpenBLAS's configuration string and core type ("OpenBLAS 0.3.21 ... Haswell").
std::string blas_config();

}  // namespace fflab
