// What the plots draw: validation (never test) error and the running train
// error per epoch, several-seed runs as a mean with a band, small multiples
// for many runs, a test-error dot chart with the paper's number only where
// there is one, and a trainer's measure on request.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/report.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using namespace fflab;

namespace {

/// How often `needle` occurs in `text`.
std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

/// A completed record of `epochs` epochs: validation error 1.5 + epoch,
/// test error 77.25 (never to be drawn), train error 0.5 + epoch, measure
/// block0.loss 0.625 * epoch.
RunRecord record_named(const std::string& name, std::size_t epochs) {
  RunRecord r;
  r.name = name;
  r.status = "completed";
  for (std::size_t e = 1; e <= epochs; ++e) {
    EpochEntry entry;
    entry.epoch = e;
    entry.train_error = 0.5 + static_cast<double>(e);
    entry.validation_error = ErrorPercent(1.5 + static_cast<double>(e));
    entry.test_error = ErrorPercent(77.25);
    entry.measures = std::vector<std::pair<std::string, double>>{{"block0.loss", 0.625 * static_cast<double>(e)}};
    r.epochs.push_back(entry);
  }
  return r;
}

/// The part of a script before its first terminal (data and nothing drawn yet).
std::string data_part(const std::string& script) { return script.substr(0, script.find("set terminal")); }

/// The first picture's drawing commands of a script.
std::string first_picture(const std::string& script) {
  const auto begin = script.find("set terminal");
  return script.substr(begin, script.find("unset output", begin) - begin);
}

bool has_gnuplot() { return std::system("command -v gnuplot > /dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("learning curves draw validation and running train error, never test error", "[plot]") {
  const std::string script = learning_curves_script({{"ff_run", {record_named("ff_run", 3)}}}, "study", "curves");
  CHECK(script.find("77.25") == std::string::npos);
  CHECK_THAT(data_part(script), Catch::Contains("1 2.5 2.5 2.5\n2 3.5 3.5 3.5\n3 4.5 4.5 4.5\n"));  // validation
  CHECK_THAT(data_part(script), Catch::Contains("1 1.5 1.5 1.5\n2 2.5 2.5 2.5\n3 3.5 3.5 3.5\n"));  // train
  const std::string picture = first_picture(script);
  CHECK(occurrences(picture, "title 'ff\\_run'") == 1);  // the key names the run once
  CHECK_THAT(picture, Catch::Contains("title 'train (running, dropout on)'"));
  CHECK_THAT(picture, Catch::Contains("title 'validation (evaluated epochs)'"));
  CHECK(picture.find("filledcurves fs") == std::string::npos);  // one seed: no band
  CHECK(picture.find("set multiplot") == std::string::npos);
  CHECK(occurrences(script, "set terminal") == 3);
  CHECK_THAT(script, Catch::Contains("set terminal pdfcairo size 3.5in"));
  // One epoch: its train error, a line of one point, is an open circle.
  const std::string one = first_picture(learning_curves_script({{"r", {record_named("r", 1)}}}, "s", "curves"));
  CHECK_THAT(one, Catch::Contains("$c0_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2"));
}

TEST_CASE("a several-seed study draws each run's mean over seeds with a band, not 'no runs'", "[plot][seeds]") {
  fflab::test::TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  run_study(fflab::test::tiny_two_seed_manifest(), options);
  Json second = fflab::test::tiny_two_seed_manifest();
  second["name"] = "other";
  run_study(second, options);
  const auto runs = curve_runs(collect_result_files({dir / "tests"}));
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].name == "other");
  CHECK(runs[0].seeds.size() == 2);
  CHECK(runs[1].name == "tiny");
  CHECK(runs[1].seeds.size() == 2);

  const std::string script = learning_curves_script(runs, "tests", "curves");
  const std::string picture = first_picture(script);
  CHECK(script.find("no runs") == std::string::npos);
  CHECK(occurrences(picture, "with filledcurves fs transparent solid 0.18 noborder") == 2);  // a band a run
  CHECK(occurrences(picture, "title 'tiny (2 seeds)'") == 1);
  CHECK(occurrences(picture, "title 'other (2 seeds)'") == 1);
  CHECK_THAT(picture, Catch::Contains("title 'min-max over seeds'"));
  // The band runs from the lower to the higher seed; the line is their mean.
  double low = 100, high = 0;
  for (const auto& seed : runs[1].seeds) {
    low = std::min(low, **seed.epochs[0].validation_error);
    high = std::max(high, **seed.epochs[0].validation_error);
  }
  std::ostringstream row;
  row.precision(6);
  row << "1 " << (low + high) / 2 << " " << low << " " << high << "\n";
  CHECK_THAT(data_part(script), Catch::Contains(row.str()));

