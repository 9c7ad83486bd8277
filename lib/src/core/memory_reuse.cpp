#include "fflab/core/memory_reuse.hpp"

#include <malloc.h>

#include <climits>

namespace fflab {

void keep_freed_memory() {
  mallopt(M_MMAP_MAX, 0);                // no separate mapping per large block
  mallopt(M_TRIM_THRESHOLD, INT_MAX);    // never give the heap's top back
}

}  // namespace fflab
