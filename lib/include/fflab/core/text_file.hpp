#pragma once
// Reading a small text file (a manifest, a record, a summary) without being
// led astray: only a regular file is read (a FIFO would hang the reader, a
// device such as /dev/zero never ends), and only up to a size cap.
#include <cstddef>
#include <filesystem>
#include <string>

#include "fflab/core/errors.hpp"

namespace fflab {

/// Why a file could not be read; what() is the reason alone ("is a FIFO, not
/// a regular file", "is 20000000 bytes, more than ..."): the caller names the
/// file in its own error type.
class UnreadableFile : public Error {
 public:
  enum class Cause { cannot_open, not_regular, too_large, read_failed };
  UnreadableFile(Cause cause, const std::string& reason) : Error(reason), cause_(cause) {}
  Cause cause() const { return cause_; }

 private:
  Cause cause_;
};

/// The whole of `file`, at most `max_bytes` of it; UnreadableFile when it
/// cannot be opened, is not a regular file (after following symbolic links)
/// or is larger. Never blocks on a FIFO.
std::string read_text_file(const std::filesystem::path& file, std::size_t max_bytes);

/// Writes `text` to `file` (created or truncated) and checks every step,
/// the flush to disk and the close included, so a full disk is an Error
/// ("cannot write <file>: No space left on device"), never a silent empty
/// file. Devices that cannot be synced (/dev/null) are fine.
void write_text_file(const std::filesystem::path& file, const std::string& text);

}  // namespace fflab
