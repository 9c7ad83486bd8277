#include "fflab/experiment/table.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {

std::string percent(const Json& v) {
  if (!v.is_number()) return "–";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v.get<double>());
  return buffer;
}

Json read_record(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw DataError(file.string(), -1, "cannot open record");
  try {
    return Json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw DataError(file.string(), -1, std::string("not a valid record: ") + e.what());
  }
}

}  // namespace

std::vector<Json> collect_records(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> files;
  for (const auto& p : paths) {
    if (std::filesystem::is_directory(p)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(p))
        if (entry.is_regular_file() && entry.path().filename() == "record.json") files.push_back(entry.path());
    } else if (std::filesystem::is_regular_file(p)) {
      files.push_back(p);
    } else {
      throw DataError(p.string(), -1, "no such record file or folder");
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Json> records;
  for (const auto& f : files) records.push_back(read_record(f));
  return records;
}

std::string markdown_table(const std::vector<Json>& records) {
  std::ostringstream out;
  out << "| run | data | trainer | procedure | epochs | train % | validation % | test % | paper test % | status |\n";
  out << "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& r : records) {
    const Json& m = r.value("manifest", Json::object());
    const Json& final = r.value("final", Json::object());
    const Json paper = m.value("paper", Json());
    std::string status = r.value("status", "?");
    if (r.contains("shortened") && r["shortened"].is_string()) status += ", shortened";
    out << "| " << r.value("study", "?") << "/" << r.value("name", "?") << " | "
        << m.value("dataset", Json::object()).value("type", "?") << " | "
        << m.value("trainer", Json::object()).value("type", "?") << " | "
        << final.value("procedure", "–") << " | " << r.value("epochs", Json::array()).size() << " | "
        << percent(final.value("train_error", Json())) << " | "
        << percent(final.value("validation_error", Json())) << " | "
        << percent(final.value("test_error", Json())) << " | "
        << (paper.is_object() ? percent(paper.value("test_error", Json())) : "–") << " | " << status
        << " |\n";
  }
  return out.str();
}

}  // namespace fflab
