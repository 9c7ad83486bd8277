// A completed run keeps its trained model (model.bin); evaluate_model loads it
// (or an unfinished run's checkpoint) and classifies again: the record's own
// errors come back exactly, another evaluation section may be tried, and a
// manifest that did not train the model is refused.
#include <catch2/catch.hpp>

#include <functional>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/evaluate_model.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/runner.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/stop_after.hpp"

using namespace fflab;
using fflab::test::StopAfter;
using fflab::test::TempDir;
using fflab::test::tiny_manifest;

namespace {

/// Supervised FF on synthetic blobs, classified by goodness and by the
/// one-pass softmax head (trainer state that the model file must carry).
Json ff_manifest() {
  Json m = tiny_manifest();
  m["name"] = "ff";
  m["network"] = Json::parse(R"({"layers": [{"type": "dense", "units": 12}, {"type": "relu"},
                                            {"type": "dense", "units": 12}, {"type": "relu"}]})");
  m["trainer"] = Json::parse(R"({"type": "forward_forward", "epochs": 2, "batch_size": 30,
                                 "optimizer": {"type": "sgd", "lr": 0.01}})");
  m["evaluation"] = Json::parse(R"({"procedures": [{"type": "goodness_every_label"}, {"type": "one_pass_softmax"}]})");
  return m;
}

/// Recurrent FF with peer normalisation: top-down weights and the
/// peer-normalisation averages are in the model too.
Json recurrent_manifest() {
  Json m = ff_manifest();
  m["name"] = "recurrent";
  m["trainer"] = Json::parse(R"({"type": "recurrent_ff", "epochs": 2, "batch_size": 30, "iterations": 4,
                                 "test_window": [2, 4], "optimizer": {"type": "sgd", "lr": 0.01},
                                 "peer_normalization": {"strength": 0.03}})");
  m["evaluation"] = Json::parse(R"({"procedures": [{"type": "goodness_every_label", "blocks": "all"},
                                                   {"type": "one_pass_softmax"}]})");
  return m;
}

/// Unsupervised FF classified by its linear readout (trainer state).
Json unsupervised_manifest() {
  Json m = ff_manifest();
  m["name"] = "unsupervised";
  m["dataset"]["image_shape"] = Json::array({1, 2, 4});
  m["dataset"].erase("features");
  m["trainer"]["supervised"] = false;
  m["trainer"]["block_schedule"] = "greedy";
  m["evaluation"] = Json::parse(R"({"procedures": [{"type": "linear_readout"}]})");
  return m;
}

/// A local learning rule with a private head per block (its parameters are in the model).
Json local_rules_manifest() {
  Json m = tiny_manifest();
  m["name"] = "local_head";
  m["trainer"] = Json::parse(R"({"type": "local_rules", "epochs": 2, "batch_size": 30, "rule": {"type": "local_head"},
                                 "optimizer": {"type": "sgd", "lr": 0.05, "momentum": 0.9}})");
  return m;
}

/// Keeps what the runner tells.
struct Messages : RunObserver {
  std::vector<std::string> said;
  void on_message(const std::string& message) override { said.push_back(message); }
};

Json run_into(const Json& manifest, const TempDir& dir) {
  RunOptions options;
  options.results_dir = dir.path();
  return run_experiment(manifest, options);
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a completed run keeps its model, and evaluating it gives the record's final errors", "[evaluate]") {
  TempDir dir;
  for (const Json& manifest : {tiny_manifest(), ff_manifest(), recurrent_manifest(), unsupervised_manifest(),
                              local_rules_manifest()}) {
    const Json record = run_into(manifest, dir);
    const auto model = model_path(manifest, dir.path());
    REQUIRE(std::filesystem::exists(model));
    CHECK(!std::filesystem::exists(checkpoint_path(manifest, dir.path())));
    CHECK(default_model_file(manifest, dir.path(), std::nullopt) == model);

    const ModelEvaluation e = evaluate_model(manifest, model, {"train", "validation", "test"});
    CHECK(e.epochs_done == e.epochs);
    CHECK(e.epochs == manifest["trainer"]["epochs"].get<std::size_t>());
    CHECK(e.seed == 3);
    CHECK(e.primary == record["final"]["procedure"]);
    const Json& by = record["final"]["by_procedure"];
    REQUIRE(e.errors.size() == by.size());
    for (const auto& [name, errors] : by.items()) {
      INFO(manifest["name"] << " " << name);
      REQUIRE(e.errors.contains(name));
      for (const char* split : {"train", "validation", "test"}) CHECK(e.errors[name][split] == errors[split]);
    }
    // What was asked for, in that order.
    const ModelEvaluation test_only = evaluate_model(manifest, model, {"test"});
    CHECK(test_only.splits == std::vector<std::string>{"test"});
    CHECK(test_only.errors[e.primary].size() == 1);
  }
}

