// The fflab binary on bad command lines: one line naming the problem and the
// fix, a non-zero exit, nothing written.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using fflab::test::TempDir;

namespace {

struct Outcome {
  int exit_code;
  std::string out, err;
};

/// Runs `fflab <args>` in `dir`, capturing its output.
Outcome fflab_in(const TempDir& dir, const std::string& args) {
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  REQUIRE(bin != nullptr);
  const std::string command = "cd '" + dir.path().string() + "' && '" + std::string(bin) + "/lib/fflab' " + args +
                              " > out.txt 2> err.txt";
  const int status = std::system(command.c_str());
  Outcome o{WIFEXITED(status) ? WEXITSTATUS(status) : -1, fflab::test::read_text(dir / "out.txt"),
            fflab::test::read_text(dir / "err.txt")};
  std::filesystem::remove(dir / "out.txt");
  std::filesystem::remove(dir / "err.txt");
  return o;
}

}  // namespace

TEST_CASE("fflab run refuses a --results that is a file before it starts", "[cli]") {
  TempDir dir;
  fflab::test::write_text(dir / "m.json", fflab::test::tiny_manifest().dump());
  fflab::test::write_text(dir / "afile", "");
  Outcome o = fflab_in(dir, "run m.json --results afile");
  CHECK(o.exit_code != 0);
  CHECK(o.out.empty());  // refused before the run started
  CHECK(o.err == "fflab: afile: is a file, not a folder, on the way to the run's folder afile/tests/tiny; "
                 "give --results a folder (made if missing) or move the file away\n");
  // A file where the study's folder goes below --results.
  std::filesystem::create_directories(dir / "results");
  fflab::test::write_text(dir / "results/tests", "");
  o = fflab_in(dir, "run m.json --results results");
  CHECK(o.exit_code != 0);
  CHECK(o.out.empty());
  CHECK(o.err == "fflab: results/tests: is a file, not a folder, on the way to the run's folder results/tests/tiny; "
                 "give --results a folder (made if missing) or move the file away\n");
  CHECK(std::filesystem::is_regular_file(dir / "results/tests"));
}

TEST_CASE("an unknown command is named, with the commands there are", "[cli]") {
  TempDir dir;
  const std::string known = "known: run, evaluate, validate, list, table, plot, report, status\n";
  Outcome o = fflab_in(dir, "frobnicate");
  CHECK(o.exit_code != 0);
  CHECK(o.out.empty());
  CHECK(o.err == "fflab: unknown command 'frobnicate'; " + known);
  o = fflab_in(dir, "tabel results");
  CHECK(o.exit_code != 0);
  CHECK(o.err == "fflab: unknown command 'tabel' (did you mean 'table'?); " + known);
  o = fflab_in(dir, "--plugin x.so frobnicate");  // the plugin is loaded only once the command is known
  CHECK(o.err == "fflab: unknown command 'frobnicate'; " + known);
  // No command at all: the usage, and what is missing.
  o = fflab_in(dir, "");
  CHECK(o.exit_code != 0);
  CHECK_THAT(o.out, Catch::StartsWith("fflab: backpropagation vs Forward-Forward experiments") && Catch::Contains("status"));
  CHECK(o.err == "fflab: no command given; " + known);
  // A known command still parses as before.
  o = fflab_in(dir, "--help");
  CHECK(o.exit_code == 0);
  CHECK_THAT(o.out, Catch::Contains("Subcommands:"));
}

TEST_CASE("fflab plot names --output when it is a file", "[cli]") {
  TempDir dir;
  fflab::test::write_text(dir / "m.json", fflab::test::tiny_manifest().dump());
  REQUIRE(fflab_in(dir, "run m.json --results results").exit_code == 0);
  fflab::test::write_text(dir / "afile", "x");
  const Outcome o = fflab_in(dir, "plot results --output afile");
  CHECK(o.exit_code != 0);
  CHECK(o.out.empty());
  CHECK(o.err == "fflab: --output afile is a file; --output names a folder (made if missing) for curves.* and errors.*\n");
  CHECK(fflab::test::read_text(dir / "afile") == "x");
}

