// The stock fflab binary trains a rule it was built without: the target_mse
// rule of tests/support/target_mse_rule.hpp, built as a plugin
// (tests/support/plugins/), loaded with --plugin. The record says which plugin
// ran and equals, epoch by epoch, the record of the same manifest run in this
// test program with the rule registered directly. Broken plugins fail with
// one line naming the file and the fix.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/plugins.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/target_mse_rule.hpp"

using namespace fflab;
using fflab::test::TempDir;

namespace {

struct CliResult {
  int status;
  std::string out, err;
};

/// Runs the fflab binary with `arguments` in `dir`.
CliResult fflab_cli(const TempDir& dir, const std::string& arguments) {
  const std::string cmd = "cd '" + dir.path().string() + "' && '" FFLAB_CLI "' " + arguments + " > out.txt 2> err.txt";
  CliResult r;
  r.status = std::system(cmd.c_str());
  r.out = fflab::test::read_text(dir / "out.txt");
  r.err = fflab::test::read_text(dir / "err.txt");
  return r;
}

const std::string plugin = FFLAB_TARGET_MSE_PLUGIN;

}  // namespace

TEST_CASE("fflab --plugin trains a rule the binary was built without, and the record names the plugin", "[plugin]") {
  TempDir dir;
  fflab::test::write_text(dir / "m.json", fflab::test::target_mse_manifest().dump());

  // Without the plugin the rule is unknown.
  const CliResult unknown = fflab_cli(dir, "validate m.json");
  CHECK(unknown.status != 0);
  CHECK_THAT(unknown.err, Catch::Contains("/trainer/rule/type") && Catch::Contains("'target_mse'"));

  // With it: listed, valid (the option before or after the subcommand), trained.
  CHECK_THAT(fflab_cli(dir, "list --plugin '" + plugin + "'").out, Catch::Contains("target_mse"));
  CHECK(fflab_cli(dir, "--plugin '" + plugin + "' validate m.json").status == 0);
  CHECK(fflab_cli(dir, "validate m.json --plugin '" + plugin + "'").status == 0);
  // One file per --plugin: the manifest after it is not taken for a second plugin.
  const CliResult run = fflab_cli(dir, "run --plugin '" + plugin + "' m.json --results cli");
  INFO(run.err);
  REQUIRE(run.status == 0);
  const Json record = read_result_file(dir / "cli/tests/user_rule/record.json");
  REQUIRE(record.contains("plugins"));
  REQUIRE(record["plugins"].size() == 1);
  CHECK(record["plugins"][0]["path"] == std::filesystem::canonical(plugin).string());
  CHECK(record["plugins"][0]["registered"] == Json::array({"local rule target_mse"}));
  CHECK(record["plugins"][0]["fnv1a64"].get<std::string>().size() == 16);
  CHECK(record["trainer"]["rule"] == Json{{"type", "target_mse"}, {"feedback_scale", 3.0}});

  // The same manifest in this program, the rule registered directly: the same run.
  fflab::test::register_target_mse();
  RunOptions options;
  options.results_dir = dir / "direct";
  const Json direct = run_experiment(fflab::test::target_mse_manifest(), options);
  CHECK_FALSE(direct.contains("plugins"));
  CHECK(without_timings(record["epochs"]) == without_timings(direct["epochs"]));
  CHECK(record["final"] == direct["final"]);
  CHECK(record["final"]["test_error"].get<double>() < 20.0);  // chance: 66.7
}

TEST_CASE("broken plugins fail with one line naming the file and the fix", "[plugin]") {
  TempDir dir;
  const auto fails_with = [&](const std::string& arguments, const std::string& message) {
    const CliResult r = fflab_cli(dir, arguments + " list");
    INFO(arguments);
    CHECK(r.status != 0);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::StartsWith("fflab: plugin ") && Catch::Contains(message));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  };
  fails_with("--plugin absent.so", "absent.so: no such file; build it with fflab_add_plugin()");
  fails_with("--plugin '" FFLAB_NO_ENTRY_PLUGIN "'", "defines no extern \"C\" void fflab_plugin_register()");
  fails_with("--plugin '" FFLAB_CLASHING_PLUGIN "'", "fflab_plugin_register() failed: local rule 'dfa' is registered twice");
  fflab::test::write_text(dir / "not_a_library.so", "text");
  fails_with("--plugin not_a_library.so", "cannot load: ");
  fails_with("--plugin '" + plugin + "' --plugin '" + plugin + "'", "is given twice: load it once");
}

TEST_CASE("load_plugin refuses what it cannot load without changing the registries", "[plugin]") {
  CHECK_THROWS_AS(load_plugin("absent.so"), Error);
  CHECK_THROWS_WITH(load_plugin(FFLAB_NO_ENTRY_PLUGIN), Catch::Contains("defines no extern"));
  CHECK_THROWS_WITH(load_plugin(FFLAB_CLASHING_PLUGIN), Catch::Contains("'dfa' is registered twice"));
  CHECK(loaded_plugins().empty());
  CHECK(local_rule_registry().entries().at("dfa").help.find("a second dfa") == std::string::npos);
}