TEST_CASE("evaluate_model takes another evaluation section, but only the manifest that trained the model",
          "[evaluate]") {
  TempDir dir;
  const Json trained = ff_manifest();
  const Json record = run_into(trained, dir);
  const auto model = model_path(trained, dir.path());

  Json other = trained;
  other["name"] = "renamed";
  other["description"] = "the same training, evaluated otherwise";
  other["threads"] = 2;
  other["evaluation"] = Json::parse(R"({"procedures": [
      {"type": "goodness_every_label", "name": "all_blocks", "blocks": "all"},
      {"type": "goodness_every_label"}], "primary": "all_blocks"})");
  const ModelEvaluation e = evaluate_model(other, model, {"validation"});
  CHECK(e.primary == "all_blocks");
  REQUIRE(e.errors.size() == 2);
  CHECK(e.errors.begin().key() == "all_blocks");
  CHECK(e.errors["goodness_every_label"]["validation"] ==
        record["final"]["by_procedure"]["goodness_every_label"]["validation"]);

  Json lr = trained;
  lr["trainer"]["optimizer"]["lr"] = 0.02;
  const std::string message = error_of([&] { evaluate_model(lr, model, {"validation"}); });
  CHECK_THAT(message, Catch::Contains("was trained by a different manifest") && Catch::Contains("/trainer/optimizer/lr") &&
                          Catch::Contains(model.string()));
  Json seed = trained;
  seed["seed"] = 4;
  CHECK_THROWS_AS(evaluate_model(seed, model, {"validation"}), ConfigError);
  CHECK_THAT(error_of([&] { evaluate_model(seed, model, {"validation"}); }), Catch::Contains("/seed"));
  // Where the data lies is not part of what trained the model; which data is.
  Json here = trained, there = trained, fashion = trained;
  here["dataset"] = {{"type", "mnist"}, {"path", "here"}};
  there["dataset"] = {{"type", "mnist"}, {"path", "there"}};
  fashion["dataset"] = {{"type", "fashion_mnist"}, {"path", "here"}};
  CHECK(training_identity(here) == training_identity(there));
  CHECK(training_identity(here) != training_identity(fashion));
  CHECK(training_identity(here)["dataset"].contains("validation"));  // resolved, defaults filled in
  Json wider = trained;
  wider["network"]["layers"][0]["units"] = 13;
  CHECK_THAT(error_of([&] { evaluate_model(wider, model, {"validation"}); }),
             Catch::Contains("/network/layers/0/units"));
}

TEST_CASE("an unfinished run's checkpoint is evaluated as the weights after its last epoch", "[evaluate]") {
  TempDir dir;
  Json m = tiny_manifest();
  StopAfter stop(1);
  RunOptions options;
  options.results_dir = dir.path();
  options.observer = &stop;
  CHECK_THROWS(run_experiment(m, options));
  const auto file = default_model_file(m, dir.path(), std::nullopt);
  CHECK(file == checkpoint_path(m, dir.path()));
  const ModelEvaluation e = evaluate_model(m, file, {"validation", "test"});
  CHECK(e.epochs_done == 1);
  CHECK(e.epochs == 3);
  CHECK(e.errors["softmax"]["validation"] == stop.last_epoch["validation_error"]);
  CHECK(e.errors["softmax"]["test"] == stop.last_epoch["test_error"]);
}

TEST_CASE("a study with seeds: a seed's model, chosen by --seed or taken from the model", "[evaluate]") {
  TempDir dir;
  const Json study = fflab::test::tiny_two_seed_manifest();
  RunOptions options;
  options.results_dir = dir.path();
  run_study(study, options);
  const auto second = default_model_file(study, dir.path(), 2);
  CHECK(second == dir.path() / "tests/tiny/seed-2/model.bin");
  CHECK(default_model_file(study, dir.path(), std::nullopt) == dir.path() / "tests/tiny/seed-1/model.bin");
  const ModelEvaluation e = evaluate_model(study, second, {"test"});
  CHECK(e.seed == 2);
  const Json seed_record = Json::parse(fflab::test::read_text(dir.path() / "tests/tiny/seed-2/record.json"));
  CHECK(e.errors["softmax"]["test"] == seed_record["final"]["test_error"]);

  CHECK_THAT(error_of([&] { default_model_file(study, dir.path(), 5); }),
             Catch::Contains("--seed 5 is not among the manifest's seeds [1,2]"));
  Json other_seeds = study;
  other_seeds["seeds"] = Json::array({1, 3});
  CHECK_THAT(error_of([&] { evaluate_model(other_seeds, second, {"test"}); }),
             Catch::Contains("was trained with seed 2, which is not among this manifest's seeds [1,3]"));
  CHECK_THAT(error_of([&] { default_model_file(tiny_manifest(), dir.path(), 2); }),
             Catch::Contains("--seed picks a model of a study with \"seeds\"") && Catch::Contains("leave --seed out"));
}

