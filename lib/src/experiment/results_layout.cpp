#include "fflab/experiment/results_layout.hpp"

#include <string>
#include <system_error>

namespace fflab {

namespace {

constexpr const char* kSeedPrefix = "seed-";

bool holds_own_record(const std::filesystem::path& dir) { return RunFolder::holds_result(dir); }

/// True if some sub-folder of `dir` satisfies `pred`; unreadable folders have none.
template <class Pred>
bool any_subfolder(const std::filesystem::path& dir, Pred pred) {
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code kind;
    if (it->is_directory(kind) && pred(it->path())) return true;
  }
  return false;
}

}  // namespace

std::string seed_folder_name(const std::string& seed) { return kSeedPrefix + seed; }

bool is_seed_folder(const std::filesystem::path& dir) {
  const std::filesystem::path named = dir.has_filename() ? dir : dir.parent_path();  // "a/b/" is "a/b"
  return named.filename().string().rfind(kSeedPrefix, 0) == 0 && holds_own_record(named);
}

bool is_run_folder(const std::filesystem::path& dir) {
  return holds_own_record(dir) || any_subfolder(dir, [](const std::filesystem::path& sub) { return is_seed_folder(sub); });
}

bool is_study_folder(const std::filesystem::path& dir) {
  return any_subfolder(dir, [](const std::filesystem::path& sub) { return is_run_folder(sub); });
}

std::filesystem::path results_folder_above(const std::filesystem::path& dir) {
  // Walked up as written, symlinks unresolved, so the answer reads like the
  // path the user typed.
  std::error_code ec;
  const std::filesystem::path here = std::filesystem::current_path(ec);
  if (ec) return dir;
  std::filesystem::path p = (dir.is_absolute() ? dir : here / dir).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();  // "a/b/" is "a/b"
  while (p.has_parent_path() && p.parent_path() != p && (is_run_folder(p) || is_study_folder(p))) p = p.parent_path();
  if (dir.is_absolute()) return p;
  const std::filesystem::path relative = p.lexically_relative(here);
  return relative.empty() ? p : relative;
}

}  // namespace fflab
