#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "fflab/core/errors.hpp"
#include "fflab/eval/registry.hpp"
#include "fflab/eval/softmax_evaluator.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using namespace fflab;
using fflab::test::TempDir;
using fflab::test::tiny_manifest;

namespace {
std::size_t files_below(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

/// Rows handed to the "counting_softmax" procedure (the softmax procedure
/// that counts what it is asked to evaluate), registered on first use.
std::size_t counted_rows = 0;
class CountingSoftmax : public Evaluator {
 public:
  explicit CountingSoftmax(const Json& options) : inner_(options) {}
  std::string type() const override { return "counting_softmax"; }
  double error(TrainedModel& model, const Split& split) override {
    counted_rows += split.size();
    return inner_.error(model, split);
  }

 private:
  SoftmaxEvaluator inner_;
};
void register_counting_softmax() {
  static const bool once = [] {
    evaluator_registry().add({"counting_softmax", "softmax, counting the rows it evaluates (tests)",
                              SoftmaxEvaluator::schema(),
                              [](const Json& o) { return std::make_unique<CountingSoftmax>(o); }});
    return true;
  }();
  (void)once;
}
}  // namespace

TEST_CASE("a run writes a complete record", "[runner]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  const Json record = run_experiment(tiny_manifest(), options);
  const auto file = dir / "tests/tiny/record.json";
  REQUIRE(std::filesystem::exists(file));
  CHECK(Json::parse(fflab::test::read_text(file)) == record);
  CHECK(record["status"] == "completed");
  CHECK(record["seed"] == 3);
  CHECK(record["threads"] == 1);
  CHECK(record["manifest"]["trainer"]["loss"]["type"] == "softmax_cross_entropy");
  CHECK(record["source"].contains("commit"));
  CHECK(record["machine"].contains("cpu"));
  REQUIRE(record["epochs"].size() == 3);
  for (const auto& e : record["epochs"]) {
    CHECK(e.contains("train_loss"));
    CHECK(e.contains("validation_error"));
    CHECK(e.contains("test_error"));
    CHECK(e["examples_per_second"].get<double>() > 0);
  }
  CHECK(record["final"]["procedure"] == "softmax");
  CHECK(record["final"]["test_error"] == record["final"]["by_procedure"]["softmax"]["test"]);
  CHECK(record["dataset"]["train"] == 300);
  CHECK_FALSE(record["dataset"].contains("standardization"));  // only standardised data records statistics
  CHECK(record["network"]["parameters"] == 8 * 16 + 16 + 16 * 3 + 3);
  CHECK(record["peak_rss_mib"].get<double>() > 0);
  // Easy blobs: the net must have learned them.
  CHECK(record["final"]["test_error"].get<double>() < 10.0);
}

TEST_CASE("evaluation.every_epoch: every epoch, every n-th and the last, or the last only", "[runner]") {
  auto evaluated_epochs = [](Json every, std::size_t epochs) {
    TempDir dir;
    RunOptions options;
    options.results_dir = dir.path();
    Json m = tiny_manifest();
    m["trainer"]["epochs"] = epochs;
    m["evaluation"] = Json{{"every_epoch", every}};
    const Json record = run_experiment(m, options);
    std::vector<int> out;
    for (const auto& e : record["epochs"]) {
      CHECK(e.contains("train_loss"));
      CHECK(e.contains("validation_error") == e.contains("test_error"));
      if (e.contains("test_error")) out.push_back(e["epoch"].get<int>());
    }
    return out;
  };
  CHECK(evaluated_epochs(true, 3) == std::vector<int>{1, 2, 3});
  CHECK(evaluated_epochs(false, 3) == std::vector<int>{3});
  CHECK(evaluated_epochs(2, 5) == std::vector<int>{2, 4, 5});
  CHECK(evaluated_epochs(3, 3) == std::vector<int>{3});
}

namespace {
/// The tiny manifest's record with `evaluation`, counted_rows counting what
/// the counting_softmax procedure was asked to evaluate.
Json run_tiny_counting(const Json& evaluation) {
  register_counting_softmax();
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json m = tiny_manifest();
  m["evaluation"] = evaluation;
  counted_rows = 0;
  return run_experiment(m, options);
}
}  // namespace

TEST_CASE("the final errors reuse the last epoch's evaluation by the primary procedure", "[runner]") {
  const Json record = run_tiny_counting(
      Json{{"every_epoch", false},
           {"procedures", Json::array({Json{{"type", "counting_softmax"}}, Json{{"type", "softmax"}}})}});
  // Two training rows tried before the first epoch, validation (60) and
  // test (90) after the last epoch, then only the training split (300) for
  // the final errors.
  CHECK(counted_rows == 2 + 60 + 90 + 300);
  const Json& last = record["epochs"].back();
  const Json& counted = record["final"]["by_procedure"]["counting_softmax"];
  CHECK(counted["validation"] == last["validation_error"]);
  CHECK(counted["test"] == last["test_error"]);
  // The same procedure evaluated afresh gives the same numbers.
  CHECK(record["final"]["by_procedure"]["softmax"] == counted);
}

TEST_CASE("procedures with names report under their names, the primary chosen by name", "[runner]") {
  const Json record = run_tiny_counting(Json{{"every_epoch", true},
                                              {"procedures", Json::array({Json{{"type", "softmax"}, {"name", "plain"}},
                                                                          Json{{"type", "counting_softmax"}, {"name", "counted"}}})},
                                              {"primary", "counted"}});
  CHECK(record["final"]["procedure"] == "counted");
  const Json& by = record["final"]["by_procedure"];
  CHECK(by.size() == 2);
  REQUIRE(by.contains("plain"));
  REQUIRE(by.contains("counted"));
  // "counted" is the counting evaluator, and the primary: validation and
  // test after each of the 3 epochs (only the primary's are evaluated every
  // epoch; 2 + 60 + 90 + 300 rows if it were not), then the training split.
  CHECK(counted_rows == 2 + 3 * (60 + 90) + 300);
  CHECK(by["plain"] == by["counted"]);
  // The resolved manifest keeps the names; the options stay the procedure's.
  CHECK(record["manifest"]["evaluation"]["procedures"][1]["name"] == "counted");
}

TEST_CASE("evaluation.final_train_error: the training split is classified by all, the primary or no procedure",
          "[runner]") {
  const Json two = Json::array({Json{{"type", "counting_softmax"}, {"name", "counted"}},
                                Json{{"type", "counting_softmax"}, {"name", "counted_too"}}});
  // The default is every procedure: both classify the 300 training rows.
  Json record = run_tiny_counting(Json{{"every_epoch", false}, {"procedures", two}, {"primary", "counted_too"}});
  CHECK(counted_rows == 2 + 2 + 60 + 90 + (60 + 90) + 2 * 300);
  CHECK(record["final"]["by_procedure"]["counted"]["train"].is_number());

  record = run_tiny_counting(
      Json{{"every_epoch", false}, {"procedures", two}, {"primary", "counted_too"}, {"final_train_error", "primary"}});
  CHECK(counted_rows == 2 + 2 + 60 + 90 + (60 + 90) + 300);
  CHECK(record["final"]["by_procedure"]["counted"]["train"].is_null());
  CHECK(record["final"]["by_procedure"]["counted"]["test"].is_number());
  CHECK(record["final"]["by_procedure"]["counted_too"]["train"].is_number());
  CHECK(record["final"]["train_error"] == record["final"]["by_procedure"]["counted_too"]["train"]);

  record = run_tiny_counting(
      Json{{"every_epoch", false}, {"procedures", two}, {"primary", "counted_too"}, {"final_train_error", "none"}});
  CHECK(counted_rows == 2 + 2 + 60 + 90 + (60 + 90));
  CHECK(record["final"]["train_error"].is_null());
  CHECK(record["final"]["by_procedure"]["counted_too"]["train"].is_null());
  CHECK(record["final"]["test_error"].is_number());

  Json m = tiny_manifest();
  m["evaluation"] = Json{{"final_train_error", "primray"}};
  CHECK_THROWS_WITH(resolve_manifest(m), Catch::StartsWith("/evaluation/final_train_error") &&
                                             Catch::Contains("primary"));
}

TEST_CASE("one procedure type listed twice needs a name on one of them", "[runner]") {
  Json m = tiny_manifest();
  m["evaluation"] = Json{{"procedures", Json::array({Json{{"type", "softmax"}}, Json{{"type", "softmax"}}})}};
  CHECK_THROWS_WITH(resolve_manifest(m), Catch::StartsWith("/evaluation/procedures/1: procedure \"softmax\" is listed "
                                                           "twice") && Catch::Contains("\"name\""));
  m["evaluation"]["procedures"][1]["name"] = "softmax_again";
  CHECK_NOTHROW(resolve_manifest(m));
  CHECK(m["evaluation"]["primary"] == "softmax");
}

TEST_CASE("same manifest, seed and threads give the same record apart from timings", "[runner]") {
  TempDir a, b;
  RunOptions oa, ob;
  oa.results_dir = a.path();
  ob.results_dir = b.path();
  const Json first = run_experiment(tiny_manifest(), oa);
  const Json second = run_experiment(tiny_manifest(), ob);
  CHECK(without_timings(first).dump() == without_timings(second).dump());
  Json other_seed = tiny_manifest();
  other_seed["seed"] = 4;
  const Json third = run_experiment(other_seed, ob);
  CHECK(without_timings(third)["epochs"].dump() != without_timings(first)["epochs"].dump());
}

TEST_CASE("a bad manifest or missing dataset writes nothing", "[runner]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json bad = tiny_manifest();
  bad["trainer"]["epochs"] = 0;
  CHECK_THROWS_AS(run_experiment(bad, options), ConfigError);
  Json wrong_output = tiny_manifest();
  wrong_output["network"]["layers"][2]["units"] = 4;
  CHECK_THROWS_WITH(run_experiment(wrong_output, options),
                    Catch::Contains("/network/layers: the last layer gives 4 outputs but the dataset has 3 classes"));
  TempDir empty;
  Json missing = tiny_manifest();
  missing["dataset"] = {{"type", "mnist"}, {"path", empty.path().string()}};
  missing["network"]["layers"][2]["units"] = 10;
  CHECK_THROWS_AS(run_experiment(missing, options), DataError);
  CHECK(files_below(dir.path()) == 0);
}

TEST_CASE("a diverging run stops with a clear message and a diverged record", "[runner]") {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  Json m = tiny_manifest();
  m["trainer"]["optimizer"]["lr"] = 1e30;
  CHECK_THROWS_WITH(run_experiment(m, options), Catch::Contains("diverged in epoch 1, batch"));
  const Json record = Json::parse(fflab::test::read_text(dir / "tests/tiny/record.json"));
  CHECK(record["status"] == "diverged");
}

TEST_CASE("the CLI prints one line and exits non-zero on a broken manifest", "[cli]") {
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  REQUIRE(bin != nullptr);
  const std::string fflab = std::string(bin) + "/lib/fflab";
  TempDir dir;
  Json m = tiny_manifest();
  m["trainer"]["optimizer"]["type"] = "adamw";
  fflab::test::write_text(dir / "m.json", m.dump());
  const std::string cmd = "cd '" + dir.path().string() + "' && '" + fflab + "' run m.json > out.txt 2> err.txt";
  const int status = std::system(cmd.c_str());
  CHECK(status != 0);
  const std::string err = fflab::test::read_text(dir / "err.txt");
  CHECK(err == "fflab: m.json: /trainer/optimizer/type: unknown optimizer 'adamw' (did you mean 'adam'?); "
               "known: adagrad, adam, rmsprop, sgd\n");
  CHECK(!std::filesystem::exists(dir / "results"));
  const std::string validate = "cd '" + dir.path().string() + "' && '" + fflab + "' validate m.json 2> /dev/null";
  CHECK(std::system(validate.c_str()) != 0);
}

namespace {
/// A supervised FF manifest on synthetic blobs: 2 blocks of 12 ReLUs.
Json tiny_ff_manifest() {
  Json m = tiny_manifest();
  m["network"] = Json::parse(R"({"layers": [{"type": "dense", "units": 12}, {"type": "relu"},
                                            {"type": "dense", "units": 12}, {"type": "relu"}]})");
  m["trainer"] = Json::parse(R"({"type": "forward_forward", "epochs": 1, "batch_size": 30,
                                 "optimizer": {"type": "sgd", "lr": 0.01}})");
  m["evaluation"] = Json{{"procedures", Json::array({Json{{"type", "goodness_every_label"}, {"blocks", "all"}}})}};
  return m;
}

