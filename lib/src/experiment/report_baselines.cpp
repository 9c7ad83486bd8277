#include "fflab/experiment/report_baselines.hpp"

#include <algorithm>
#include <fstream>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"
#include "fflab/core/text_file.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab {

std::vector<std::filesystem::path> baseline_files(const std::filesystem::path& results_dir,
                                                  const std::filesystem::path& study_dir) {
  const std::filesystem::path file = study_dir / kBaselinesFile;
  if (!std::filesystem::exists(file)) return {};
  const std::string where = file.string();
  const std::string shape = R"(; expected {"baselines": ["<study>/<run>", ...]}, paths relative to )" + results_dir.string();
  Json doc;
  std::string text;
  try {
    text = read_text_file(file, std::size_t{1} << 20);
  } catch (const UnreadableFile& e) {
    if (e.cause() == UnreadableFile::Cause::cannot_open) throw DataError(where, -1, "cannot open the baselines file");
    throw DataError(where, -1, std::string(e.what()) + shape);
  }
  try {
    doc = parse_json(text);
  } catch (const std::exception& e) {  // malformed JSON, or nested too deep
    throw DataError(where, -1, std::string("not valid JSON: ") + e.what() + shape);
  }
  if (!doc.is_object() || !doc.contains("baselines") || !doc["baselines"].is_array())
    throw DataError(where, -1, "/baselines: missing or not an array" + shape);
  for (const auto& [key, value] : doc.items())
    if (key != "baselines") throw DataError(where, -1, "/" + key + ": unknown key" + shape);
  std::vector<std::filesystem::path> paths;
  for (std::size_t i = 0; i < doc["baselines"].size(); ++i) {
    const Json& entry = doc["baselines"][i];
    const std::string pointer = "/baselines/" + std::to_string(i);
    if (!entry.is_string() || entry.get<std::string>().empty())
      throw DataError(where, -1, pointer + ": not a non-empty string" + shape);
    const std::filesystem::path relative = entry.get<std::string>();
    if (relative.is_absolute())
      throw DataError(where, -1, pointer + ": '" + relative.string() + "' is absolute" + shape);
    const std::filesystem::path target = results_dir / relative;
    if (!std::filesystem::exists(target))
      throw DataError(where, -1, pointer + ": no such result file or folder " + target.string() +
                                     "; run that manifest or remove the entry");
    const auto study = std::filesystem::canonical(study_dir), named = std::filesystem::canonical(target);
    if (std::mismatch(study.begin(), study.end(), named.begin(), named.end()).first == study.end())
      throw DataError(where, -1, pointer + ": '" + relative.string() + "' is inside this study; name other studies' runs only");
    if (std::filesystem::is_directory(target) && !holds_results(target))
      throw DataError(where, -1, pointer + ": no " + RunFolder::result_file_names() + " below " + target.string() +
                                     "; run that manifest or remove the entry");
    paths.push_back(target);
  }
  return collect_result_files(paths);
}

std::vector<Json> baseline_results(const std::filesystem::path& results_dir, const std::filesystem::path& study_dir) {
  std::vector<Json> results;
  for (const auto& f : baseline_files(results_dir, study_dir)) results.push_back(read_result_file(f));
  return results;
}

}  // namespace fflab
