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

#include "fflab/core/build_tag.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/experiment/plugin_build_tag.hpp"
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
  CHECK_FALSE(record.contains("program"));  // the stock binary: its components are built in or the plugin's
  CHECK(record["trainer"]["rule"] == Json{{"type", "target_mse"}, {"feedback_scale", 3.0}});

  // The same manifest in this program, the rule registered directly: the same run.
  fflab::test::register_target_mse();
  RunOptions options;
  options.results_dir = dir / "direct";
  const Json direct = run_experiment(fflab::test::target_mse_manifest(), options);
  CHECK_FALSE(direct.contains("plugins"));
  CHECK(direct["program"]["registered"] == Json::array({"local rule target_mse"}));  // registered by this program
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
  fails_with("--plugin '" FFLAB_UNTAGGED_PLUGIN "'",
             "carries no fflab build tag (it was not built with fflab_add_plugin()); build it with fflab_add_plugin()");
  // A plugin built with the other FFLAB_AVX2 setting: refused before it is loaded, naming the setting and the fix.
  const std::string avx2 = std::string(build_tag()).find("avx2=on") != std::string::npos ? "on" : "off";
  const std::string flipped = avx2 == "on" ? "off" : "on";
  fails_with("--plugin '" FFLAB_AVX2_FLIPPED_PLUGIN "'",
             "was built with avx2=" + flipped + ", this fflab with avx2=" + avx2 +
                 ": rebuild the plugin with -DFFLAB_AVX2=" + (avx2 == "on" ? "ON" : "OFF"));
  // Tagged as this build, but not a shared library.
  fflab::test::write_text(dir / "not_a_library.so",
                          std::string(FFLAB_PLUGIN_BUILD_TAG_MARKER) + build_tag() + "} text");
  fails_with("--plugin not_a_library.so", "cannot load: ");
  fails_with("--plugin '" + plugin + "' --plugin '" + plugin + "'", "is given twice: load it once");
}

TEST_CASE("load_plugin refuses what it cannot load without changing the registries", "[plugin]") {
  CHECK_THROWS_AS(load_plugin("absent.so"), Error);
  CHECK_THROWS_WITH(load_plugin(FFLAB_NO_ENTRY_PLUGIN), Catch::Contains("defines no extern"));
  CHECK_THROWS_WITH(load_plugin(FFLAB_CLASHING_PLUGIN), Catch::Contains("'dfa' is registered twice"));
  CHECK_THROWS_WITH(load_plugin(FFLAB_UNTAGGED_PLUGIN), Catch::Contains("carries no fflab build tag"));
  CHECK_THROWS_WITH(load_plugin(FFLAB_AVX2_FLIPPED_PLUGIN), Catch::Contains("rebuild the plugin with -DFFLAB_AVX2="));
  CHECK(loaded_plugins().empty());
  CHECK(local_rule_registry().entries().at("dfa").help.find("a second dfa") == std::string::npos);
}

TEST_CASE("a plugin's build tag is found in its bytes and compared setting by setting", "[plugin]") {
  const std::string host = "fflab=0.1.0;compiler=gcc 12.2;avx2=on;simd_alignment=32;asan=off";
  CHECK(build_tag_mismatch(host, host).empty());
  CHECK(build_tag_mismatch("fflab=0.1.0;compiler=gcc 12.2;avx2=on;simd_alignment=16;asan=off", host) ==
        "was built with simd_alignment=16, this fflab with simd_alignment=32: rebuild the plugin with the instruction "
        "set of this fflab (-DFFLAB_AVX2 as it was built; simd_alignment=32)");
  CHECK(build_tag_mismatch("fflab=0.1.0;compiler=gcc 12.2;avx2=on;simd_alignment=32;asan=on", host) ==
        "was built with asan=on, this fflab with asan=off: rebuild the plugin with -DFFLAB_SANITIZE=OFF");
  // The first difference in the host's order, a missing key included.
  CHECK_THAT(build_tag_mismatch("fflab=0.2.0;compiler=clang 15.0", host),
             Catch::StartsWith("was built with fflab=0.2.0, this fflab with fflab=0.1.0: rebuild the plugin with the "
                               "headers of fflab 0.1.0"));
  CHECK_THAT(build_tag_mismatch("fflab=0.1.0", host),
             Catch::StartsWith("was built with no compiler setting, this fflab with compiler=gcc 12.2"));
  // Same settings, one more of the plugin's own: still not this build.
  CHECK_THAT(build_tag_mismatch(host + ";extra=1", host), Catch::Contains("has build tag '"));

  const std::string marker = FFLAB_PLUGIN_BUILD_TAG_MARKER;
  CHECK(find_plugin_build_tag(std::string("\x7f" "ELF\0..", 6) + marker + "a=1;b=2}\0rest") == "a=1;b=2");
  CHECK_FALSE(find_plugin_build_tag("no tag here").has_value());
  CHECK_FALSE(find_plugin_build_tag(marker + "a=1;b=2").has_value());  // unterminated
  // The binary's own tag names this build's settings.
  CHECK_THAT(std::string(build_tag()),
             Catch::StartsWith("fflab=" FFLAB_VERSION ";plugin_abi=" FFLAB_TAG_STRINGIFY(FFLAB_PLUGIN_ABI) ";compiler="));
  // A plugin built against headers of another interface revision, same version.
  const std::string abi_host = "fflab=0.1.0;plugin_abi=2;compiler=gcc 12.2";
  CHECK(build_tag_mismatch("fflab=0.1.0;plugin_abi=1;compiler=gcc 12.2", abi_host) ==
        "was built with plugin_abi=1, this fflab with plugin_abi=2: rebuild the plugin with the headers of this fflab "
        "(their plugin interface is revision 2)");
  CHECK_THAT(build_tag_mismatch("fflab=0.1.0;compiler=gcc 12.2", abi_host),
             Catch::StartsWith("was built with no plugin_abi setting"));
  CHECK_THAT(std::string(build_tag()), Catch::Contains(";simd_alignment=") && Catch::Contains(";asan="));
}
