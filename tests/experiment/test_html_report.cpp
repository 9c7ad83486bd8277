// fflab report --html: the pages' text (escaped, linked, complete) and, in
// headless Chromium where it is installed, what a browser renders of them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "fflab/core/subprocess.hpp"
#include "fflab/experiment/html_report.hpp"
#include "fflab/experiment/report.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

/// A results folder with a one-seed run and a two-seed run of study "tests".
void two_runs(const std::filesystem::path& results) {
  RunOptions options;
  options.results_dir = results;
  run_experiment(fflab::test::tiny_manifest(), options);
  Json seeds = fflab::test::tiny_two_seed_manifest();
  seeds["name"] = "tiny_seeds";
  run_study(seeds, options);
}

bool gnuplot_missing() { return std::system("command -v gnuplot > /dev/null 2>&1") != 0; }

}  // namespace

TEST_CASE("html_escape and url_path leave no markup and no stray address characters", "[html]") {
  CHECK(html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  CHECK(html_escape("plain text 1.5 %") == "plain text 1.5 %");
  CHECK(url_path("runs/a b#1?x.json") == "runs/a%20b%231%3Fx.json");
  CHECK(url_path("../mnist_bp/bp-4x2000_x/record.json") == "../mnist_bp/bp-4x2000_x/record.json");
}

TEST_CASE("a study's page shows its table, figures and every run's facts, with names from records escaped",
          "[html]") {
  TempDir dir;
  Json m = fflab::test::tiny_manifest();
  m["description"] = "<img src=x onerror=alert(2)>";
  RunOptions options;
  options.results_dir = dir.path();
  run_experiment(m, options);
  // A record from someone else's files: its texts may hold anything.
  const auto record_file = dir / "tests/tiny/record.json";
  Json record = Json::parse(fflab::test::read_text(record_file));
  record["name"] = "evil<script>alert(1)</script>\"x";
  record["machine"]["cpu"] = "</dd><script>alert(3)</script>";
  fflab::test::write_text(record_file, record.dump(2));
  const auto written = write_reports(dir.path(), {.plots = false, .html = true});
  REQUIRE(written.back() == dir / "index.html");
  const std::string page = fflab::test::read_text(dir / "tests/index.html");
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<img src=x") == std::string::npos);
  CHECK_THAT(page, Catch::Contains("evil&lt;script&gt;alert(1)&lt;/script&gt;&quot;x"));
  CHECK_THAT(page, Catch::Contains("&lt;img src=x onerror=alert(2)&gt;"));
  CHECK_THAT(page, Catch::Contains("cpu: &lt;/dd&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
  CHECK_THAT(page, Catch::Contains("href=\"tiny/record.json\""));
  CHECK_THAT(page, Catch::Contains("<td class=\"number\">3</td>") || Catch::Contains("synthetic"));
  CHECK(count_of(page, "<details id=\"run-") == 1);
  CHECK(count_of(page, "href=\"#run-0\"") == 1);  // the table row opens the run
  CHECK_THAT(page, Catch::Contains("<summary>manifest (resolved)</summary>"));
  CHECK_THAT(page, Catch::Contains("&quot;optimizer&quot;: {"));
  CHECK_THAT(page, Catch::Contains("<summary>per-epoch history, seed 3</summary>"));
  CHECK(page.find("http://") == std::string::npos);  // nothing fetched from elsewhere
  CHECK(page.find("https://") == std::string::npos);
  const std::string index = fflab::test::read_text(dir / "index.html");
  CHECK_THAT(index, Catch::Contains("<li><a href=\"tests/index.html\">tests</a> (1 row)</li>"));
}

TEST_CASE("a several-seed run's page lists each seed and its history", "[html]") {
  TempDir dir;
  two_runs(dir.path());
  write_reports(dir.path(), {.plots = false, .html = true});
  const std::string page = fflab::test::read_text(dir / "tests/index.html");
  CHECK(count_of(page, "<details id=\"run-") == 2);
  CHECK_THAT(page, Catch::Contains("tests/tiny_seeds</b> · completed · 2 seeds"));
  CHECK_THAT(page, Catch::Contains("<summary>per-epoch history, seed 1</summary>"));
  CHECK_THAT(page, Catch::Contains("<summary>per-epoch history, seed 2</summary>"));
  CHECK_THAT(page, Catch::Contains("href=\"tiny_seeds/summary.json\""));
}

TEST_CASE("figures are inside the page as SVG images", "[html][plot]") {
  if (gnuplot_missing()) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  TempDir dir;
  two_runs(dir.path());
  const auto written = write_reports(dir.path(), {.html = true});
  CHECK(written.size() == 13);
  const std::string page = fflab::test::read_text(dir / "tests/index.html");
  CHECK(count_of(page, "<img alt=") == 2);
  CHECK(count_of(page, "src=\"data:image/svg+xml;base64,PD94bWwg") == 2);  // "<?xml " in base64
}

namespace {

/// The check a test's copy of a page runs once everything has loaded; it
/// writes what the browser made of the page into the body as one line.
constexpr const char* kRenderCheck = R"(<script>
window.addEventListener('load', () => {
  const images = [...document.images];
  const rows = document.querySelectorAll('table')[0].rows;
  const link = document.querySelector('a[href="#run-1"]');
  const facts = [
    'images=' + images.length,
    // Decoded (a broken image has no natural size) and drawn at the page's width.
    'drawn=' + images.filter(i => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 600 &&
                                  i.getBoundingClientRect().height > 150).length,
    'rows=' + rows.length,
    'cells=' + rows[1].cells.length,
    'first=' + rows[1].cells[0].textContent,
    'details=' + document.querySelectorAll('details[id^="run-"]').length,
    'target=' + (link !== null && document.getElementById('run-1') !== null),
    'width=' + document.querySelector('table').getBoundingClientRect().width,
  ];
  const out = document.createElement('pre');
  out.id = 'render-check';
  out.textContent = 'CHECK ' + facts.join(' ') + ' END';
  document.body.appendChild(out);
});
</script>)";

}  // namespace

TEST_CASE("headless Chromium renders a study's page: table, both plots, run sections", "[html][plot][browser]") {
  if (!program_output({"chromium", "--version"}))
    FFLAB_SKIP("chromium is not installed (apt-get install chromium): the page was not rendered");
  if (gnuplot_missing()) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  TempDir dir;
  two_runs(dir.path());
  write_reports(dir.path(), {.html = true});
  std::string page = fflab::test::read_text(dir / "tests/index.html");
  page.insert(page.rfind("</body>"), kRenderCheck);
  fflab::test::write_text(dir / "tests/check.html", page);
  const auto dom = program_output({"chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                   "--user-data-dir=" + (dir / "profile").string(), "--virtual-time-budget=10000",
                                   "--dump-dom", "file://" + (dir / "tests/check.html").string()});
  REQUIRE(dom);
  const auto at = dom->find("<pre id=\"render-check\">CHECK ");
  REQUIRE(at != std::string::npos);
  const std::string facts = dom->substr(at, dom->find(" END</pre>", at) - at);
  INFO(facts);
  CHECK_THAT(facts, Catch::Contains("images=2 drawn=2 "));
  CHECK_THAT(facts, Catch::Contains(" rows=3 cells=11 first=tests/tiny "));
  CHECK_THAT(facts, Catch::Contains(" details=2 target=true "));
}

TEST_CASE("the committed tables, plot scripts, SVGs and pages are what fflab report writes from the committed records",
          "[html][plot][committed]") {
  if (gnuplot_missing()) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  const std::filesystem::path committed = std::filesystem::path(FFLAB_SOURCE_DIR) / "results";
  TempDir dir;
  std::filesystem::copy(committed, dir / "results", std::filesystem::copy_options::recursive);
  const auto written = write_reports(dir / "results", {.html = true});
  std::size_t compared = 0;
  for (const auto& file : written) {
    const auto ext = file.extension();
    if (ext == ".png" || ext == ".pdf") continue;  // drawn from the .gp compared here
    const auto relative = std::filesystem::relative(file, dir / "results");
    INFO("results/" << relative.generic_string() << ": regenerate with: fflab report results --html");
    REQUIRE(std::filesystem::exists(committed / relative));
    CHECK(fflab::test::read_text(committed / relative) == fflab::test::read_text(file));
    ++compared;
  }
  CHECK(compared > 50);
}
