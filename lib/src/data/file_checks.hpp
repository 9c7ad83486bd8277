#pragma once
// Checks shared by the readers (private to lib/src/data).
#include <cstdint>
#include <filesystem>
#include <string>

namespace fflab::detail {

/// Throws DataError unless `file` exists and is a regular file.
void require_regular_file(const std::filesystem::path& file, const std::string& remedy);

/// "; <remedy>" or "".
std::string with_remedy(const std::string& remedy);

/// Size of a regular file (DataError if it cannot be read).
std::uint64_t file_size_of(const std::filesystem::path& file);

}  // namespace fflab::detail
