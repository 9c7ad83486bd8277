#include "harness.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <thread>

#include "fflab/core/parallel_for.hpp"
#include "fflab/core/subprocess.hpp"
#include "fflab/core/threads.hpp"

namespace fflab::bench {

Timing summarize(std::vector<double> samples) {
  Timing t;
  t.runs = samples.size();
  if (samples.empty()) return t;
  std::sort(samples.begin(), samples.end());
  const std::size_t n = samples.size();
  t.median = n % 2 ? samples[n / 2] : 0.5 * (samples[n / 2 - 1] + samples[n / 2]);
  t.min = samples.front();
  t.max = samples.back();
  return t;
}

Timing measure(const BenchOptions& options, const std::function<void()>& work) {
  for (int i = 0; i < options.warmup; ++i) work();
  std::vector<double> samples;
  double total = 0.0;
  while (static_cast<int>(samples.size()) < options.repeats || total < options.seconds) {
    const auto start = std::chrono::steady_clock::now();
    work();
    samples.push_back(seconds_since(start));
    total += samples.back();
  }
  return summarize(std::move(samples));
}

Timing time_copy(const BenchOptions& options, std::size_t bytes) {
  const std::size_t floats = std::max<std::size_t>(bytes / 2 / sizeof(float), 1);
  std::vector<float> from(floats, 1.0f), to(floats, 0.0f);
  return measure(options, [&] {
    parallel_for(floats, kElementsPerThread, [&](std::size_t first, std::size_t last) {
      std::memcpy(to.data() + first, from.data() + first, (last - first) * sizeof(float));
    });
  });
}

void Report::print(const char* format, ...) {
  char buffer[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  lines.emplace_back(buffer);
  std::fputs(buffer, stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

namespace {

std::string first_line_with(const char* file, const std::string& key) {
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) {
      auto colon = line.find(':');
      if (colon == std::string::npos) return line;
      auto value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(" \t"));
      return value;
    }
  return "unknown";
}

std::string whole_file(const char* file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}


}  // namespace

Json describe_machine(const BenchOptions& options) {
  Json m;
  m["cpu"] = first_line_with("/proc/cpuinfo", "model name");
  // The model name of a virtual machine's CPU is often generic: family and
  // model tell apart the generations that share it.
  m["cpu_family_model"] = "family " + first_line_with("/proc/cpuinfo", "cpu family\t") + " model " +
                          first_line_with("/proc/cpuinfo", "model\t");
  m["cpu_avx512f"] = (" " + first_line_with("/proc/cpuinfo", "flags\t") + " ").find(" avx512f ") != std::string::npos;
  m["logical_cpus"] = std::thread::hardware_concurrency();
  m["memory"] = first_line_with("/proc/meminfo", "MemTotal");
  m["load_average_at_start"] = whole_file("/proc/loadavg");
  m["threads"] = options.threads;
  m["blas"] = blas_config();
  const char* coretype = std::getenv("OPENBLAS_CORETYPE");
  m["openblas_coretype_env"] = coretype ? coretype : "";
  m["blas_thread_timeout"] = blas_idle_spin();
  m["compiler"] = std::string("g++ ") + __VERSION__;
#ifdef NDEBUG
  m["build"] = "optimised (NDEBUG)";
#else
  m["build"] = "debug (assertions on)";
#endif
#ifdef __AVX2__
  m["simd"] = "AVX2";
#else
  m["simd"] = "below AVX2";
#endif
  const auto commit = program_output({"git", "-C", FFLAB_SOURCE_DIR, "rev-parse", "--short", "HEAD"});
  m["commit"] = commit && !commit->empty() ? commit->substr(0, commit->find('\n')) : "unknown";
  // Figures belong to the code that ran: say so when it differs from the commit.
  const auto changes = program_output({"git", "-C", FFLAB_SOURCE_DIR, "status", "--porcelain",
                                       "--untracked-files=no", "--", "lib", "CMakeLists.txt", "CMakePresets.json"});
  m["uncommitted_changes"] = changes && !changes->empty();
  std::time_t now = std::time(nullptr);
  char date[64];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S UTC", std::gmtime(&now));
  m["date"] = date;
  return m;
}

}  // namespace fflab::bench
