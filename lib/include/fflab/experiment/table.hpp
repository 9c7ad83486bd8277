#pragma once
// Result tables: one row per record, our errors beside the paper's.
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab {

/// Reads every record.json under each path (a record file or a folder,
/// searched recursively), sorted by path. Throws DataError on unreadable ones.
std::vector<Json> collect_records(const std::vector<std::filesystem::path>& paths);

/// A Markdown table of the records: run, data, trainer, procedure, epochs,
/// train / validation / test error (%), the paper's test error, status.
std::string markdown_table(const std::vector<Json>& records);

}  // namespace fflab
