#pragma once
// keep_freed_memory(): the C allocator keeps the memory a process frees for
// its next allocations. glibc otherwise gives every block above its mmap
// threshold (128 KiB to 32 MiB) a mapping of its own and unmaps it on free,
// so a buffer freed and allocated again comes back as fresh pages: a page
// fault and a zeroed page per 4 KiB. Training does that every batch (one
// buffer resized to the outputs of blocks of different sizes; evaluation
// passes). After the call, large blocks come from the heap and
// freed memory is not returned to the system: the resident memory stays at
// its peak, the peak itself is that of the allocations alive together.
// Called once at the start of fflab and of the bench, before the first large
// allocation.

namespace fflab {

void keep_freed_memory();

}  // namespace fflab
