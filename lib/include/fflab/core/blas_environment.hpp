#pragma once
// The environment OpenBLAS reads when it loads, set by the programs' main()
// before anything runs:
//  - OPENBLAS_THREAD_TIMEOUT=4: idle BLAS workers sleep at once instead of
//    spinning about 0.1 s after every product (taking a core from the
//    element-wise work and LocallyConnected2D's own threads).
//  - OPENBLAS_CORETYPE: OpenBLAS's run-time kernel choice falls back to a
//    generic pre-AVX2 family ("Prescott") on CPU models newer than the
//    library (Debian 12's 0.3.21 on an Intel Xeon of family 6 model 207,
//    which has AVX-512), and its products then run several times slower
//    (results/bench/blas_kernels_*.txt). When
//    that happens on a CPU with AVX-512 (AVX2 and FMA), the programs ask for
//    the SkylakeX (Haswell) kernels instead.
// Both only when the caller has not set the variable; records and bench
// output name the values that ran.
#include <string>

namespace fflab {

/// What the CPU can run, as far as the BLAS kernel choice cares.
struct CpuFeatures {
  bool avx512 = false;   ///< AVX-512 F, CD, BW, DQ and VL (SkylakeX's kernels)
  bool avx2_fma = false; ///< AVX2 and FMA (Haswell's kernels)
};

/// This machine's CPU features (cpuid, as the compiler's runtime reads it).
CpuFeatures this_cpu();

/// The OPENBLAS_CORETYPE to ask for when OpenBLAS chose `detected` on a CPU
/// with `cpu`: "SkylakeX" or "Haswell" if `detected` is a generic family
/// without AVX2 (Prescott, Core2, Nehalem, Sandybridge, ...) and the CPU can
/// run better kernels; "" (keep OpenBLAS's choice) otherwise.
std::string better_blas_core(const std::string& detected, const CpuFeatures& cpu);

/// The core family OpenBLAS runs ("SkylakeX", "Prescott", ...).
std::string blas_core();

/// The value of OPENBLAS_CORETYPE this process started with ("unset" if none).
std::string blas_core_request();

/// For a program's main(): sets OPENBLAS_THREAD_TIMEOUT (4) and, when
/// better_blas_core() names one, OPENBLAS_CORETYPE, if the caller set
/// neither, and executes the program again with the same arguments
/// (OpenBLAS reads both only when it loads). Returns, changing nothing, when
/// there is nothing to set or the restart failed.
void restart_with_blas_environment(char** argv);

}  // namespace fflab