TEST_CASE("evaluate_model names a missing model, an unknown split and a split without rows", "[evaluate]") {
  TempDir dir;
  const Json m = tiny_manifest();
  const auto missing = default_model_file(m, dir.path(), std::nullopt);
  CHECK(missing == model_path(m, dir.path()));
  const std::string message = error_of([&] { evaluate_model(m, missing, {"validation"}); });
  CHECK_THAT(message, Catch::StartsWith(missing.string()) && Catch::Contains("no trained model here"));

  run_into(m, dir);
  const auto model = model_path(m, dir.path());
  CHECK_THAT(error_of([&] { evaluate_model(m, model, {"valid"}); }),
             Catch::Contains("unknown split \"valid\": use train, validation or test"));
  CHECK_THAT(error_of([&] { evaluate_model(m, model, {"test", "test"}); }), Catch::Contains("named twice"));
  CHECK_THAT(error_of([&] { evaluate_model(m, model, {}); }), Catch::Contains("no split"));

  Json no_validation = m;
  no_validation["name"] = "no_validation";
  no_validation["dataset"]["validation"] = 0;
  run_into(no_validation, dir);
  const auto other = model_path(no_validation, dir.path());
  CHECK_THAT(error_of([&] { evaluate_model(no_validation, other, {"validation"}); }),
             Catch::Contains("no validation rows") && Catch::Contains("evaluate on test"));
  CHECK_NOTHROW(evaluate_model(no_validation, other, {"test"}));

  // A file that is not a model.
  fflab::test::write_text(dir / "junk.bin", "not a checkpoint");
  CHECK_THROWS_AS(evaluate_model(m, dir / "junk.bin", {"test"}), DataError);
}

TEST_CASE("beside an older model, the run of a changed manifest is found by its own manifest, and replaces it",
          "[evaluate]") {
  TempDir dir;
  const Json first = tiny_manifest();
  run_into(first, dir);
  Json changed = tiny_manifest();
  changed["trainer"]["optimizer"]["lr"] = 0.05;
  StopAfter stop(1);
  RunOptions options;
  options.results_dir = dir.path();
  options.observer = &stop;
  CHECK_THROWS(run_experiment(changed, options));
  // Both files are there: each manifest finds its own.
  CHECK(default_model_file(first, dir.path(), std::nullopt) == model_path(first, dir.path()));
  CHECK(default_model_file(changed, dir.path(), std::nullopt) == checkpoint_path(changed, dir.path()));
  CHECK(evaluate_model(changed, checkpoint_path(changed, dir.path()), {"test"}).epochs_done == 1);

  const Json record = run_into(changed, dir);  // resumes, completes, keeps its model in place of the first
  CHECK(!std::filesystem::exists(checkpoint_path(changed, dir.path())));
  const auto model = model_path(changed, dir.path());
  CHECK(evaluate_model(changed, model, {"test"}).errors["softmax"]["test"] == record["final"]["test_error"]);
  CHECK_THAT(error_of([&] { evaluate_model(first, model, {"test"}); }),
             Catch::Contains("/trainer/optimizer/lr") && Catch::Contains("--model"));
}

TEST_CASE("a completed run's last checkpoint left beside its record becomes its model when the run is reused",
          "[evaluate]") {
  TempDir dir;
  const Json m = tiny_manifest();
  const Json record = run_into(m, dir);
  // As if the run had stopped between writing its record and keeping its model.
  std::filesystem::rename(model_path(m, dir.path()), checkpoint_path(m, dir.path()));
  Messages messages;
  RunOptions options;
  options.results_dir = dir.path();
  options.observer = &messages;
  const Json reused = run_study(m, options);
  CHECK(reused["final"] == record["final"]);
  REQUIRE(messages.said.size() == 2);
  CHECK(messages.said[0] == "kept the finished run's last checkpoint as its model, model.bin");
  CHECK(!std::filesystem::exists(checkpoint_path(m, dir.path())));
  REQUIRE(std::filesystem::exists(model_path(m, dir.path())));
  CHECK(evaluate_model(m, model_path(m, dir.path()), {"test"}).errors["softmax"]["test"] ==
        record["final"]["test_error"]);
}

