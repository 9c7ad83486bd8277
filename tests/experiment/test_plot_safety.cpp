// Plots of someone else's results folder run nothing: folder names and run
// names reach gnuplot only as inert text, and gnuplot is started without a
// shell, whatever the folder's path holds.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/report.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using namespace fflab;

namespace {

/// Every file below `dir` and in the working folder whose name starts with "pwned".
std::vector<std::string> pwned_files(const std::filesystem::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.path().filename().string().rfind("pwned", 0) == 0) found.push_back(e.path().string());
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::current_path()))
    if (e.path().filename().string().rfind("pwned", 0) == 0) found.push_back(e.path().string());
  return found;
}

}  // namespace

TEST_CASE("hostile study folder, run and title names plot as text and run no command", "[plot]") {
  if (std::system("command -v gnuplot > /dev/null 2>&1") != 0)
    FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  fflab::test::TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  run_experiment(fflab::test::tiny_manifest(), options);
  const std::string study = "s'$(touch pwned_shell)'`touch pwned_backquote`\"x";
  std::filesystem::rename(dir / "tests", dir / study);
  const auto record_file = dir / study / "tiny/record.json";
  Json record = Json::parse(fflab::test::read_text(record_file));
  record["name"] = "run`touch pwned_name`\nEOD\n!touch pwned_data\n$x";
  fflab::test::write_text(record_file, record.dump());

  const auto written = write_reports(dir.path());
  CHECK(pwned_files(dir.path()).empty());
  CHECK(std::filesystem::exists(dir / study / "curves.svg"));
  CHECK(std::filesystem::exists(dir / study / "errors.png"));
  const std::string curves = fflab::test::read_text(dir / study / "curves.gp");
  CHECK_THAT(curves, Catch::Contains("set title 's?" "?(touch pwned\\_shell)??touch pwned\\_backquote??x: learning curves'"));
  CHECK_THAT(curves, Catch::Contains("title 'run?touch pwned\\_name??EOD?!touch pwned\\_data??x'"));

  // fflab plot --output and --title: the output folder and the title are just as inert.
  const auto out = dir / "out'$(touch pwned_out)'`touch pwned_out2`";
  std::filesystem::create_directories(out);
  render_plot(out, "curves", curves_script({record}, "t'`touch pwned_title`", "curves"));
  CHECK(pwned_files(dir.path()).empty());
  CHECK(std::filesystem::exists(out / "curves.svg"));
  CHECK(!std::filesystem::exists(out / "curves.log"));
}

TEST_CASE("a gnuplot error names the script and keeps its log", "[plot]") {
  if (std::system("command -v gnuplot > /dev/null 2>&1") != 0)
    FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  fflab::test::TempDir dir;
  CHECK_THROWS_WITH(render_plot(dir.path(), "bad", "this is not gnuplot\n"),
                    "gnuplot failed on " + (dir / "bad.gp").string() + " (see " + (dir / "bad.log").string() + ")");
  CHECK(!fflab::test::read_text(dir / "bad.log").empty());
}
