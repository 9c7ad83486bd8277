#pragma once
// Test helpers: scratch directories, small files written byte by byte, a
// scoped thread count.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/threads.hpp"

namespace fflab::test {

/// Sets the run's thread count for a scope and restores the previous one.
class ThreadCount {
 public:
  explicit ThreadCount(int n) : previous_(threads()) { set_threads(n); }
  ~ThreadCount() { set_threads(previous_); }
  ThreadCount(const ThreadCount&) = delete;
  ThreadCount& operator=(const ThreadCount&) = delete;

 private:
  int previous_;
};

/// A fresh empty directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// Makes `dir` the working folder for its lifetime, then restores the one
/// before, also when a check throws.
class WorkingFolder {
 public:
  explicit WorkingFolder(const std::filesystem::path& dir) : before_(std::filesystem::current_path()) {
    std::filesystem::current_path(dir);
  }
  ~WorkingFolder() {
    std::error_code ignored;
    std::filesystem::current_path(before_, ignored);
  }
  WorkingFolder(const WorkingFolder&) = delete;
  WorkingFolder& operator=(const WorkingFolder&) = delete;

 private:
  std::filesystem::path before_;
};

void write_bytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes);
void write_text(const std::filesystem::path& file, const std::string& text);
std::string read_text(const std::filesystem::path& file);

}  // namespace fflab::test
