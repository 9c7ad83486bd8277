#pragma once
// The bench's timing harness and report. Every section is one function
// `void section(const BenchOptions&, Report&)` that times its work with
// measure() and adds rows to the report; main.cpp lists the sections.
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab::bench {

/// Command-line settings shared by every section.
struct BenchOptions {
  int threads = 2;
  std::vector<std::size_t> batches = {100, 1000};
  int repeats = 5;         // at least this many timed runs per figure
  double seconds = 3.0;    // and at least this much timed work per figure
  int warmup = 2;          // untimed runs first
  float momentum = 0.9f;   // SGD momentum of the backprop step
  bool verbose = false;    // print the per-part breakdown
};

/// Wall-clock statistics of repeated runs of one piece of work.
struct Timing {
  double median = 0.0;  // seconds per run
  double min = 0.0;
  double max = 0.0;
  std::size_t runs = 0;
};

/// Runs `work` `options.warmup` times untimed, then times single runs until
/// both `options.repeats` runs and `options.seconds` of work are done.
Timing measure(const BenchOptions& options, const std::function<void()>& work);

/// The machine's memory floor for `bytes` of traffic (half read, half
/// written): the median time of a copy between two arrays of bytes / 2 each,
/// on the run's threads (parallel_for), as a Timing.
Timing time_copy(const BenchOptions& options, std::size_t bytes);

/// Median, min, max of `samples` (seconds per run).
Timing summarize(std::vector<double> samples);

/// Seconds since `start`.
inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// What the bench prints and writes: text lines for people, JSON for tools.
struct Report {
  std::vector<std::string> lines;
  Json json = Json::object();
  /// Appends a printf-formatted line (and prints it at once).
  void print(const char* format, ...) __attribute__((format(printf, 2, 3)));
};

/// Machine, build and BLAS description (also printed to the report).
Json describe_machine(const BenchOptions& options);

}  // namespace fflab::bench