TEST_CASE("fflab plot --measure takes one name each, before or after the records; an unrecorded one writes nothing",
          "[cli][plot]") {
  if (std::system("command -v gnuplot > /dev/null 2>&1") != 0) FFLAB_SKIP("gnuplot is not installed (apt-get install gnuplot-nox)");
  TempDir dir;
  fflab::test::write_text(dir / "m.json", fflab::test::tiny_manifest().dump());
  REQUIRE(fflab_in(dir, "run m.json --results results").exit_code == 0);
  Outcome o = fflab_in(dir, "plot --measure nope results --output plots");
  CHECK(o.exit_code == 1);
  CHECK(o.err == "fflab: no run here records the measure 'nope'; these runs record no measures\n");
  CHECK(!std::filesystem::exists(dir / "plots"));
  // A record with a measure (as a Forward-Forward trainer writes them).
  const auto record_file = dir / "results/tests/tiny/record.json";
  fflab::Json record = fflab::Json::parse(fflab::test::read_text(record_file));
  for (auto& e : record["epochs"]) e["measures"] = {{"block0.loss", 0.8125}};
  fflab::test::write_text(record_file, record.dump());
  o = fflab_in(dir, "plot --measure block0.loss results --output plots");
  INFO(o.err);
  CHECK(o.exit_code == 0);
  CHECK_THAT(o.out, Catch::Contains("wrote plots/measure-block0.loss.{svg,png,pdf}"));
  CHECK_THAT(fflab::test::read_text(dir / "plots/measure-block0.loss.gp"), Catch::Contains("1 0.8125 0.8125 0.8125\n"));
}

TEST_CASE("a failed fflab command prints one line naming the file, exit 2 for a broken manifest, 1 otherwise",
          "[cli]") {
  TempDir dir;
  fflab::Json bad = fflab::test::tiny_manifest();
  bad["trainer"]["epochs"] = 0;
  fflab::test::write_text(dir / "bad.json", bad.dump());
  Outcome o = fflab_in(dir, "run bad.json");
  CHECK(o.exit_code == 2);
  CHECK_THAT(o.err, Catch::StartsWith("fflab: bad.json: /trainer/epochs:"));
  CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);

  // A valid manifest whose data is missing: the error names the data's file.
  fflab::Json no_data = fflab::test::tiny_manifest();
  std::filesystem::create_directories(dir / "empty");
  no_data["dataset"] = {{"type", "mnist"}, {"path", "empty"}};
  fflab::test::write_text(dir / "no_data.json", no_data.dump());
  o = fflab_in(dir, "run no_data.json");
  CHECK(o.exit_code == 1);
  CHECK(o.err == "fflab: " + (dir / "empty/train-images-idx3-ubyte").string() +
                     ": file not found; run lib/scripts/fetch-data.sh mnist or set dataset.path\n");
  CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);

  // Outside `run` there is no manifest to name.
  o = fflab_in(dir, "status absent");
  CHECK(o.exit_code == 1);
  CHECK(o.err == "fflab: absent: no such results folder\n");
}

