#include "fflab/core/float_environment.hpp"

#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#define FFLAB_HAS_MXCSR 1
#endif

namespace fflab {

namespace {
#ifdef FFLAB_HAS_MXCSR
constexpr unsigned kFlushToZero = 0x8000;      // FTZ: subnormal results become 0
constexpr unsigned kDenormalsAreZero = 0x0040;  // DAZ: subnormal operands read as 0
#endif
}  // namespace

void flush_subnormals() {
#ifdef FFLAB_HAS_MXCSR
  _mm_setcsr(_mm_getcsr() | kFlushToZero | kDenormalsAreZero);
#endif
}

bool flushes_subnormals() {
#ifdef FFLAB_HAS_MXCSR
  const unsigned both = kFlushToZero | kDenormalsAreZero;
  return (_mm_getcsr() & both) == both;
#else
  return false;
#endif
}

unsigned float_mode() {
#ifdef FFLAB_HAS_MXCSR
  return _mm_getcsr();
#else
  return 0;
#endif
}

void set_float_mode(unsigned mode) {
#ifdef FFLAB_HAS_MXCSR
  if (_mm_getcsr() != mode) _mm_setcsr(mode);
#else
  (void)mode;
#endif
}

}  // namespace fflab