/// Runs `m` into an empty folder and returns the ConfigError's message;
/// checks that nothing was trained or written first.
std::string config_error_before_training(const Json& m) {
  TempDir dir;
  RunOptions options;
  options.results_dir = dir.path();
  struct Epochs : RunObserver {
    int seen = 0;
    void on_epoch(const Json&) override { ++seen; }
  } epochs;
  options.observer = &epochs;
  std::string message;
  try {
    run_experiment(m, options);
  } catch (const ConfigError& e) {
    message = e.what();
  }
  CHECK(epochs.seen == 0);
  CHECK(files_below(dir.path()) == 0);
  return message;
}
}  // namespace

TEST_CASE("a procedure that cannot evaluate the trainer stops the run before the first epoch", "[runner]") {
  SECTION("an FF procedure under backprop") {
    Json m = tiny_manifest();
    m["evaluation"] = Json{{"procedures", Json::array({Json{{"type", "goodness_every_label"}}})}};
    const std::string message = config_error_before_training(m);
    CHECK_THAT(message, Catch::Contains("/trainer/type") && Catch::Contains("goodness_every_label") &&
                            Catch::Contains("softmax"));
  }
  SECTION("a block index past the last block, with the index's pointer") {
    Json m = tiny_ff_manifest();
    m["evaluation"] = Json{{"procedures", Json::array({Json{{"type", "one_pass_softmax"}},
                                                       Json{{"type", "goodness_every_label"}, {"blocks", {0, 5}}}})},
                           {"primary", "goodness_every_label"}};
    const std::string message = config_error_before_training(m);
    CHECK_THAT(message, Catch::StartsWith("/evaluation/procedures/1/blocks/1:") && Catch::Contains("5"));
  }
  SECTION("a linear readout of a supervised FF net") {
    Json m = tiny_ff_manifest();
    m["evaluation"] = Json{{"procedures", Json::array({Json{{"type", "linear_readout"}}})}};
    CHECK_THAT(config_error_before_training(m), Catch::Contains("readout"));
  }
}

