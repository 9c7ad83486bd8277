// Stopping `fflab run` on SIGINT or SIGTERM without losing or hiding work.
#pragma once

#include <csignal>
#include <cstddef>
#include <stdexcept>
#include <string>

#include "fflab/experiment/runner.hpp"

namespace fflab::app {

/// While one is in scope, the first SIGINT or SIGTERM is noted (and said on
/// stderr at once) and the run stops at the end of its current batch; a
/// second one ends the process at once, as without the guard.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  /// The signal received (SIGINT or SIGTERM), or 0.
  static int pending();

 private:
  struct sigaction old_int_ {}, old_term_ {};
};

/// Thrown out of a run by StopOnSignal: the signal, the epochs finished
/// (and checkpointed) and the run's epoch count (0 if not known yet).
class Interrupted : public std::runtime_error {
 public:
  Interrupted(int signal, std::size_t epochs_done, std::size_t epochs);
  int signal;
  std::size_t epochs_done, epochs;
};

/// Forwards every event to `inner` and, once InterruptGuard::pending(),
/// throws Interrupted from the next event: a batch's end, an epoch's, a
/// message or a run's start. The checkpoint of every finished epoch is on
/// disk by then.
class StopOnSignal : public RunObserver {
 public:
  explicit StopOnSignal(RunObserver& inner) : inner_(inner) {}
  void on_start(const Json& summary) override;
  void on_batch(const BatchProgress& progress) override;
  void on_epoch(const Json& epoch_record) override;
  void on_finish(const Json& record) override { inner_.on_finish(record); }
  void on_message(const std::string& message) override;

 private:
  void stop_if_asked() const;
  RunObserver& inner_;
  std::size_t done_ = 0, epochs_ = 0;  // epochs finished and checkpointed, and the run's count
};

/// The line `fflab run` prints for an interrupted run: what stopped it,
/// where, and what a re-run does.
std::string interrupted_message(const Interrupted& e, const std::string& manifest_file);

}  // namespace fflab::app