TEST_CASE("fflab evaluate classifies with a run's model on the splits asked for, validation by default", "[cli]") {
  TempDir dir;
  fflab::test::write_text(dir / "m.json", fflab::test::tiny_manifest().dump());
  Outcome o = fflab_in(dir, "evaluate m.json");
  CHECK(o.exit_code == 1);
  CHECK_THAT(o.err, Catch::StartsWith("fflab: results/tests/tiny/model.bin: no trained model here"));
  CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);

  REQUIRE(fflab_in(dir, "run m.json").exit_code == 0);
  const fflab::Json record = fflab::Json::parse(fflab::test::read_text(dir / "results/tests/tiny/record.json"));
  char expected[64];
  std::snprintf(expected, sizeof expected, "softmax (primary) %10.2f %%\n",
                record["final"]["validation_error"].get<double>());
  o = fflab_in(dir, "evaluate m.json");
  CHECK(o.exit_code == 0);
  CHECK(o.out == "model results/tests/tiny/model.bin: seed 3, weights after epoch 3 of 3\n"
                 "procedure" + std::string(11, ' ') + "validation\n" + std::string(expected));

  o = fflab_in(dir, "evaluate m.json --split validation --split test");
  CHECK(o.exit_code == 0);
  CHECK_THAT(o.out, Catch::Contains("procedure" + std::string(11, ' ') + "validation" + std::string(9, ' ') + "test\n"));
  // --output keeps the numbers with what produced them.
  o = fflab_in(dir, "evaluate m.json --split test --output e.json");
  CHECK(o.exit_code == 0);
  CHECK_THAT(o.out, Catch::EndsWith("wrote e.json\n"));
  const fflab::Json kept = fflab::Json::parse(fflab::test::read_text(dir / "e.json"));
  CHECK(kept["kind"] == "evaluation");
  CHECK(kept["errors"]["softmax"]["test"] == record["final"]["test_error"]);
  CHECK(kept["splits"] == fflab::Json::array({"test"}));
  CHECK(kept["model"]["file"] == (dir / "results/tests/tiny/model.bin").string());
  CHECK(kept["model"]["bytes"].get<std::size_t>() > 0);
  CHECK(kept["model"]["source"] == record["source"]);  // the code that wrote the model
  CHECK(kept["model"]["epochs_done"] == 3);
  CHECK(kept["model"]["trained_by"]["name"] == "tiny");
  CHECK(kept["manifest"]["evaluation"]["primary"] == "softmax");
  CHECK(kept["source"].contains("commit"));
  CHECK(kept["machine"].contains("cpu"));
  o = fflab_in(dir, "evaluate m.json --split valid");
  CHECK(o.exit_code != 0);
  CHECK_THAT(o.err, Catch::Contains("valid not in"));
  o = fflab_in(dir, "evaluate m.json --split test --split test");
  CHECK(o.exit_code == 1);
  CHECK(o.err == "fflab: the split \"test\" is named twice: name it once\n");
  o = fflab_in(dir, "evaluate m.json --model results/tests/tiny/model.bin --split test");
  CHECK(o.exit_code == 0);
  CHECK_THAT(o.out, Catch::StartsWith("model results/tests/tiny/model.bin: seed 3, weights after epoch 3 of 3\n"));
  o = fflab_in(dir, "evaluate m.json --model results/tests/tiny/model.bin --seed 3");
  CHECK(o.exit_code == 1);
  CHECK_THAT(o.err, Catch::Contains("leave --seed out"));
  o = fflab_in(dir, "evaluate m.json --seed 2");
  CHECK(o.exit_code == 1);  // a command-line mistake, not a broken manifest
  CHECK_THAT(o.err, Catch::StartsWith("fflab: --seed picks a model"));
  // --output is checked before any work: not over a run's own files, not into a missing folder.
  o = fflab_in(dir, "evaluate m.json --output results/tests/tiny/record.json");
  CHECK(o.exit_code == 1);
  CHECK(o.out.empty());
  CHECK_THAT(o.err, Catch::Contains("would replace a run's record"));
  o = fflab_in(dir, "evaluate m.json --output absent/e.json");
  CHECK(o.exit_code == 1);
  CHECK(o.out.empty());
  CHECK_THAT(o.err, Catch::Contains("no folder absent; make it first"));
  // Nor over any other file, such as the manifest; an earlier evaluation record may be written again.
  const std::string manifest_text = fflab::test::read_text(dir / "m.json");
  o = fflab_in(dir, "evaluate m.json --output m.json");
  CHECK(o.exit_code == 1);
  CHECK(o.out.empty());
  CHECK(o.err == "fflab: --output m.json exists and is not an evaluation record of fflab evaluate (a manifest?): "
                 "name a new file, or remove that one first\n");
  CHECK(fflab::test::read_text(dir / "m.json") == manifest_text);
  o = fflab_in(dir, "evaluate m.json --split test --output e.json");
  CHECK(o.exit_code == 0);
  CHECK_THAT(o.out, Catch::EndsWith("wrote e.json\n"));
}