TEST_CASE("check_run builds everything a run builds and writes nothing", "[runner]") {
  TempDir dir;
  {
    const fflab::test::WorkingFolder in_dir(dir.path());  // a run would write results/ here
    CHECK_NOTHROW(check_run(tiny_manifest()));
    CHECK_NOTHROW(check_run(tiny_ff_manifest()));
    Json seeds = tiny_manifest();
    seeds["seeds"] = {4, 5};
    CHECK_NOTHROW(check_run(seeds));
    // Errors that need the data's shape, which the schema alone cannot see.
    Json classes = tiny_manifest();
    classes["network"]["layers"][2]["units"] = 5;
    CHECK_THROWS_WITH(check_run(classes), Catch::StartsWith("/network/layers:") && Catch::Contains("3 classes"));
    // The default procedure, softmax, reads class scores a Forward-Forward net does not output.
    Json softmax = tiny_ff_manifest();
    softmax.erase("evaluation");
    CHECK_THROWS_WITH(check_run(softmax),
                      "/evaluation/procedures/0/type: \"softmax\" reads the network's output as class scores, but a "
                      "forward_forward network ends in its last hidden block: use goodness_every_label or "
                      "one_pass_softmax (supervised), linear_readout (unsupervised)");
    Json blocks = tiny_ff_manifest();
    blocks["evaluation"] = Json{{"procedures", Json::array({Json{{"type", "goodness_every_label"}, {"blocks", {2}}}})}};
    CHECK_THROWS_WITH(check_run(blocks), Catch::StartsWith("/evaluation/procedures/0/blocks/0:"));
  }
  CHECK(files_below(dir.path()) == 0);
}

