#pragma once
// RunFolderLock: one process at a time in a run's folder. Two `fflab run`s of
// one manifest at once would both train and overwrite each other's
// checkpoints; the second one is refused instead, naming the first.
#include <filesystem>

#include "fflab/experiment/run_folder.hpp"

namespace fflab {

/// Holds an advisory lock (flock) on the folder's run.lock, which it fills
/// with "pid <pid> on <host>, since <UTC time>", for its lifetime; the file
/// is removed when released. The kernel drops the lock of a killed process,
/// so a stale file never blocks a later run.
class RunFolderLock {
 public:
  /// Makes the folder if needed and takes the lock; Error naming the folder
  /// and the holder ("... is in use by another fflab run (pid 4711 on host
  /// a, since ...): wait for it to finish or stop it") when another process
  /// holds it.
  explicit RunFolderLock(const RunFolder& folder);
  ~RunFolderLock();
  RunFolderLock(const RunFolderLock&) = delete;
  RunFolderLock& operator=(const RunFolderLock&) = delete;

 private:
  std::filesystem::path file_;
  int fd_ = -1;
};

}  // namespace fflab
