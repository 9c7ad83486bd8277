#include "fflab/experiment/table.hpp"
#include "fflab/experiment/record.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {

std::string fixed2(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", x);
  return buffer;
}

std::string cell(const ErrorStat& s, const std::string& plus_minus) {
  if (s.count == 0) return "–";
  if (s.count == 1) return fixed2(s.mean);
  return fixed2(s.mean) + plus_minus + fixed2(s.stddev);
}

std::string cell(const std::optional<double>& v) { return v ? fixed2(*v) : "–"; }

ErrorStat stat_of(const Json& v) {
  ErrorStat s;
  if (v.is_number()) {
    s.count = 1;
    s.mean = v.get<double>();
  } else if (v.is_object() && v.contains("mean") && v["mean"].is_number()) {
    s.count = v.value("count", std::size_t{1});
    s.mean = v["mean"].get<double>();
    s.stddev = v.value("std", 0.0);
  }
  return s;
}

std::optional<double> optional_number(const Json& object, const char* key) {
  if (object.is_object() && object.contains(key) && object[key].is_number()) return object[key].get<double>();
  return std::nullopt;
}

std::string budget_of(const Json& manifest) {
  const Json& trainer = manifest.value("trainer", Json::object());
  const Json& dataset = manifest.value("dataset", Json::object());
  const auto epochs = trainer.value("epochs", 0);
  std::string b = std::to_string(epochs) + (epochs == 1 ? " epoch" : " epochs");
  if (dataset.contains("train_subset") && dataset["train_subset"].is_number_integer())
    b += ", " + std::to_string(dataset["train_subset"].get<long>()) + " train rows";
  if (dataset.contains("test_subset") && dataset["test_subset"].is_number_integer())
    b += ", " + std::to_string(dataset["test_subset"].get<long>()) + " test rows";
  return b;
}

std::string latex_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == '%' || c == '&' || c == '#') out += '\\';
    out += c;
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_number(const ErrorStat& s, bool stddev) {
  if (s.count == 0 || (stddev && s.count < 2)) return "";
  return fixed2(stddev ? s.stddev : s.mean);
}

/// Everything named record.json or summary.json below `folder`: a folder or
/// other non-file so named too, so that reading refuses it rather than
/// skipping it (read_result_file).
std::vector<std::filesystem::path> result_files_below(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    const auto name = entry.path().filename();
    if (name == "record.json" || name == "summary.json") files.push_back(entry.path());
  }
  return files;
}

}  // namespace

bool holds_results(const std::filesystem::path& folder) { return !result_files_below(folder).empty(); }

std::vector<Json> collect_results(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> files;
  for (const auto& p : paths) {
    const bool named_as_result = p.filename() == "record.json" || p.filename() == "summary.json";
    if (std::filesystem::is_directory(p) && !named_as_result) {
      const auto below = result_files_below(p);
      if (below.empty())
        throw DataError(p.string(), -1,
                        "no record.json or summary.json below this folder; name a folder that holds finished runs "
                        "(fflab run writes them) or a record file");
      files.insert(files.end(), below.begin(), below.end());
    } else if (std::filesystem::is_regular_file(p) || std::filesystem::is_directory(p)) {
      files.push_back(p);  // a folder named like a result file is refused by read_result_file
    } else {
      throw DataError(p.string(), -1, "no such result file or folder");
    }
  }
  std::sort(files.begin(), files.end());
  std::set<std::filesystem::path> summarized;  // folders whose seeds a summary stands for
  for (const auto& f : files)
    if (f.filename() == "summary.json") summarized.insert(f.parent_path());
  std::vector<Json> results;
  for (const auto& f : files) {
    bool covered = false;
    if (f.filename() == "record.json")
      for (auto dir = f.parent_path(); dir.has_relative_path() && dir != dir.parent_path(); dir = dir.parent_path())
        covered = covered || summarized.count(dir) > 0;
    if (!covered) results.push_back(read_result_file(f));
  }
  return results;
}

namespace {

/// The learning column: the trainer, with its rule where it has one
/// ("local_rules/dfa"; "forward_forward/symba", the default softplus unnamed).
std::string learning_of(const Json& trainer) {
  std::string out = trainer.value("type", "?");
  if (trainer.contains("rule") && trainer["rule"].is_object()) out += "/" + trainer["rule"].value("type", "?");
  if (trainer.contains("objective") && trainer["objective"].is_object()) {
    const std::string objective = trainer["objective"].value("type", "softplus");
    if (objective != "softplus") out += "/" + objective;
  }
  return out;
}

}  // namespace