  if (!has_gnuplot()) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  write_reports(dir.path());
  const std::string gp = fflab::test::read_text(dir / "tests/curves.gp");
  CHECK(gp.find("no runs") == std::string::npos);
  CHECK(occurrences(first_picture(gp), "filledcurves fs transparent solid 0.18 noborder") == 2);
  for (const char* f : {"curves.svg", "curves.png", "curves.pdf", "errors.svg", "errors.png", "errors.pdf"})
    CHECK(std::filesystem::file_size(dir / "tests" / f) > 0);
  // cairo stamps the time into a PDF: rewritten, so a report drawn again is the same file.
  CHECK_THAT(fflab::test::read_text(dir / "tests/curves.pdf"), Catch::Contains("/CreationDate (D:19700101000000Z)"));
}

TEST_CASE("many runs are drawn as a grid of panels of up to 6 runs on one y scale", "[plot]") {
  std::vector<CurveRun> runs;
  for (int i = 0; i < 14; ++i) runs.push_back({"run" + std::to_string(i), {record_named("r", 2)}});
  const std::string picture = first_picture(learning_curves_script(runs, "many", "curves"));
  CHECK_THAT(picture, Catch::Contains("set multiplot title 'many'"));
  CHECK(occurrences(picture, "set origin") == 3);
  CHECK(occurrences(picture, "\nplot ") == 3);
  // 14 runs: panels of 5, 5 and 4, the fifth run closing the first.
  const auto second_panel = picture.find("set origin", picture.find("set origin") + 1);
  CHECK(picture.find("title 'run4'") < second_panel);
  CHECK(picture.find("title 'run5'") > second_panel);
  CHECK(occurrences(picture, "set yrange") <= 1);  // one scale, set before the panels
  CHECK(occurrences(picture, "title 'run13'") == 1);

  runs.resize(6);
  CHECK(first_picture(learning_curves_script(runs, "six", "curves")).find("multiplot") == std::string::npos);
}

TEST_CASE("small errors get a logarithmic y axis with 1-2-5 tics", "[plot]") {
  RunRecord r = record_named("r", 3);
  r.epochs[0].train_error = 0.0;  // 0 % to 4.5 %: the axis starts at 0.1 %
  r.epochs[1].train_error = 0.3;
  const std::string script = learning_curves_script({{"r", {r}}}, "t", "curves");
  CHECK_THAT(script, Catch::Contains("set logscale y\nset yrange [0.2:5]"));
  CHECK_THAT(script, Catch::Contains("set ytics ('0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5)"));
  // Large validation errors (above 10 %): linear, from 0, even when the train error falls to 0.
  RunRecord large = record_named("r", 3);
  for (auto& e : large.epochs) e.validation_error = ErrorPercent(40.0);
  large.epochs[2].train_error = 0.0;
  const std::string linear = learning_curves_script({{"r", {large}}}, "t", "curves");
  CHECK(linear.find("logscale") == std::string::npos);
  CHECK_THAT(linear, Catch::Contains("set yrange [0:"));
  // Errors within a factor of 8 of each other: linear.
  CHECK(learning_curves_script({{"r", {record_named("r", 3)}}}, "t", "curves").find("logscale") == std::string::npos);
}

TEST_CASE("the error chart draws the paper's number only where there is one", "[plot]") {
  ResultRow with_paper, without_paper;
  with_paper.run = "s/ours_with_paper";
  with_paper.procedure = "softmax";
  with_paper.test = {3, 1.4, 0.05};
  with_paper.paper_test = 1.36;
  without_paper.run = "s/ours_alone";
  without_paper.test = {1, 2.0, 0.0};
  const std::string script = bars_script({with_paper, without_paper}, "s", "errors");
  CHECK_THAT(script, Catch::Contains("\"ours\\\\_with\\\\_paper softmax\" 1.4 0.05 1.36\n"));
  CHECK_THAT(script, Catch::Contains("\"ours\\\\_alone\" 2 0 NaN\n"));  // no paper point, no empty slot
  const std::string picture = first_picture(script);
  CHECK(occurrences(picture, "title 'paper'") == 1);
  CHECK_THAT(picture, Catch::Contains("with xerrorbars"));
  // 1.36 to 2.0: a linear axis zoomed to them, not one from 0.
  CHECK(picture.find("set xrange [0:") == std::string::npos);
  CHECK_THAT(picture, Catch::Contains("set xrange [1."));

  const std::string alone = first_picture(bars_script({without_paper}, "s", "errors"));
  CHECK(alone.find("paper") == std::string::npos);
  CHECK(alone.find("std over seeds") == std::string::npos);  // one seed: no bars to explain

  ResultRow chance = without_paper;
  chance.test = {1, 90.0, 0.0};
  CHECK_THAT(bars_script({with_paper, chance}, "s", "errors"), Catch::Contains("set logscale x"));
  // A run that diverged has a row that says so, and no dot.
  ResultRow diverged = without_paper;
  diverged.test = {};
  diverged.status = "diverged";
  CHECK_THAT(bars_script({with_paper, diverged}, "s", "errors"),
             Catch::Contains("\"ours\\\\_alone (diverged)\" NaN 0 NaN\n"));
}

