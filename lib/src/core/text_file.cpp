#include "fflab/core/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace fflab {

namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

/// Closes a descriptor when it goes out of scope.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
  /// Gives the descriptor up (to be closed, and the close checked, by the caller).
  int release() { return std::exchange(fd, -1); }
};

}  // namespace

std::string read_text_file(const std::filesystem::path& file, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  Descriptor in{::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  using Cause = UnreadableFile::Cause;
  if (in.fd < 0) throw UnreadableFile(Cause::cannot_open, std::string("cannot open: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(in.fd, &info) != 0)
    throw UnreadableFile(Cause::read_failed, std::string("cannot read: ") + std::strerror(errno));
  if (!S_ISREG(info.st_mode))
    throw UnreadableFile(Cause::not_regular, "is " + kind_of(info.st_mode) + ", not a regular file");
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes)
    throw UnreadableFile(Cause::too_large, "is " + std::to_string(info.st_size) + " bytes, more than the " +
                                               std::to_string(max_bytes) + " such a file may have");
  std::string text(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t have = 0;
  while (have < text.size()) {
    const ssize_t got = ::read(in.fd, text.data() + have, text.size() - have);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw UnreadableFile(Cause::read_failed, std::string("cannot read: ") + std::strerror(errno));
    if (got == 0) break;  // shrank while being read
    have += static_cast<std::size_t>(got);
  }
  text.resize(have);
  return text;
}

void write_text_file(const std::filesystem::path& file, const std::string& text) {
  auto failed = [&](const char* step) {
    return Error(std::string("cannot ") + step + " " + file.string() + ": " + std::strerror(errno));
  };
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw failed("write");
  Descriptor out{fd};
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t w = ::write(fd, text.data() + written, text.size() - written);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) throw failed("write");
    written += static_cast<std::size_t>(w);
  }
  if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) throw failed("write");
  const int descriptor = out.release();
  if (::close(descriptor) != 0) throw failed("write");
}

}  // namespace fflab
