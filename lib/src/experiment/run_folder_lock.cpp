#include "fflab/experiment/run_folder_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/record.hpp"

namespace fflab {

namespace {

std::string host_name() {
  char name[256] = {};
  return ::gethostname(name, sizeof name - 1) == 0 ? name : "unknown host";
}

/// What the holder wrote into its lock file (at most a line), or "".
std::string holder_of(int fd) {
  char text[256] = {};
  const ssize_t got = ::pread(fd, text, sizeof text - 1, 0);
  std::string holder = got > 0 ? std::string(text, static_cast<std::size_t>(got)) : "";
  return holder.substr(0, holder.find('\n'));
}

}  // namespace

RunFolderLock::RunFolderLock(const RunFolder& folder) : file_(folder.lock_file()) {
  std::filesystem::create_directories(folder.dir());
  fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error("cannot open " + file_.string() + ": " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    const std::string holder = holder_of(fd_);
    ::close(fd_);
    fd_ = -1;
    if (error != EWOULDBLOCK) throw Error("cannot lock " + file_.string() + ": " + std::strerror(error));
    throw Error(folder.dir().string() + " is in use by another fflab run (" +
                (holder.empty() ? std::string("holder unknown") : holder) +
                "): wait for it to finish or stop it, then run again");
  }
  const std::string me = "pid " + std::to_string(::getpid()) + " on " + host_name() + ", since " + utc_now() + "\n";
  if (::ftruncate(fd_, 0) != 0 || ::pwrite(fd_, me.data(), me.size(), 0) != static_cast<ssize_t>(me.size()))
    throw Error("cannot write " + file_.string() + ": " + std::strerror(errno));
}

RunFolderLock::~RunFolderLock() {
  if (fd_ < 0) return;
  std::error_code ignored;
  std::filesystem::remove(file_, ignored);  // while still held: no other run took it meanwhile
  ::close(fd_);
}

}  // namespace fflab