TEST_CASE("a synthetic dataset needs test rows", "[runner]") {
  Json m = tiny_manifest();
  m["dataset"]["test"] = 0;
  CHECK_THROWS_WITH(check_run(m), Catch::StartsWith("/dataset/test:"));
}

TEST_CASE("the CLI reports repeated keys, misfit layers and jitter in one line, writing nothing", "[cli]") {
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  REQUIRE(bin != nullptr);
  const std::string fflab = std::string(bin) + "/lib/fflab";
  TempDir dir;
  auto error_of = [&](const std::string& command, const std::string& text) {
    fflab::test::write_text(dir / "m.json", text);
    const std::string cmd = "cd '" + dir.path().string() + "' && '" + fflab + "' " + command +
                            " m.json > out.txt 2> err.txt";
    CHECK(std::system(cmd.c_str()) != 0);
    return fflab::test::read_text(dir / "err.txt");
  };
  std::string twice = tiny_manifest().dump();
  twice.insert(1, "\"threads\": 2, ");
  CHECK(error_of("validate", twice) == "fflab: m.json: /threads: key given twice; keep one\n");

  Json name = tiny_manifest();
  name["name"] = std::string("a\0b", 3);
  CHECK(error_of("validate", name.dump()) ==
        "fflab: m.json: /name: \"a\\u0000b\" cannot name a results folder: use letters, digits, '_', '.' and '-', "
        "starting with a letter or digit\n");

  // Found when the run builds its network and trainer for the data: before anything is written.
  Json jitter = tiny_manifest();
  jitter["trainer"]["jitter"] = 2;
  CHECK(error_of("run", jitter.dump()) ==
        "fflab: m.json: /trainer/jitter: the dataset has flat features, not images; remove jitter\n");
  Json flat = tiny_manifest();
  flat["network"]["layers"][0] = {{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 3}};
  CHECK(error_of("run", flat.dump()) == "fflab: m.json: /network/layers/0: locally_connected needs an image input "
                                        "(C x H x W), got 8 flat features\n");
  CHECK(!std::filesystem::exists(dir / "results"));
}