TEST_CASE("fflab plot --measure draws the trainer's measure per epoch, and names the ones there are when absent",
          "[plot]") {
  std::vector<CurveRun> runs = {{"ff_run", {record_named("ff_run", 2)}}, {"bp_run", {RunRecord{}}}};
  runs[1].seeds[0].epochs.push_back(EpochEntry{});
  const std::string script = measure_script(runs, "block0.loss", "t: block0.loss", "measure-block0.loss");
  CHECK_THAT(data_part(script), Catch::Contains("1 0.625 0.625 0.625\n2 1.25 1.25 1.25\n"));
  CHECK(occurrences(first_picture(script), "title 'ff\\_run'") == 1);
  CHECK(script.find("bp\\_run") == std::string::npos);  // a run without the measure is left out
  CHECK_THAT(first_picture(script), Catch::Contains("set ylabel 'block0.loss'"));
  CHECK_THROWS_WITH(measure_script(runs, "softmax_head.loss", "t", "m"),
                    "no run here records the measure 'softmax_head.loss'; the measures recorded: block0.loss");
  if (!has_gnuplot()) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  fflab::test::TempDir dir;
  render_plot(dir.path(), "measure-block0.loss", script);
  CHECK(std::filesystem::file_size(dir / "measure-block0.loss.png") > 0);
}

TEST_CASE("fflab plot --measure puts losses that span decades on a log axis and names runs whose measure is 0 "
          "throughout instead of drawing them",
          "[plot]") {
  auto with_losses = [](const std::string& name, std::vector<double> losses) {
    RunRecord r = record_named(name, losses.size());
    for (std::size_t i = 0; i < losses.size(); ++i)
      r.epochs[i].measures = std::vector<std::pair<std::string, double>>{{"block0.loss", losses[i]}};
    return r;
  };
  const std::vector<CurveRun> runs = {{"ff", {with_losses("ff", {24.0, 3.0, 0.5})}},
                                      {"heads", {with_losses("heads", {0.02, 0.0001, 0.0})}},
                                      {"dfa", {with_losses("dfa", {0.0, 0.0, 0.0})}}};
  const std::string script = measure_script(runs, "block0.loss", "t", "m");
  const std::string picture = first_picture(script);
  CHECK_THAT(picture, Catch::Contains("set logscale y"));  // 1e-4 to 24; the heads' last 0 falls below the axis
  CHECK(occurrences(picture, "title 'heads'") == 1);
  CHECK(picture.find("title 'dfa'") == std::string::npos);
  CHECK_THAT(script, Catch::Contains("0 at every epoch, not drawn: dfa"));
  // Losses of one scale keep a linear axis; a study of zeros alone is drawn as it is.
  const CurveRun flat = {"flat", {with_losses("flat", {3.0, 2.0, 1.5})}};
  CHECK(first_picture(measure_script({flat}, "block0.loss", "t", "m")).find("logscale") == std::string::npos);
  CHECK(occurrences(first_picture(measure_script({runs[2]}, "block0.loss", "t", "m")), "title 'dfa'") == 1);
}

TEST_CASE("a summary's seed records are read only below its folder; a measure's name is inert text", "[plot][seeds]") {
  fflab::test::TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  run_study(fflab::test::tiny_two_seed_manifest(), options);
  const auto summary_file = dir / "tests/tiny/summary.json";
  Json summary = Json::parse(fflab::test::read_text(summary_file));
  summary["runs"] = Json::array({"../tiny/seed-2/record.json", "/etc/record.json", "seed-1/record.json"});
  fflab::test::write_text(summary_file, summary.dump());
  const auto runs = curve_runs({summary_file});
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].seeds.size() == 1);  // only seed-1: the others leave the folder

  RunRecord r = record_named("r", 2);
  const std::string hostile = "m`touch pwned`'\n!x";
  for (auto& e : r.epochs) e.measures = std::vector<std::pair<std::string, double>>{{hostile, 1.0}};
  const std::string script = measure_script({{"r", {r}}}, hostile, "t: " + hostile, "measure-m");
  CHECK(script.find('`') == std::string::npos);
  CHECK(script.find("\n!x") == std::string::npos);
  CHECK_THAT(script, Catch::Contains("set ylabel 'm?touch pwned?" "?!x'"));
}