TEST_CASE("fflab validate checks every manifest it is given and names each broken one", "[cli]") {
  TempDir dir;
  fflab::Json good = fflab::test::tiny_manifest();
  fflab::test::write_text(dir / "good.json", good.dump());
  fflab::Json bad = good;
  bad["trainer"]["epochs"] = 0;
  fflab::test::write_text(dir / "bad.json", bad.dump());
  fflab::test::write_text(dir / "cut.json", "{\"study\": ");
  const std::string valid = ": valid (the data loaded, the network, trainer and evaluation built)\n";

  Outcome o = fflab_in(dir, "validate good.json");
  CHECK(o.exit_code == 0);
  CHECK(o.out == "good.json" + valid);

  // A broken manifest among good ones: all are checked, the broken one is
  // named in its error line, and the exit code says a manifest is broken.
  o = fflab_in(dir, "validate good.json bad.json good.json");
  CHECK(o.exit_code == 2);
  CHECK(o.out == "good.json" + valid + "good.json" + valid);
  CHECK_THAT(o.err, Catch::StartsWith("fflab: bad.json: /trainer/epochs:"));
  CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);

  // A file that is not JSON, or not there, is named once in its line.
  o = fflab_in(dir, "validate cut.json good.json absent.json");
  CHECK(o.exit_code == 2);
  CHECK(o.out == "good.json" + valid);
  CHECK_THAT(o.err, Catch::StartsWith("fflab: cut.json: "));
  CHECK_THAT(o.err, Catch::Contains("\nfflab: absent.json: manifest: cannot open this file: check the path\n"));
  CHECK(o.err.find("cut.json", 8) == std::string::npos);

  // A valid manifest whose dataset is missing is another kind of failure: 1,
  // unless a broken manifest is among the files.
  fflab::Json no_data = good;
  std::filesystem::create_directories(dir / "empty");
  no_data["dataset"] = {{"type", "mnist"}, {"path", "empty"}};
  fflab::test::write_text(dir / "no_data.json", no_data.dump());
  o = fflab_in(dir, "validate no_data.json good.json");
  CHECK(o.exit_code == 1);
  CHECK_THAT(o.err, Catch::StartsWith("fflab: no_data.json: ") && Catch::Contains("empty"));
  CHECK(fflab_in(dir, "validate no_data.json bad.json").exit_code == 2);
}

TEST_CASE("a full disk is an error, never a silent empty file: --output and standard output", "[cli]") {
  TempDir dir;
  fflab::test::write_text(dir / "m.json", fflab::test::tiny_manifest().dump());
  REQUIRE(fflab_in(dir, "run m.json").exit_code == 0);
  Outcome o = fflab_in(dir, "table results --output /dev/full");
  CHECK(o.exit_code == 1);
  CHECK(o.err == "fflab: cannot write /dev/full: No space left on device\n");
  o = fflab_in(dir, "table results --output table.md");
  CHECK(o.exit_code == 0);
  CHECK(fflab::test::read_text(dir / "table.md") == o.out);
  // Standard output on a full disk: fflab_in's own redirection is replaced by /dev/full.
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  const std::string command = "cd '" + dir.path().string() + "' && '" + std::string(bin) +
                              "/lib/fflab' table results > /dev/full 2> err.txt";
  const int status = std::system(command.c_str());
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(fflab::test::read_text(dir / "err.txt") == "fflab: cannot write standard output: No space left on device\n");
}
