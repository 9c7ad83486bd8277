#include "fflab/core/parallel_for.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

#include "fflab/core/float_environment.hpp"
#include "fflab/core/threads.hpp"

namespace fflab::detail {

namespace {

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

/// How long a worker spins after a task before it sleeps: about a
/// millisecond covers the gaps between the passes of one step, in which a
/// sleeping worker would take tens to hundreds of microseconds to wake (a
/// BLAS product parks the spinning workers first: park_workers). Timed, as
/// a pause instruction takes 10 to 140 cycles depending on the CPU; once
/// every kSpinsPerCheck pauses the worker reads the clock and yields its
/// core, so that on a shared machine (another run beside this one) the
/// spin hands the core to whoever waits for it instead of holding it for
/// the scheduler's whole time slice; with nobody waiting the yield returns
/// at once.
constexpr auto kWorkerSpin = std::chrono::microseconds(1000);
constexpr int kSpinsPerCheck = 64;
/// Pause instructions the caller spins through while it waits for the
/// workers before it yields.
constexpr int kCallerSpins = 4000;

thread_local bool inside_task = false;

/// The process's workers: threads() - 1 of them, remade when threads() changes.
class WorkerPool {
 public:
  ~WorkerPool() { stop_workers(); }

  /// Spinning workers stop spinning and sleep until the next task.
  void park() { park_.store(true, std::memory_order_relaxed); }

  void run(std::size_t count, std::size_t parts, int workers, RangeBody call, void* body) {
    ensure_workers(workers);
    call_ = call;
    body_ = body;
    float_mode_ = float_mode();  // the workers compute as the caller would
    count_ = count;
    parts_ = parts;
    park_.store(false, std::memory_order_relaxed);
    pending_.store(static_cast<int>(workers_.size()), std::memory_order_relaxed);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      generation_.fetch_add(1, std::memory_order_release);
    }
    wake_.notify_all();
    run_part(0);
    for (int spin = 0; pending_.load(std::memory_order_acquire) != 0; ++spin) {
      if (spin < kCallerSpins) cpu_relax();
      else std::this_thread::yield();
    }
  }

 private:
  void run_part(std::size_t part) {
    if (part >= parts_) return;
    const std::size_t begin = count_ * part / parts_, end = count_ * (part + 1) / parts_;
    inside_task = true;
    if (end > begin) call_(body_, begin, end);
    inside_task = false;
  }

  void worker_loop(std::size_t index, std::uint64_t seen) {
    for (;;) {
      spin_while_idle(seen);
      if (generation_.load(std::memory_order_acquire) == seen) {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [&] { return stop_.load() || generation_.load(std::memory_order_acquire) != seen; });
      }
      if (stop_.load()) return;
      seen = generation_.load(std::memory_order_acquire);
      set_float_mode(float_mode_);
      run_part(index + 1);
      pending_.fetch_sub(1, std::memory_order_acq_rel);
    }
  }

  /// Spins until a task after `seen` arrives, a product parks the
  /// workers, or kWorkerSpin has passed.
  void spin_while_idle(std::uint64_t seen) const {
    const auto until = std::chrono::steady_clock::now() + kWorkerSpin;
    for (int spin = 1;; ++spin) {
      if (generation_.load(std::memory_order_acquire) != seen || park_.load(std::memory_order_relaxed)) return;
      if (spin % kSpinsPerCheck == 0) {
        if (std::chrono::steady_clock::now() >= until) return;
        std::this_thread::yield();
      }
      cpu_relax();
    }
  }

  void ensure_workers(int wanted) {
    if (wanted <= static_cast<int>(workers_.size())) return;
    stop_workers();
    stop_ = false;
    const std::uint64_t now = generation_.load();  // the next task is the first a new worker runs
    for (int i = 0; i < wanted; ++i)
      workers_.emplace_back([this, i, now] { worker_loop(static_cast<std::size_t>(i), now); });
  }

  void stop_workers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& w : workers_) w.join();
    workers_.clear();
  }

  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::atomic<std::uint64_t> generation_{0};
  std::atomic<int> pending_{0};
  std::atomic<bool> stop_{false};
  std::atomic<bool> park_{false};
  RangeBody call_ = nullptr;
  void* body_ = nullptr;
  std::size_t count_ = 0, parts_ = 0;
  unsigned float_mode_ = 0;
};

WorkerPool& pool() {
  static WorkerPool instance;
  return instance;
}

}  // namespace

void run_in_parallel(std::size_t count, std::size_t min_per_thread, RangeBody call, void* body) {
  if (count == 0) return;
  const std::size_t per = min_per_thread > 0 ? min_per_thread : 1;
  const std::size_t most = count / per;
  const int n = threads();
  if (inside_task || n < 2 || most < 2) {
    call(body, 0, count);
    return;
  }
  pool().run(count, std::min<std::size_t>(most, static_cast<std::size_t>(n)), n - 1, call, body);
}

void run_products_in_parallel(std::size_t count, RangeBody call, void* body) {
  if (count == 0) return;
  const int n = threads();
  if (inside_task || n < 2 || count < 2) {
    call(body, 0, count);
    return;
  }
  set_threads(1);  // each range's products run on its own thread
  pool().run(count, std::min<std::size_t>(count, static_cast<std::size_t>(n)), n - 1, call, body);
  set_threads(n);
}

}  // namespace fflab::detail

namespace fflab {

void park_workers() {
  if (!detail::inside_task) detail::pool().park();
}

}  // namespace fflab
