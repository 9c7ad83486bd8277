#include "fflab/core/errors.hpp"

#include <cstdio>

namespace fflab {

namespace {
/// The pointer as shown: control characters of its keys (a NUL, say) written
/// \u00XX, so the line is not cut short where it is printed.
std::string shown_pointer(const std::string& pointer) {
  constexpr std::size_t max_shown = 400;  // a 100 MB key must not make a 100 MB line
  std::string out;
  for (const char c : pointer.substr(0, max_shown)) {
    if (static_cast<unsigned char>(c) >= 0x20) {
      out += c;
      continue;
    }
    char escape[8];
    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
    out += escape;
  }
  if (pointer.size() > max_shown) out += "... (" + std::to_string(pointer.size()) + " characters)";
  return out;
}

std::string config_message(const std::string& pointer, const std::string& message) {
  return (pointer.empty() ? std::string("manifest") : shown_pointer(pointer)) + ": " + message;
}
std::string data_message(const std::string& file, std::int64_t offset, const std::string& message) {
  std::string where = file;
  if (offset >= 0) where += " (byte " + std::to_string(offset) + ")";
  return where + ": " + message;
}
}  // namespace

ConfigError::ConfigError(std::string pointer, const std::string& message)
    : Error(config_message(pointer, message)), pointer_(std::move(pointer)), message_(message) {}

DataError::DataError(std::string file, std::int64_t offset, const std::string& message)
    : Error(data_message(file, offset, message)), file_(std::move(file)), offset_(offset) {}

}  // namespace fflab
