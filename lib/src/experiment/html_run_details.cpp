#include "html_run_details.hpp"

#include <cstdio>
#include <optional>

namespace fflab {

namespace {

std::string fixed(double x, int digits) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, x);
  return buffer;
}

std::string optional_fixed(const std::optional<double>& x, int digits) { return x ? fixed(*x, digits) : "–"; }

std::string error_text(const std::optional<ErrorPercent>& e) { return e && *e ? fixed(**e, 2) : "–"; }

/// A JSON value as one line of text: strings bare, the rest as JSON.
std::string json_text(const Json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

void item(std::ostream& out, const std::string& term, const std::string& text) {
  if (!text.empty()) out << "<dt>" << html_escape(term) << "</dt><dd>" << html_escape(text) << "</dd>\n";
}

std::string object_text(const Json& object) {
  if (!object.is_object()) return object.is_null() ? "" : json_text(object);
  std::string text;
  for (const auto& [key, value] : object.items()) text += (text.empty() ? "" : "; ") + key + ": " + json_text(value);
  return text;
}

std::string code_text(const RunRecord& r) {
  std::string text = "fflab " + r.fflab_version;
  if (r.source.is_object() && r.source.contains("commit"))
    text += ", commit " + json_text(r.source["commit"]) + (r.source.value("dirty", false) ? " (uncommitted changes)" : "");
  return text;
}

void run_facts(std::ostream& out, const HtmlRun& run) {
  const RunRecord& r = run.run.seeds.front();
  out << "<dl>\n";
  out << "<dt>result file</dt><dd><a href=\"" << html_escape(url_path(run.result_file)) << "\">"
      << html_escape(run.result_file) << "</a></dd>\n";
  item(out, "shortened", r.shortened.value_or(""));
  item(out, "code", code_text(r));
  item(out, "machine", object_text(r.machine));
  item(out, "threads", r.threads > 0 ? std::to_string(r.threads) : "");
  item(out, "data", object_text(r.dataset));
  if (r.network.is_object()) item(out, "parameters", json_text(r.network.value("parameters", Json())));
  if (r.plugins) item(out, "plugins", r.plugins->dump());
  item(out, "error", r.error.value_or(""));
  out << "</dl>\n";
}

void seed_table(std::ostream& out, const CurveRun& run) {
  out << "<table>\n<tr><th>seed</th><th>status</th><th>date</th><th>commit</th><th>wall s</th>"
         "<th>peak MiB</th><th>epochs</th><th>resumes</th></tr>\n";
  for (const auto& r : run.seeds) {
    const std::string commit = r.source.is_object() ? json_text(r.source.value("commit", Json(""))) : "";
    out << "<tr><td>" << (r.seed ? std::to_string(*r.seed) : "–") << "</td><td>" << html_escape(r.status)
        << "</td><td>" << html_escape(r.date) << "</td><td>" << html_escape(commit.substr(0, 12)) << "</td><td>"
        << optional_fixed(r.wall_seconds, 1) << "</td><td>" << optional_fixed(r.peak_rss_mib, 1) << "</td><td>"
        << r.epochs.size() << "</td><td>" << (r.resumes ? r.resumes->size() : 0) << "</td></tr>\n";
  }
  out << "</table>\n";
}

void epoch_table(std::ostream& out, const RunRecord& r) {
  out << "<details><summary>per-epoch history, seed " << (r.seed ? std::to_string(*r.seed) : "–")
      << "</summary>\n<table>\n<tr><th>epoch</th><th>learning rate</th><th>train loss</th>"
         "<th>running train error %</th><th>validation error %</th><th>seconds</th></tr>\n";
  for (const auto& e : r.epochs)
    out << "<tr><td>" << e.epoch << "</td><td>" << (e.learning_rate ? html_escape(Json(*e.learning_rate).dump()) : "–")
        << "</td><td>" << optional_fixed(e.train_loss, 4) << "</td><td>" << optional_fixed(e.train_error, 2)
        << "</td><td>" << error_text(e.validation_error) << "</td><td>" << optional_fixed(e.seconds, 1)
        << "</td></tr>\n";
  out << "</table>\n</details>\n";
}

}  // namespace

std::string html_run_anchor(std::size_t index) { return "run-" + std::to_string(index); }

void html_run_details(std::ostream& out, const HtmlRun& run, std::size_t index) {
  const auto& seeds = run.run.seeds;
  out << "<details id=\"" << html_run_anchor(index) << "\"><summary><b>" << html_escape(run.row_run) << "</b>";
  if (seeds.empty()) {
    out << " (no seed record found)</summary>\n</details>\n";
    return;
  }
  out << " · " << html_escape(seeds.front().status) << " · " << seeds.size() << (seeds.size() == 1 ? " seed" : " seeds")
      << "</summary>\n";
  const Json& manifest = seeds.front().manifest;
  if (manifest.is_object() && manifest.contains("description"))
    out << "<p>" << html_escape(json_text(manifest["description"])) << "</p>\n";
  run_facts(out, run);
  seed_table(out, run.run);
  for (const auto& r : seeds) epoch_table(out, r);
  out << "<details><summary>manifest (resolved)</summary>\n<pre>" << html_escape(manifest.dump(2))
      << "</pre>\n</details>\n</details>\n";
}

}  // namespace fflab
