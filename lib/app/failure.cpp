#include "failure.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

#include "exit_codes.hpp"
#include "fflab/core/errors.hpp"

namespace fflab::app {
namespace {

/// What a run or check that ran out of memory is told to change.
constexpr const char* kNotEnoughMemory =
    "not enough memory: use fewer or smaller layers, fewer rows or smaller batches";

}  // namespace

Failure current_failure() {
  try {
    throw;
  } catch (const ConfigError& e) {
    return {e.what(), exit_code::broken_manifest, true};
  } catch (const std::bad_alloc&) {
    // Every layer is within its budget when built (layers/weight_budget.hpp),
    // but the run as a whole may still need more than this machine has.
    return {kNotEnoughMemory, exit_code::failed, true};
  } catch (const std::exception& e) {
    return {e.what(), exit_code::failed, false};  // a DataError or Error names its own file
  } catch (...) {
    return {"unexpected failure (not a std::exception)", exit_code::failed, false};
  }
}

int check_standard_output() {
  if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return exit_code::ok;
  std::fprintf(stderr, "fflab: cannot write standard output: %s\n", std::strerror(errno));
  return exit_code::failed;
}

int report_failure(const std::string& manifest_file) {
  const Failure failure = current_failure();
  if (failure.about_manifest && !manifest_file.empty())
    std::fprintf(stderr, "fflab: %s: %s\n", manifest_file.c_str(), failure.message);
  else
    std::fprintf(stderr, "fflab: %s\n", failure.message);
  return failure.exit_code;
}

}  // namespace fflab::app