TEST_CASE("a model that no longer fits the network is refused with the fix, and says what wrote it", "[evaluate]") {
  TempDir dir;
  const Json m = tiny_manifest();
  const Json record = run_into(m, dir);
  const auto model = model_path(m, dir.path());
  Checkpoint c = load_checkpoint(model);
  CHECK(c.meta["source"] == record["source"]);
  CHECK(evaluate_model(m, model, {"test"}).trained_source == record["source"]);
  // As if the code had changed the first layer's shape since training.
  c.tensors[0] = Matrix({9, 16});
  std::vector<const Matrix*> tensors;
  for (const Matrix& t : c.tensors) tensors.push_back(&t);
  save_checkpoint(model, c.meta, tensors);
  CHECK_THROWS_WITH(evaluate_model(m, model, {"test"}),
                    Catch::Contains("checkpoint tensor 0 has shape") && Catch::Contains("the code has changed"));
  // A damaged model gets a model's remedy, not a resume's.
  fflab::test::write_text(model, "FFLABCK1");
  CHECK_THROWS_WITH(evaluate_model(m, model, {"test"}),
                    Catch::Contains("truncated") && Catch::Contains("name another with --model"));
}

TEST_CASE("an interrupted --restart of a completed run resumes on a plain re-run; the old model serves till then",
          "[evaluate]") {
  TempDir dir;
  const Json m = tiny_manifest();  // 3 epochs
  const Json first = run_into(m, dir);
  // --restart, stopped after one epoch: the completed record stays, beside a 1-epoch checkpoint.
  StopAfter stop(1);
  RunOptions restart;
  restart.results_dir = dir.path();
  restart.restart = true;
  restart.observer = &stop;
  CHECK_THROWS(run_study(m, restart));
  const auto checkpoint = checkpoint_path(m, dir.path());
  const auto model = model_path(m, dir.path());
  REQUIRE(std::filesystem::exists(checkpoint));
  const Json header = load_checkpoint_header(checkpoint);
  CHECK(header["epochs_done"] == 1);
  CHECK_FALSE(is_records_last_checkpoint(header, first));
  // Until the restart finishes, evaluate takes the model the completed record describes.
  CHECK(default_model_file(m, dir.path(), std::nullopt) == model);

  Messages messages;
  RunOptions again;
  again.results_dir = dir.path();
  again.observer = &messages;
  const Json second = run_study(m, again);
  REQUIRE(messages.said.size() >= 2);
  CHECK_THAT(messages.said[0], Catch::Contains("has an unfinished --restart beside it") &&
                                   Catch::Contains("1 epochs") && Catch::Contains("resuming that"));
  CHECK_THAT(messages.said[1], Catch::StartsWith("resuming from") && Catch::Contains("after epoch 1"));
  CHECK(second["status"] == "completed");
  CHECK(second["epochs"].size() == 3);
  REQUIRE(second["resumes"].size() == 1);
  CHECK(second["resumes"][0]["after_epoch"] == 1);
  // The resumed restart's record and model replace the first ones.
  CHECK(Json::parse(fflab::test::read_text(record_path(m, dir.path())))["resumes"].size() == 1);
  CHECK(!std::filesystem::exists(checkpoint));
  CHECK(is_records_last_checkpoint(load_checkpoint_header(model), second));
  CHECK_FALSE(is_records_last_checkpoint(load_checkpoint_header(model), first));
}

TEST_CASE("of a model and the completed record's own last checkpoint, evaluate takes the checkpoint", "[evaluate]") {
  TempDir dir;
  const Json m = tiny_manifest();
  run_into(m, dir);
  const auto model = model_path(m, dir.path());
  const auto checkpoint = checkpoint_path(m, dir.path());
  std::filesystem::copy_file(model, dir / "first_model.bin");
  RunOptions restart;
  restart.results_dir = dir.path();
  restart.restart = true;
  const Json second = run_study(m, restart);
  // As if the --restart had stopped between writing its record and keeping its model: the older model
  // is still model.bin, the weights the record describes are in checkpoint.bin.
  std::filesystem::rename(model, checkpoint);
  std::filesystem::copy_file(dir / "first_model.bin", model);
  CHECK(default_model_file(m, dir.path(), std::nullopt) == checkpoint);
  CHECK(evaluate_model(m, checkpoint, {"test"}).errors["softmax"]["test"] == second["final"]["test_error"]);
  // Without the record, nothing says which is newer: the model it is.
  std::filesystem::remove(record_path(m, dir.path()));
  CHECK(default_model_file(m, dir.path(), std::nullopt) == model);
}