TEST_CASE("the CLI says a run that does not fit in memory needs less, in one line", "[cli]") {
#if defined(__SANITIZE_ADDRESS__)
  FFLAB_SKIP("AddressSanitizer reserves more address space than the limit below allows");
#else
  const char* bin = std::getenv("FFLAB_TEST_BINARY_DIR");
  REQUIRE(bin != nullptr);
  const std::string fflab = std::string(bin) + "/lib/fflab";
  TempDir dir;
  // 784 x 300000 weights (0.9 GiB each for value, gradient and optimizer
  // state) pass the check against the machine's available memory on any
  // machine with 3 GiB free, but not the 1 GB of address space this run is
  // given: the allocation itself fails.
  Json m = tiny_manifest();
  m["dataset"]["image_shape"] = {1, 28, 28};
  m["network"]["layers"][0]["units"] = 300000;
  fflab::test::write_text(dir / "m.json", m.dump());
  const std::string cmd = "cd '" + dir.path().string() + "' && ulimit -v 1000000 && '" + fflab +
                          "' run m.json > out.txt 2> err.txt";
  CHECK(std::system(cmd.c_str()) != 0);
  CHECK(fflab::test::read_text(dir / "err.txt") ==
        "fflab: m.json: not enough memory: use fewer or smaller layers, fewer rows or smaller batches\n");
#endif
}

TEST_CASE("summarize_seeds counts only the seeds that report a procedure", "[runner]") {
  Json m = tiny_manifest();
  m["seeds"] = {1, 2};
  auto record = [](int seed, const Json& by_procedure) {
    return Json{{"seed", seed},
                {"status", "completed"},
                {"final", {{"procedure", "softmax"}, {"test_error", 1.0}, {"by_procedure", by_procedure}}}};
  };
  // Seed 2's record (read back from disk) lacks the procedure added since,
  // and one split of the other.
  const Json first = record(1, {{"softmax", {{"train", 1.0}, {"validation", 2.0}, {"test", 3.0}}},
                                {"goodness", {{"train", 4.0}, {"validation", 5.0}, {"test", 6.0}}}});
  const Json second = record(2, {{"softmax", {{"train", 3.0}, {"test", 5.0}}}});
  const Json summary = summarize_seeds(m, {first, second});
  const Json& by = summary["final"]["by_procedure"];
  CHECK(by["softmax"]["test"]["mean"] == 4.0);
  CHECK(by["softmax"]["test"]["count"] == 2);
  CHECK(by["softmax"]["validation"]["count"] == 1);
  CHECK(by["goodness"]["test"]["count"] == 1);
  CHECK(by["goodness"]["test"]["mean"] == 6.0);
  CHECK(by["goodness"]["test"]["std"] == 0.0);
  CHECK(summary["final"]["test_error"]["mean"] == 4.0);
}
