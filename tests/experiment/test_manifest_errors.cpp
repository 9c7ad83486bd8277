// Broken manifests: each gives one ConfigError naming the JSON pointer of the
// bad key and what to do.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

#include "fflab/core/errors.hpp"
#include "fflab/eval/registry.hpp"
#include "fflab/eval/softmax_evaluator.hpp"
#include "fflab/experiment/manifest.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"

using namespace fflab;
using fflab::test::tiny_manifest;

namespace {

struct Broken {
  const char* what;
  Json manifest;
  const char* pointer;
  const char* message_part;
};

Json with(const std::string& pointer, Json value) {
  Json m = tiny_manifest();
  m[nlohmann::ordered_json::json_pointer(pointer)] = std::move(value);
  return m;
}

Json with(const std::string& pointer, Json value, const std::string& pointer2, Json value2) {
  Json m = with(pointer, std::move(value));
  m[nlohmann::ordered_json::json_pointer(pointer2)] = std::move(value2);
  return m;
}

Json without(const std::string& parent, const std::string& key) {
  Json m = tiny_manifest();
  if (parent.empty()) m.erase(key);
  else m[nlohmann::ordered_json::json_pointer(parent)].erase(key);
  return m;
}

}  // namespace

TEST_CASE("the tiny manifest is valid and gets its defaults filled", "[manifest]") {
  Json m = tiny_manifest();
  resolve_manifest(m);
  CHECK(m["evaluation"]["primary"] == "softmax");
  CHECK(m["trainer"]["loss"]["type"] == "softmax_cross_entropy");
  CHECK(m["trainer"]["schedule"]["type"] == "constant");
  CHECK(m["network"]["layers"][0].contains("bias"));
  CHECK(m["trainer"]["optimizer"].contains("weight_decay"));
  Json again = m;
  resolve_manifest(again);
  CHECK(again == m);  // resolving is idempotent
}

