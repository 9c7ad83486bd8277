#include "fflab/experiment/record.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <thread>

#include "fflab/core/blas_environment.hpp"
#include "fflab/core/float_environment.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"
#include "fflab/core/subprocess.hpp"
#include "fflab/core/text_file.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/experiment/result_shape.hpp"

namespace fflab {

namespace {

/// What `git -C <source dir> args...` prints, without its line end; "" when it fails.
std::string git_output(std::vector<std::string> args) {
  args.insert(args.begin(), {"git", "-C", FFLAB_SOURCE_DIR});
  std::string out = program_output(args).value_or("");
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

std::string proc_field(const char* file, const std::string& key) {
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0) {
      auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      auto value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(" \t"));
      return value;
    }
  }
  return "";
}

}  // namespace

Json machine_description() {
  Json m;
  const std::string cpu = proc_field("/proc/cpuinfo", "model name");
  m["cpu"] = cpu.empty() ? "unknown" : cpu;
  m["logical_cores"] = std::thread::hardware_concurrency();
  const std::string mem = proc_field("/proc/meminfo", "MemTotal");  // "24576000 kB"
  m["memory_gib"] = mem.empty() ? 0.0 : std::round(std::stod(mem) / (1024.0 * 1024.0) * 10) / 10;
  utsname u{};
  if (uname(&u) == 0) m["os"] = std::string(u.sysname) + " " + u.release + " " + u.machine;
  m["compiler"] = std::string("g++ ") + __VERSION__;
  m["blas"] = blas_config();
  m["blas_thread_timeout"] = blas_idle_spin();
  m["blas_coretype_request"] = blas_core_request();
  m["subnormals"] = flushes_subnormals() ? "flushed to zero" : "kept";
  return m;
}

Json source_revision() {
  const std::string commit = git_output({"rev-parse", "HEAD"});
  Json r;
  r["commit"] = commit.empty() ? "unknown" : commit;
  if (!commit.empty()) {
    const std::string changes = git_output({"status", "--porcelain", "--untracked-files=no", "--", "lib",
                                            "experiments", "tests", "CMakeLists.txt", "CMakePresets.json"});
    r["dirty"] = !changes.empty();
  } else {
    r["dirty"] = nullptr;
  }
  return r;
}

const Json& checkout_revision() {
  static const Json here = source_revision();
  return here;
}

Json read_result_file(const std::filesystem::path& file) {
  // A folder opens as a stream on Linux, and fails only on the first read.
  if (std::filesystem::is_directory(file))
    throw DataError(file.string(), -1, "is a directory, expected a record file; rename or remove it");
  constexpr std::size_t max_result_bytes = std::size_t{256} << 20;
  std::string text;
  try {
    text = read_text_file(file, max_result_bytes);
  } catch (const UnreadableFile& e) {
    if (e.cause() == UnreadableFile::Cause::cannot_open) throw DataError(file.string(), -1, "cannot open result file");
    throw DataError(file.string(), -1, std::string(e.what()) + ", expected a record file; rename or remove it");
  }
  Json result;
  try {
    result = parse_json(text);
  } catch (const std::exception& e) {  // malformed JSON, or nested too deep
    throw DataError(file.string(), -1, std::string("not a valid result file (JSON): ") + e.what());
  }
  check_result_shape(result, file);
  return result;
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

void write_file_atomically(const std::filesystem::path& file, const std::string& text) {
  // A temporary name of this writer's own: two processes writing the same
  // file never share (or rename away) each other's temporary.
  static std::atomic<unsigned> count{0};
  const std::filesystem::path tmp =
      file.string() + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(count++);
  try {
    write_text_file(tmp, text);
    std::filesystem::rename(tmp, file);
  } catch (const std::filesystem::filesystem_error& e) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw Error("cannot write " + file.string() + ": " + e.code().message());
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw;
  }
}

bool is_timing_key(const std::string& key) {
  return key == "seconds" || key == "examples_per_second" || key == "wall_seconds" ||
         key == "peak_rss_mib" || key == "date" || key == "evaluation_seconds" || key == "resumes" ||
         key == "blas_thread_timeout";
}

Json without_timings(const Json& record) {
  if (record.is_object()) {
    Json out = Json::object();
    for (auto it = record.begin(); it != record.end(); ++it)
      if (!is_timing_key(it.key())) out[it.key()] = without_timings(it.value());
    return out;
  }
  if (record.is_array()) {
    Json out = Json::array();
    for (const auto& v : record) out.push_back(without_timings(v));
    return out;
  }
  return record;
}

double rounded(double x, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(x * scale) / scale;
}

}  // namespace fflab
