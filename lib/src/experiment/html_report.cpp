#include "fflab/experiment/html_report.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "html_run_details.hpp"

namespace fflab {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string url_path(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

namespace {

/// The page's own style: inside the page, nothing fetched.
constexpr const char* kStyle = R"(body{font-family:sans-serif;max-width:84em;margin:1em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left}td{white-space:nowrap}
td.number{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.wide{overflow-x:auto}th{background:#eee}
figure{margin:1em 0}figure img{width:100%;border:1px solid #ddd}
details{margin:.3em 0;border:1px solid #ddd;padding:.3em .6em}summary{cursor:pointer}
dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}dt{font-weight:bold}dd{margin:0}
pre{background:#f6f6f6;padding:.5em;overflow-x:auto}.note{color:#555})";

std::string page_head(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
         "</title>\n<style>\n" + std::string(kStyle) + "\n</style>\n</head>\n<body>\n";
}

/// The index of the run a table row belongs to (its "study/name"), or -1.
int run_index(const HtmlStudy& study, const std::string& row_run) {
  for (std::size_t i = 0; i < study.runs.size(); ++i)
    if (study.runs[i].row_run == row_run) return static_cast<int>(i);
  return -1;
}

std::string number_cell(const std::string& text) { return "<td class=\"number\">" + html_escape(text) + "</td>"; }

void table_row(std::ostream& out, const HtmlStudy& study, const ResultRow& r) {
  const int run = run_index(study, r.run);
  std::string budget = r.budget + (r.shortened.empty() ? "" : " (shortened)");
  if (r.status != "completed") budget += " [" + r.status + "]";
  out << "<tr><td>";
  if (run >= 0) out << "<a href=\"#" << html_run_anchor(static_cast<std::size_t>(run)) << "\">";
  out << html_escape(r.run) << (run >= 0 ? "</a>" : "") << "</td><td>" << html_escape(r.dataset) << "</td><td>"
      << html_escape(r.trainer) << "</td><td>" << html_escape(r.procedure.empty() ? "–" : r.procedure) << "</td><td>"
      << html_escape(budget) << "</td>" << number_cell(std::to_string(r.seeds))
      << number_cell(error_cell(r.train, " ± ")) << number_cell(error_cell(r.validation, " ± "))
      << number_cell(error_cell(r.test, " ± ")) << number_cell(error_cell(r.paper_train))
      << number_cell(error_cell(r.paper_test)) << "</tr>\n";
}

void results_table(std::ostream& out, const HtmlStudy& study) {
  out << "<h2>Errors</h2>\n<p class=\"note\">Errors in percent after training; mean ± sample standard deviation "
         "over seeds. Choices were made on the validation split. A run's name opens its details below.</p>\n"
         "<div class=\"wide\"><table>\n<tr><th>run</th><th>data</th><th>learning</th><th>testing</th><th>budget</th><th>seeds</th>"
         "<th>train %</th><th>validation %</th><th>test %</th><th>paper train %</th><th>paper test %</th></tr>\n";
  for (const auto& r : study.rows) table_row(out, study, r);
  out << "</table></div>\n";
  const auto notes = shortened_notes(study.rows);
  if (notes.empty()) return;
  out << "<p>Shortened runs:</p>\n<ul>\n";
  for (const auto& n : notes) out << "<li>" << html_escape(n) << "</li>\n";
  out << "</ul>\n";
}

/// Base64 of `bytes` (RFC 4648, padded), for data: addresses.
std::string base64(const std::string& bytes) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    unsigned v = 0;
    for (std::size_t k = 0; k < 3; ++k) v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    for (std::size_t k = 0; k < 4; ++k) out += k <= n ? digits[(v >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

void figures(std::ostream& out, const HtmlStudy& study) {
  if (study.figures.empty()) return;
  out << "<h2>Plots</h2>\n";
  // An image from a data: address: the page carries it, and the SVG's own
  // names and any markup in it stay inside the image.
  for (const auto& f : study.figures)
    out << "<figure><img alt=\"" << html_escape(f.caption) << "\" src=\"data:image/svg+xml;base64," << base64(f.svg)
        << "\"><figcaption>" << html_escape(f.caption) << "</figcaption></figure>\n";
}

}  // namespace

std::string study_page(const HtmlStudy& study) {
  std::ostringstream out;
  out << page_head("fflab: " + study.study) << "<h1>" << html_escape(study.study) << "</h1>\n"
      << "<p class=\"note\">Written by <code>fflab report --html</code> from the records in this folder; "
         "every number on this page is read from them.</p>\n";
  results_table(out, study);
  figures(out, study);
  out << "<h2>Runs</h2>\n";
  for (std::size_t i = 0; i < study.runs.size(); ++i) html_run_details(out, study.runs[i], i);
  out << "</body>\n</html>\n";
  return out.str();
}

std::string results_index_page(const std::vector<HtmlStudyLink>& studies) {
  std::ostringstream out;
  out << page_head("fflab results") << "<h1>fflab results</h1>\n<p class=\"note\">Written by "
      << "<code>fflab report --html</code>. One page per study: its table, plots and runs.</p>\n<ul>\n";
  for (const auto& s : studies)
    out << "<li><a href=\"" << html_escape(url_path(s.page)) << "\">" << html_escape(s.study) << "</a> (" << s.rows
        << (s.rows == 1 ? " row" : " rows") << ")</li>\n";
  out << "</ul>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace fflab
