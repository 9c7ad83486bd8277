#include "file_checks.hpp"

#include "fflab/core/errors.hpp"

namespace fflab::detail {

std::string with_remedy(const std::string& remedy) {
  return remedy.empty() ? std::string() : "; " + remedy;
}

void require_regular_file(const std::filesystem::path& file, const std::string& remedy) {
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status))
    throw DataError(file.string(), -1, "file not found" + with_remedy(remedy));
  if (!std::filesystem::is_regular_file(status))
    throw DataError(file.string(), -1, "is not a regular file" + with_remedy(remedy));
}

std::uint64_t file_size_of(const std::filesystem::path& file) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) throw DataError(file.string(), -1, "cannot read the file size: " + ec.message());
  return size;
}

}  // namespace fflab::detail
