#include "console_observer.hpp"

#include <unistd.h>

#include <cstdio>
#include <utility>

namespace fflab::app {
namespace {

std::string format_seconds(double s) {
  char buffer[32];
  if (s >= 3600) std::snprintf(buffer, sizeof buffer, "%dh%02dm", static_cast<int>(s / 3600), static_cast<int>(s / 60) % 60);
  else if (s >= 60) std::snprintf(buffer, sizeof buffer, "%dm%02ds", static_cast<int>(s / 60), static_cast<int>(s) % 60);
  else std::snprintf(buffer, sizeof buffer, "%.0fs", s);
  return buffer;
}

}  // namespace

ConsoleObserver::ConsoleObserver(std::string prefix)
    : prefix_(std::move(prefix)), tty_(prefix_.empty() && isatty(STDOUT_FILENO) != 0) {}

void ConsoleObserver::on_start(const Json& r) {
  std::printf("%srun %s/%s: %s, %s train / %s validation / %s test, %s parameters, %d threads\n",
              prefix_.c_str(), r["study"].get<std::string>().c_str(), r["name"].get<std::string>().c_str(),
              r["dataset"]["source"].get<std::string>().c_str(),
              r["dataset"]["train"].dump().c_str(), r["dataset"]["validation"].dump().c_str(),
              r["dataset"]["test"].dump().c_str(), r["network"]["parameters"].dump().c_str(),
              r["threads"].get<int>());
  std::fflush(stdout);
  // A resumed run's earlier epochs time the ones to go from its first batch on.
  if (r.contains("epochs")) time_to_go_.epochs_recorded(r["epochs"]);
}

void ConsoleObserver::on_batch(const BatchProgress& p) {
  const auto now = std::chrono::steady_clock::now();
  const double since = std::chrono::duration<double>(now - last_).count();
  if (since < (tty_ ? 0.25 : 10.0) && p.batch != p.batches) return;
  last_ = now;
  const double rate = p.seconds > 0 ? static_cast<double>(p.examples) / p.seconds : 0.0;
  const double eta = time_to_go_.seconds_left(p);
  char line[200];
  std::snprintf(line, sizeof line, "epoch %zu/%zu  batch %zu/%zu  %.0f ex/s  loss %.4f  ETA %s",
                p.epoch + 1, p.epochs, p.batch, p.batches, rate, p.running_loss, format_seconds(eta).c_str());
  if (tty_) std::printf("\r%s%-90s", prefix_.c_str(), line);
  else std::printf("%s%s\n", prefix_.c_str(), line);
  std::fflush(stdout);
}

void ConsoleObserver::on_message(const std::string& message) {
  std::printf("%s%s\n", prefix_.c_str(), message.c_str());
  std::fflush(stdout);
}

void ConsoleObserver::on_epoch(const Json& e) {
  time_to_go_.epoch_done(e["seconds"].get<double>(), e.value("evaluation_seconds", 0.0));
  if (tty_) std::printf("\r%-90s\r", "");
  std::printf("%sepoch %3d  lr %.4g  loss %.4f  train %.2f%%", prefix_.c_str(), e["epoch"].get<int>(),
              e["learning_rate"].get<double>(), e["train_loss"].get<double>(), e["train_error"].get<double>());
  if (e.contains("validation_error") && e["validation_error"].is_number())
    std::printf("  validation %.2f%%", e["validation_error"].get<double>());
  if (e.contains("test_error")) std::printf("  test %.2f%%", e["test_error"].get<double>());
  std::printf("  %.1fs\n", e["seconds"].get<double>());
  std::fflush(stdout);
}

}  // namespace fflab::app
