#include "fflab/experiment/table.hpp"

#include <array>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/run_record.hpp"

namespace fflab {

namespace {

std::string fixed2(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", x);
  return buffer;
}

}  // namespace

std::string error_cell(const ErrorStat& s, const std::string& plus_minus) {
  if (s.count == 0) return "–";
  if (s.count == 1) return fixed2(s.mean);
  return fixed2(s.mean) + plus_minus + fixed2(s.stddev);
}

std::string error_cell(const std::optional<double>& v) { return v ? fixed2(*v) : "–"; }

namespace {

/// One run's error: measured once, or not.
ErrorStat stat_of(const ErrorPercent& v) {
  ErrorStat s;
  if (v) {
    s.count = 1;
    s.mean = *v;
  }
  return s;
}

/// A statistic over seeds, or not measured.
ErrorStat stat_of(const SeedErrors& v) {
  ErrorStat s;
  if (v) {
    s.count = v->count;
    s.mean = v->mean;
    s.stddev = v->stddev;
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

/// Everything named as a record or summary below `folder`: a folder or
/// other non-file so named too, so that reading refuses it rather than
/// skipping it (read_result_file).
std::vector<std::filesystem::path> result_files_below(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (RunFolder::is_result_file(entry.path())) files.push_back(entry.path());
  }
  return files;
}

}  // namespace

bool holds_results(const std::filesystem::path& folder) { return !result_files_below(folder).empty(); }

std::vector<std::filesystem::path> collect_result_files(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> files;
  for (const auto& p : paths) {
    const bool named_as_result = RunFolder::is_result_file(p);
    if (std::filesystem::is_directory(p) && !named_as_result) {
      const auto below = result_files_below(p);
      if (below.empty())
        throw DataError(p.string(), -1,
                        "no " + RunFolder::result_file_names() +
                            " below this folder; name a folder that holds finished runs "
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
    if (RunFolder::is_summary_file(f)) summarized.insert(f.parent_path());
  std::vector<std::filesystem::path> kept;
  for (const auto& f : files) {
    bool covered = false;
    if (RunFolder::is_record_file(f))
      for (auto dir = f.parent_path(); dir.has_relative_path() && dir != dir.parent_path(); dir = dir.parent_path())
        covered = covered || summarized.count(dir) > 0;
    if (!covered) kept.push_back(f);
  }
  return kept;
}

std::vector<Json> collect_results(const std::vector<std::filesystem::path>& paths) {
  std::vector<Json> results;
  for (const auto& f : collect_result_files(paths)) results.push_back(read_result_file(f));
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

namespace {

/// What a table row shows of a record or a seed summary.
struct RowSource {
  std::string study, name, status;
  Json manifest;
  std::size_t seeds = 1;
  /// Per procedure: train, validation and test.
  std::vector<std::pair<std::string, std::array<ErrorStat, 3>>> by_procedure;
};

RowSource row_source(const Json& result) {
  RowSource out;
  if (is_seed_summary(result)) {
    const SeedSummary s = SeedSummary::from_json(result);
    out = {s.study, s.name, s.status, s.manifest, s.seeds.size(), {}};
    if (s.final)
      for (const auto& [procedure, e] : s.final->by_procedure)
        out.by_procedure.emplace_back(procedure, std::array{stat_of(e.train), stat_of(e.validation), stat_of(e.test)});
    return out;
  }
  const RunRecord r = RunRecord::from_json(result);
  out = {r.study, r.name, r.status, r.manifest, 1, {}};
  if (r.final)
    for (const auto& [procedure, e] : r.final->by_procedure)
      out.by_procedure.emplace_back(procedure, std::array{stat_of(e.train), stat_of(e.validation), stat_of(e.test)});
  return out;
}

/// The columns every row of a result shares: run, data, learning, budget, status, paper.
ResultRow base_row(const RowSource& r) {
  const Json& m = r.manifest.is_object() ? r.manifest : Json::object();
  const Json paper = m.value("paper", Json());
  ResultRow base;
  base.run = r.study + "/" + r.name;
  base.dataset = m.value("dataset", Json::object()).value("type", "?");
  base.trainer = learning_of(m.value("trainer", Json::object()));
  base.budget = budget_of(m);
  base.status = r.status;
  base.shortened = m.contains("shortened") && m["shortened"].is_string() ? m["shortened"].get<std::string>() : "";
  base.seeds = r.seeds;
  base.paper_train = optional_number(paper, "train_error");
  base.paper_test = optional_number(paper, "test_error");
  base.paper_row = paper.is_object() ? paper.value("row", "") : "";
  return base;
}

}  // namespace

std::vector<ResultRow> result_rows(const std::vector<Json>& results) {
  std::vector<ResultRow> rows;
  for (const auto& result : results) {
    const RowSource r = row_source(result);
    const ResultRow base = base_row(r);
    const Json paper = r.manifest.is_object() ? r.manifest.value("paper", Json()) : Json();
    // A run that did not complete (diverged, or a study none of whose seeds
    // completed) has no final errors (read_result_file requires them once
    // the status is "completed"): one row without errors, its status beside
    // the budget.
    if (r.by_procedure.empty()) {
      rows.push_back(base);
      continue;
    }
    for (const auto& [procedure, stats] : r.by_procedure) {
      ResultRow row = base;
      row.procedure = procedure;
      row.train = stats[0];
      row.validation = stats[1];
      row.test = stats[2];
      const Json own = paper.is_object() && paper.contains("procedures") && paper["procedures"].is_object()
                           ? paper["procedures"].value(procedure, Json())
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

std::vector<std::string> shortened_notes(const std::vector<ResultRow>& rows) {
  std::vector<std::string> notes;
  for (const auto& r : rows) {
    const std::string note = r.run + ": " + r.shortened;
    if (!r.shortened.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
  }
  return notes;
}

std::string markdown_table(const std::vector<ResultRow>& rows) {
  std::ostringstream out;
  out << "| run | data | learning | testing | budget | seeds | train % | validation % | test % | paper train % | paper test % |\n";
  out << "|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& r : rows) {
    std::string budget = r.budget;
    if (!r.shortened.empty()) budget += " (shortened)";
    if (r.status != "completed") budget += " [" + r.status + "]";
    out << "| " << r.run << " | " << r.dataset << " | " << r.trainer << " | " << (r.procedure.empty() ? "–" : r.procedure)
        << " | " << budget << " | " << r.seeds << " | " << error_cell(r.train, " ± ") << " | " << error_cell(r.validation, " ± ")
        << " | " << error_cell(r.test, " ± ") << " | " << error_cell(r.paper_train) << " | " << error_cell(r.paper_test) << " |\n";
  }
  const auto notes = shortened_notes(rows);
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
        << error_cell(r.train, " $\\pm$ ") << " & " << error_cell(r.validation, " $\\pm$ ") << " & " << error_cell(r.test, " $\\pm$ ")
        << " & " << error_cell(r.paper_train) << " & " << error_cell(r.paper_test) << " \\\\\n";
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