std::vector<ResultRow> result_rows(const std::vector<Json>& results) {
  std::vector<ResultRow> rows;
  for (const auto& r : results) {
    const Json& m = r.value("manifest", Json::object());
    const Json& final = r.value("final", Json::object());
    const Json paper = m.value("paper", Json());
    ResultRow base;
    base.run = r.value("study", "?") + "/" + r.value("name", "?");
    base.dataset = m.value("dataset", Json::object()).value("type", "?");
    base.trainer = learning_of(m.value("trainer", Json::object()));
    base.budget = budget_of(m);
    base.status = r.value("status", "?");
    base.shortened = m.contains("shortened") && m["shortened"].is_string() ? m["shortened"].get<std::string>() : "";
    base.seeds = r.contains("seeds") && r["seeds"].is_array() ? r["seeds"].size() : 1;
    base.paper_train = optional_number(paper, "train_error");
    base.paper_test = optional_number(paper, "test_error");
    base.paper_row = paper.is_object() ? paper.value("row", "") : "";
    // A run that did not complete (diverged, or a study none of whose seeds
    // completed) has no "final" (read_result_file requires one once the
    // status is "completed"): one row without errors, its status beside the
    // budget.
    const Json& by = final.value("by_procedure", Json::object());
    if (by.empty()) {
      rows.push_back(base);
      continue;
    }
    for (auto it = by.begin(); it != by.end(); ++it) {
      ResultRow row = base;
      row.procedure = it.key();
      row.train = stat_of(it.value().value("train", Json()));
      row.validation = stat_of(it.value().value("validation", Json()));
      row.test = stat_of(it.value().value("test", Json()));
      const Json own = paper.is_object() && paper.contains("procedures") && paper["procedures"].is_object()
                           ? paper["procedures"].value(it.key(), Json())
                           : Json();
      if (own.is_object()) {
        row.paper_train = optional_number(own, "train_error");
        row.paper_test = optional_number(own, "test_error");
        row.paper_row = own.value("row", "");
      }
      rows.push_back(row);
    }
  }
  return rows;
}

std::string markdown_table(const std::vector<ResultRow>& rows) {
  std::ostringstream out;
  out << "| run | data | learning | testing | budget | seeds | train % | validation % | test % | paper train % | paper test % |\n";
  out << "|---|---|---|---|---|---|---|---|---|---|---|\n";
  std::vector<std::string> notes;
  for (const auto& r : rows) {
    std::string budget = r.budget;
    if (!r.shortened.empty()) {
      const auto it = std::find(notes.begin(), notes.end(), r.run + ": " + r.shortened);
      if (it == notes.end()) notes.push_back(r.run + ": " + r.shortened);
      budget += " (shortened)";
    }
    if (r.status != "completed") budget += " [" + r.status + "]";
    out << "| " << r.run << " | " << r.dataset << " | " << r.trainer << " | " << (r.procedure.empty() ? "–" : r.procedure)
        << " | " << budget << " | " << r.seeds << " | " << cell(r.train, " ± ") << " | " << cell(r.validation, " ± ")
        << " | " << cell(r.test, " ± ") << " | " << cell(r.paper_train) << " | " << cell(r.paper_test) << " |\n";
  }
  if (!notes.empty()) {
    out << "\nShortened runs:\n";
    for (const auto& n : notes) out << "- " << n << "\n";
  }
  return out.str();
}

std::string latex_table(const std::vector<ResultRow>& rows) {
  std::ostringstream out;
  out << "\\begin{tabular}{lllllrrrrr}\n\\hline\n";
  out << "run & learning & testing & budget & seeds & train \\% & validation \\% & test \\% & paper train \\% & paper test \\% \\\\\n\\hline\n";
  for (const auto& r : rows) {
    out << latex_escape(r.run) << " & " << latex_escape(r.trainer) << " & " << latex_escape(r.procedure) << " & "
        << latex_escape(r.budget + (r.shortened.empty() ? "" : " (shortened)")) << " & " << r.seeds << " & "
        << cell(r.train, " $\\pm$ ") << " & " << cell(r.validation, " $\\pm$ ") << " & " << cell(r.test, " $\\pm$ ")
        << " & " << cell(r.paper_train) << " & " << cell(r.paper_test) << " \\\\\n";
  }
  out << "\\hline\n\\end{tabular}\n";
  std::string text = out.str();
  // "–" is not ASCII; LaTeX gets "--".
  for (std::size_t pos; (pos = text.find("–")) != std::string::npos;) text.replace(pos, std::string("–").size(), "--");
  return text;
}

std::string csv_table(const std::vector<ResultRow>& rows) {
  std::ostringstream out;
  out << "run,dataset,trainer,procedure,budget,shortened,status,seeds,train_error,train_error_std,"
         "validation_error,validation_error_std,test_error,test_error_std,paper_train_error,paper_test_error\n";
  for (const auto& r : rows) {
    out << csv_field(r.run) << "," << csv_field(r.dataset) << "," << csv_field(r.trainer) << ","
        << csv_field(r.procedure) << "," << csv_field(r.budget) << "," << csv_field(r.shortened) << ","
        << csv_field(r.status) << "," << r.seeds << "," << csv_number(r.train, false) << ","
        << csv_number(r.train, true) << "," << csv_number(r.validation, false) << ","
        << csv_number(r.validation, true) << "," << csv_number(r.test, false) << "," << csv_number(r.test, true)
        << "," << (r.paper_train ? fixed2(*r.paper_train) : "") << "," << (r.paper_test ? fixed2(*r.paper_test) : "")
        << "\n";
  }
  return out.str();
}

}  // namespace fflab
