#pragma once
// parallel_for: element-wise work on the run's threads. OpenBLAS's threads
// do the products; the same number of threads (threads(), the caller one of
// them) do the passes between products, one pool for the whole process, and
// never at the same time as a product, so the two never oversubscribe the
// cores. A pool worker spins for about a millisecond after a task (parked
// at once by a product: park_workers), yielding its core every few
// microseconds to any other thread that waits for it, then sleeps; it runs
// each task in the caller's float mode (float_environment).
#include <cstddef>
#include <memory>
#include <type_traits>

namespace fflab {

namespace detail {
using RangeBody = void (*)(void* body, std::size_t begin, std::size_t end);
void run_in_parallel(std::size_t count, std::size_t min_per_thread, RangeBody call, void* body);
void run_products_in_parallel(std::size_t count, RangeBody call, void* body);
}  // namespace detail

/// Before a BLAS product: the pool's workers, spinning between passes, go to
/// sleep, so that BLAS's own threads have the cores (no oversubscription).
/// core/gemm calls it; call it before any other multi-threaded BLAS call.
void park_workers();

/// Calls body(begin, end) on disjoint ranges that cover [0, count) exactly,
/// on up to threads() threads; with fewer than 2 * min_per_thread items, or
/// one thread, or when called from inside a parallel_for, body(0, count) runs
/// on the caller alone. The split depends on the thread count: use it for
/// work in which each item's result does not depend on the split (every
/// output written by one range, no sums across ranges), so results are
/// bit-identical for any thread count. body must not throw.
template <class Body>
void parallel_for(std::size_t count, std::size_t min_per_thread, Body&& body) {
  using Plain = std::remove_reference_t<Body>;
  void* erased = const_cast<void*>(static_cast<const void*>(std::addressof(body)));
  detail::run_in_parallel(count, min_per_thread,
                          [](void* b, std::size_t begin, std::size_t end) { (*static_cast<Plain*>(b))(begin, end); },
                          erased);
}

/// Like parallel_for with one item as the least per thread, for work whose
/// items each call BLAS (independent products, e.g. one per group of a
/// grouped convolution): for the call's duration BLAS runs every product on
/// its calling thread alone, so the run's threads() threads each compute
/// their own products and the cores are never oversubscribed; BLAS's thread
/// count is restored after. Nested in a parallel_for, or with one thread or
/// one item, body(0, count) runs on the caller with BLAS as it is.
template <class Body>
void parallel_products(std::size_t count, Body&& body) {
  using Plain = std::remove_reference_t<Body>;
  void* erased = const_cast<void*>(static_cast<const void*>(std::addressof(body)));
  detail::run_products_in_parallel(
      count, [](void* b, std::size_t begin, std::size_t end) { (*static_cast<Plain*>(b))(begin, end); }, erased);
}

/// Items per thread below which element-wise passes over floats stay on one
/// thread: waking a worker costs a few microseconds, about 16k floats of work.
inline constexpr std::size_t kElementsPerThread = std::size_t{1} << 14;

/// Rows (or channels) of `items_each` floats per thread worth waking a worker for.
inline std::size_t rows_per_thread(std::size_t items_each) {
  return items_each >= kElementsPerThread ? 1 : kElementsPerThread / (items_each > 0 ? items_each : 1);
}

}  // namespace fflab