TEST_CASE("broken manifests name the bad key and the fix", "[manifest]") {
  const std::vector<Broken> cases = {
      {"misspelt top-level key", with("/seeed", 4), "/seeed", "did you mean \"seed\"?"},
      {"missing trainer", without("", "trainer"), "/trainer", "missing required key \"trainer\""},
      {"seed of the wrong type", with("/seed", "four"), "/seed", "expected an integer, got a string"},
      {"zero threads", with("/threads", 0), "/threads", "out of range: must be >= 1"},
      {"unknown dataset", with("/dataset/type", "mnsit"), "/dataset/type", "did you mean 'mnist'?"},
      {"unknown layer", with("/network/layers/1/type", "rleu"), "/network/layers/1/type", "did you mean 'relu'?"},
      {"misspelt layer key", with("/network/layers/0/unit", 5), "/network/layers/0/unit", "did you mean \"units\"?"},
      {"negative units", with("/network/layers/0/units", -5), "/network/layers/0/units", "out of range"},
      {"no layers", with("/network/layers", Json::array()), "/network/layers", "at least one layer"},
      {"zero epochs", with("/trainer/epochs", 0), "/trainer/epochs", "out of range: must be >= 1"},
      {"fractional batch size", with("/trainer/batch_size", 2.5), "/trainer/batch_size", "expected an integer"},
      {"unknown optimizer", with("/trainer/optimizer/type", "adamw"), "/trainer/optimizer/type", "did you mean 'adam'?"},
      {"negative learning rate", with("/trainer/optimizer/lr", -0.1), "/trainer/optimizer/lr", "out of range"},
      {"unknown loss", with("/trainer/loss", Json{{"type", "crossentropy"}}), "/trainer/loss/type", "unknown loss"},
      {"unknown schedule key", with("/trainer/schedule", Json{{"type", "step"}, {"gama", 0.5}}),
       "/trainer/schedule/gama", "did you mean \"gamma\"?"},
      {"unknown trainer", with("/trainer/type", "forward-forward"), "/trainer/type", "known:"},
      {"trainer without type", without("/trainer", "type"), "/trainer", "missing key \"type\""},
      {"unknown evaluation procedure", with("/evaluation", Json{{"procedures", Json::array({Json{{"type", "argmax"}}})}}),
       "/evaluation/procedures/0/type", "unknown evaluator 'argmax'"},
      {"primary procedure not listed", with("/evaluation", Json{{"primary", "goodness"}}), "/evaluation/primary",
       "is not among the procedures"},
      {"evaluation interval 0", with("/evaluation", Json{{"every_epoch", 0}}), "/evaluation/every_epoch",
       "expected true, false or an integer >= 1"},
      {"evaluation interval as text", with("/evaluation", Json{{"every_epoch", "5"}}), "/evaluation/every_epoch",
       "got \"5\""},
      {"study that is not a folder name", with("/study", "../escape"), "/study", "cannot name a results folder"},
      {"dataset not an object", with("/dataset", "mnist"), "/dataset", "expected an object"},
      {"validation split out of range", with("/dataset/validation", -1), "/dataset/validation", "out of range"},
      {"dropout rate of 1", with("/network/layers/1", Json{{"type", "dropout"}, {"rate", 1.0}}), "/network/layers/1/rate",
       "must be < 1"},
      {"even receptive field", with("/network/layers/0", Json{{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 4}}),
       "/network/layers/0/kernel", "use an odd size"},
      {"paper numbers for an unknown procedure",
       with("/paper", Json{{"source", "p"}, {"procedures", {{"goodnes_every_label", {{"test_error", 41}}}}}}),
       "/paper/procedures/goodnes_every_label", "is not among the evaluation procedures; paper numbers go by"},
      {"misspelt key in a procedure's paper numbers",
       with("/paper", Json{{"source", "p"}, {"procedures", {{"one_pass_softmax", {{"test_eror", 45}}}}}}),
       "/paper/procedures/one_pass_softmax/test_eror", "did you mean \"test_error\"?"},
      {"epochs beyond 64 bits", with("/trainer/epochs", 1e20), "/trainer/epochs",
       "value 1e+20 is out of range: must be >= 1 and <= 9223372036854775807"},
      {"seed beyond 64 bits", with("/seed", Json::parse("99999999999999999999")), "/seed",
       "value 1e+20 is out of range: must be >= 0 and <= 9223372036854775807"},
      {"seed in a list beyond int64", with("/seeds", Json::parse("[1, 18446744073709551615]")), "/seeds/1",
       "expected an integer seed >= 0 and <= 9223372036854775807, got an integer (18446744073709551615)"},
      {"jitter that would wrap", with("/trainer/jitter", Json::parse("4294967297")), "/trainer/jitter",
       "value 4294967297 is out of range: must be >= 0 and <= 255"},
      {"two billion units", with("/network/layers/0/units", 2000000000), "/network/layers/0/units",
       "value 2000000000 is out of range: must be >= 1 and <= 1000000"},
      {"units that would wrap", with("/network/layers/0/units", Json::parse("4294967299")), "/network/layers/0/units",
       "value 4294967299 is out of range"},
      {"a kernel that would wrap",
       with("/network/layers/0", Json{{"type", "locally_connected"}, {"units_per_location", 3},
                                      {"kernel", Json::parse("4294967299")}}),
       "/network/layers/0/kernel", "value 4294967299 is out of range: must be >= 1 and <= 255"},
      {"a procedure name that is not a string",
       with("/evaluation", Json{{"procedures", Json::array({Json{{"type", "softmax"}, {"name", 3}}})}}),
       "/evaluation/procedures/0/name", "expected a string naming the procedure in the record"},
      {"a procedure name with a space",
       with("/evaluation", Json{{"procedures", Json::array({Json{{"type", "softmax"}, {"name", "soft max"}}})}}),
       "/evaluation/procedures/0/name",
       "\"soft max\" cannot name a procedure: use letters, digits, '_', '.' and '-', starting with a letter or digit"},
      {"paper numbers for a procedure by type when it has a name",
       with("/evaluation", Json{{"procedures", Json::array({Json{{"type", "softmax"}, {"name", "readout"}}})}},
            "/paper", Json{{"source", "p"}, {"procedures", {{"softmax", {{"test_error", 1}}}}}}),
       "/paper/procedures/softmax", "paper numbers go by a procedure's name (its type unless it has a \"name\"): "
                                    "choose one of: readout"},
      {"primary naming a procedure's type when it has a name",
       with("/evaluation", Json{{"procedures", Json::array({Json{{"type", "softmax"}, {"name", "readout"}}})},
                                {"primary", "softmax"}}),
       "/evaluation/primary", "choose one of: readout"},
      {"an empty dataset path", with("/dataset", Json{{"type", "mnist"}, {"path", ""}}), "/dataset/path",
       "an empty path; give the data's directory, or null"},
      {"an empty CIFAR-10 path", with("/dataset", Json{{"type", "cifar10"}, {"path", ""}}), "/dataset/path",
       "an empty path"},
      {"a misspelt procedure name key",
       with("/evaluation", Json{{"procedures", Json::array({Json{{"type", "softmax"}, {"nmae", "x"}}})}}),
       "/evaluation/procedures/0/nmae", "did you mean \"name\"?"},
      {"a name with a NUL", with("/name", std::string("a\0b", 3)), "/name",
       "\"a\\u0000b\" cannot name a results folder"},
  };
  REQUIRE(cases.size() >= 15);
  for (const auto& c : cases) {
    INFO(c.what);
    Json m = c.manifest;
    try {
      resolve_manifest(m);
      FAIL("no error for: " << c.what);
    } catch (const ConfigError& e) {
      CHECK(e.pointer() == c.pointer);
      CHECK_THAT(e.what(), Catch::StartsWith(std::string(c.pointer) + ": "));
      CHECK_THAT(e.what(), Catch::Contains(c.message_part));
      CHECK(std::string(e.what()).find('\n') == std::string::npos);  // one line
    }
  }
}

