// ConsoleObserver: how `fflab run` shows a run's progress.
#pragma once

#include <chrono>
#include <string>

#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/time_to_go.hpp"

namespace fflab::app {

/// Prints progress to stdout: a live line on a terminal, plain lines at most
/// every 10 s otherwise; one line per epoch, and the runner's messages.
class ConsoleObserver : public RunObserver {
 public:
  /// `prefix` starts every line (a rank's "[rank 1] " in a job of several);
  /// with a prefix, lines are plain (ranks share one terminal).
  explicit ConsoleObserver(std::string prefix = {});

  void on_start(const Json& r) override;
  void on_batch(const BatchProgress& p) override;
  void on_message(const std::string& message) override;
  void on_epoch(const Json& e) override;

 private:
  std::string prefix_;
  bool tty_;
  TimeToGo time_to_go_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace fflab::app
