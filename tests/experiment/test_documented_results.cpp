// The result tables in README.md and docs/*.md are copies of the committed
// results/*/table.md, which fflab report writes from the committed records:
// a number typed in by hand, or left behind by a newer run, fails here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fflab/core/subprocess.hpp"
#include "support/fixtures.hpp"

namespace {

const std::filesystem::path kSource = FFLAB_SOURCE_DIR;
constexpr const char* kResultHeader = "| run | data | learning | testing | budget |";
constexpr const char* kReproducedHeader = "| setting | testing | paper % | fflab % | run |";

/// The file as committed (git show HEAD:<path>) when the source is a git
/// checkout, else as it is: README command 1 rewrites results/quickstart's
/// table with the local run, and the documents quote the committed one.
std::string committed_text(const std::filesystem::path& file) {
  const auto relative = std::filesystem::relative(file, kSource).generic_string();
  if (const auto text = fflab::program_output({"git", "-C", kSource.string(), "show", "HEAD:" + relative})) return *text;
  return fflab::test::read_text(file);
}

std::vector<std::string> lines_of(const std::filesystem::path& file) {
  const bool results_table = file.filename() == "table.md";
  std::istringstream in(results_table ? committed_text(file) : fflab::test::read_text(file));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// The rows (after header and rule) of every table whose header starts with `header`.
std::vector<std::string> table_rows(const std::filesystem::path& file, const std::string& header) {
  std::vector<std::string> rows;
  const auto lines = lines_of(file);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind(header, 0) != 0) continue;
    for (i += 2; i < lines.size() && lines[i].rfind("| ", 0) == 0; ++i) rows.push_back(lines[i]);
  }
  return rows;
}

std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::size_t start = 2;
  for (std::size_t bar; (bar = row.find(" | ", start)) != std::string::npos; start = bar + 3)
    out.push_back(row.substr(start, bar - start));
  out.push_back(row.substr(start, row.size() - start - 2));  // before the closing " |"
  return out;
}

std::vector<std::filesystem::path> documents() {
  std::vector<std::filesystem::path> files{kSource / "README.md"};
  for (const auto& entry : std::filesystem::directory_iterator(kSource / "docs"))
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  return files;
}

/// Every row of every committed results/<study>/table.md.
std::vector<std::string> committed_rows() {
  std::vector<std::string> rows;
  for (const auto& entry : std::filesystem::directory_iterator(kSource / "results"))
    if (std::filesystem::exists(entry.path() / "table.md"))
      for (const auto& row : table_rows(entry.path() / "table.md", kResultHeader)) rows.push_back(row);
  return rows;
}

}  // namespace

TEST_CASE("every result table row in README.md and docs/ is a row of a committed results table", "[committed]") {
  const auto committed = committed_rows();
  REQUIRE(committed.size() > 50);
  std::size_t checked = 0;
  for (const auto& file : documents())
    for (const auto& row : table_rows(file, kResultHeader)) {
      INFO(file.filename().string() << ": " << row << "\n(copy it from results/<study>/table.md)");
      CHECK(std::find(committed.begin(), committed.end(), row) != committed.end());
      ++checked;
    }
  CHECK(checked >= 40);
}

TEST_CASE("README's table of what is reproduced gives each run's committed test error and paper number",
          "[committed]") {
  const auto rows = table_rows(kSource / "README.md", kReproducedHeader);
  REQUIRE(rows.size() >= 5);
  for (const auto& row : rows) {
    const auto c = cells(row);
    REQUIRE(c.size() == 5);
    INFO(row);
    const std::string study = c[4].substr(0, c[4].find('/'));
    const auto table = kSource / "results" / study / "table.md";
    REQUIRE(std::filesystem::exists(table));
    std::size_t found = 0;
    for (const auto& committed : table_rows(table, kResultHeader)) {
      const auto r = cells(committed);
      if (r.size() != 11 || r[0] != c[4] || r[3] != c[1]) continue;
      CHECK(r[8] == c[3]);   // test %
      CHECK(r[10] == c[2]);  // paper test %
      ++found;
    }
    CHECK(found == 1);
  }
}