TEST_CASE("manifest files: a key given twice is refused, naming its pointer", "[manifest]") {
  fflab::test::TempDir dir;
  std::string text = tiny_manifest().dump();
  text.insert(1, "\"threads\": 2, ");  // {"threads": 2, "study": ..., "threads": 1, ...}
  fflab::test::write_text(dir / "twice.json", text);
  try {
    load_manifest(dir / "twice.json");
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(e.pointer() == "/threads");
    CHECK(std::string(e.what()) == "/threads: key given twice; keep one");
  }
  Json layers = tiny_manifest();
  layers["network"]["layers"][2]["bias"] = true;
  text = layers.dump();
  text.insert(text.find("\"bias\""), "\"bias\": false, ");
  fflab::test::write_text(dir / "nested.json", text);
  CHECK_THROWS_WITH(load_manifest(dir / "nested.json"), "/network/layers/2/bias: key given twice; keep one");
  fflab::test::write_text(dir / "once.json", tiny_manifest().dump());
  CHECK(load_manifest(dir / "once.json")["threads"] == 1);
}

TEST_CASE("manifest files: unreadable and malformed JSON", "[manifest]") {
  fflab::test::TempDir dir;
  CHECK_THROWS_WITH(load_manifest(dir / "absent.json"), "manifest: cannot open this file: check the path");
  fflab::test::write_text(dir / "bad.json", "{\"study\": \"x\",\n \"name\": }");
  CHECK_THROWS_WITH(load_manifest(dir / "bad.json"), Catch::Contains("not valid JSON") && Catch::Contains("line 2"));
  fflab::test::write_text(dir / "array.json", "[1, 2]");
  CHECK_THROWS_WITH(load_manifest(dir / "array.json"), Catch::Contains("a manifest is a JSON object"));
}

TEST_CASE("manifest files: only a regular file of a sane size is read; never a FIFO or a device",
          "[manifest]") {
  fflab::test::TempDir dir;
  const auto fifo = dir / "fifo.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);  // reading it would wait for a writer forever
  CHECK_THROWS_WITH(load_manifest(fifo), "manifest: this file is a FIFO, not a regular file");
  std::filesystem::create_symlink("/dev/zero", dir / "zero.json");  // never ends
  CHECK_THROWS_WITH(load_manifest(dir / "zero.json"),
                    "manifest: this file is a character device, not a regular file");
  CHECK_THROWS_WITH(load_manifest(dir.path()), "manifest: this file is a directory, not a regular file");
  fflab::test::write_text(dir / "huge.json", "{}");
  std::filesystem::resize_file(dir / "huge.json", (std::size_t{16} << 20) + 1);  // sparse: no disk used
  CHECK_THROWS_WITH(load_manifest(dir / "huge.json"),
                    Catch::Contains("this file is 16777217 bytes, more than the 16777216"));
}

TEST_CASE("manifest files: a number out of range is invalid JSON, not a raw parser message", "[manifest]") {
  fflab::test::TempDir dir;
  Json m = tiny_manifest();
  m.erase("seed");
  std::string text = m.dump();
  text.insert(text.size() - 1, ", \"seed\": 1e999");
  fflab::test::write_text(dir / "lr.json", text);
  CHECK_THROWS_WITH(load_manifest(dir / "lr.json"), "manifest: not valid JSON: number overflow parsing '1e999'");
}

TEST_CASE("names longer than 100 characters are refused before any folder is made; a huge key stays a short line",
          "[manifest]") {
  Json m = tiny_manifest();
  m["name"] = std::string(100, 'n');
  CHECK_NOTHROW(resolve_manifest(m));
  m["name"] = std::string(101, 'n');
  CHECK_THROWS_WITH(resolve_manifest(m),
                    "/name: is 101 characters long and cannot name a results folder: use at most 100");
  m = tiny_manifest();
  m[std::string(10000000, 'k')] = 1;
  try {
    resolve_manifest(m);
    FAIL("no ConfigError");
  } catch (const ConfigError& e) {
    const std::string what = e.what();
    CHECK(what.size() < 1500);
    CHECK_THAT(what, Catch::Contains("... (10000001 characters): unknown key \"kkk") &&
                         Catch::Contains("\"... (10000000 characters); valid keys: study, name"));
  }
}

TEST_CASE("an evaluator may not declare the option a procedure's name takes", "[manifest]") {
  Schema with_name = SoftmaxEvaluator::schema();
  with_name.optional("name", KeyType::string, "", "clashes with the evaluation list's key");
  CHECK_THROWS_WITH(evaluator_registry().add({"named_softmax", "test", with_name,
                                              [](const Json& o) { return std::make_unique<SoftmaxEvaluator>(o); }}),
                    "evaluator 'named_softmax' declares an option \"name\", which the manifest keeps for itself; "
                    "rename the option");
  CHECK_FALSE(evaluator_registry().contains("named_softmax"));
}
