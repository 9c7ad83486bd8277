#include "interrupt.hpp"

#include <unistd.h>

#include <cstring>

namespace fflab::app {
namespace {

volatile std::sig_atomic_t received = 0;

void on_signal(int signal) {
  if (received != 0) {  // the second: stop at once
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return;
  }
  received = signal;
  static const char note[] =
      "\nfflab: stopping at the end of this batch; finished epochs are kept (signal again to stop at once)\n";
  const ssize_t ignored = ::write(STDERR_FILENO, note, sizeof note - 1);
  (void)ignored;
}

}  // namespace

InterruptGuard::InterruptGuard() {
  received = 0;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &old_int_);
  sigaction(SIGTERM, &action, &old_term_);
}

InterruptGuard::~InterruptGuard() {
  sigaction(SIGINT, &old_int_, nullptr);
  sigaction(SIGTERM, &old_term_, nullptr);
}

int InterruptGuard::pending() { return received; }

Interrupted::Interrupted(int signal_number, std::size_t done, std::size_t epoch_count)
    : std::runtime_error("interrupted"), signal(signal_number), epochs_done(done), epochs(epoch_count) {}

void StopOnSignal::stop_if_asked() const {
  if (const int s = InterruptGuard::pending()) throw Interrupted(s, done_, epochs_);
}

void StopOnSignal::on_start(const Json& summary) {
  inner_.on_start(summary);
  // A resumed run's summary holds the epochs its checkpoint kept.
  done_ = summary.contains("epochs") && summary["epochs"].is_array() ? summary["epochs"].size() : 0;
  const Json* trainer = summary.contains("manifest") ? &summary["manifest"] : nullptr;
  if (trainer && trainer->contains("trainer") && (*trainer)["trainer"].contains("epochs"))
    epochs_ = (*trainer)["trainer"]["epochs"].get<std::size_t>();
  stop_if_asked();
}

void StopOnSignal::on_batch(const BatchProgress& progress) {
  inner_.on_batch(progress);
  epochs_ = progress.epochs;
  stop_if_asked();
}

void StopOnSignal::on_epoch(const Json& epoch_record) {
  inner_.on_epoch(epoch_record);
  done_ = epoch_record.at("epoch").get<std::size_t>();  // its checkpoint is written by now
  stop_if_asked();
}

void StopOnSignal::on_message(const std::string& message) {
  inner_.on_message(message);
  stop_if_asked();
}

std::string interrupted_message(const Interrupted& e, const std::string& manifest_file) {
  const std::string by = "fflab: " + manifest_file + ": stopped by " + (e.signal == SIGTERM ? "SIGTERM" : "SIGINT");
  if (e.epochs_done == 0) return by + " before its first epoch finished; run the same command again to start it";
  if (e.epochs > 0 && e.epochs_done >= e.epochs)
    return by + " after its last epoch; run the same command again to finish it from its checkpoint";
  const std::string kept = e.epochs_done == 1 ? "epoch 1" : "epochs 1-" + std::to_string(e.epochs_done);
  return by + " in epoch " + std::to_string(e.epochs_done + 1) + " of " + std::to_string(e.epochs) +
         "; its checkpoint keeps " + kept + "; run the same command again to resume from there";
}

}  // namespace fflab::app
