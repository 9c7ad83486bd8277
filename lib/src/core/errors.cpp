#include "fflab/core/errors.hpp"

namespace fflab {

namespace {
std::string config_message(const std::string& pointer, const std::string& message) {
  return (pointer.empty() ? std::string("manifest") : pointer) + ": " + message;
}
std::string data_message(const std::string& file, std::int64_t offset, const std::string& message) {
  std::string where = file;
  if (offset >= 0) where += " (byte " + std::to_string(offset) + ")";
  return where + ": " + message;
}
}  // namespace

ConfigError::ConfigError(std::string pointer, const std::string& message)
    : Error(config_message(pointer, message)), pointer_(std::move(pointer)) {}

DataError::DataError(std::string file, std::int64_t offset, const std::string& message)
    : Error(data_message(file, offset, message)), file_(std::move(file)), offset_(offset) {}

}  // namespace fflab
