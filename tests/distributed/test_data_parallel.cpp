// Data-parallel training: the share of a batch each rank takes, the
// updater's weighting, and, under mpirun, a run on 2 and 3 ranks against the
// same manifest in one process (final weights within float rounding, the
// same errors).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/eval/chunked_error.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/optim/sgd.hpp"
#include "fflab/train/data_parallel.hpp"
#include "support/fixtures.hpp"
#include "support/mpirun.hpp"
#include "support/manifests.hpp"
#include "support/skip.hpp"

using namespace fflab;
using fflab::test::TempDir;
using fflab::test::kMpirun;
using fflab::test::shell;

TEST_CASE("each rank's share of a batch: contiguous, disjoint, covering it, sizes within one", "[data_parallel]") {
  for (std::size_t rows : {1u, 2u, 7u, 30u, 100u})
    for (int ranks : {1, 2, 3}) {
      if (rows < static_cast<std::size_t>(ranks)) continue;
      std::size_t next = 0;
      for (int r = 0; r < ranks; ++r) {
        const BatchShare s = batch_share(rows, r, ranks);
        CHECK(s.first == next);
        CHECK(s.count >= rows / ranks);
        CHECK(s.count <= rows / ranks + 1);
        next += s.count;
      }
      CHECK(next == rows);
    }
  CHECK(batch_share(7, 1, 3).first == 2);
  CHECK(batch_share(7, 1, 3).count == 2);
}

namespace {

/// Two ranks in one process: sum() adds the other rank's gradient, given.
class TwoRanks final : public Communicator {
 public:
  explicit TwoRanks(Matrix other) : other_(std::move(other)) {}
  int rank() const override { return 0; }
  int size() const override { return 2; }
  void sum(float* data, std::size_t n) override {
    for (std::size_t i = 0; i < n; ++i) data[i] += other_.data()[i];
  }
  void sum(double*, std::size_t) override {}
  void barrier() override {}
  std::string library() const override { return "two in one"; }
  [[noreturn]] void abort(int) override { throw std::logic_error("abort"); }

 private:
  Matrix other_;
};

}  // namespace

TEST_CASE("the data-parallel updater steps with the gradient of the whole batch", "[data_parallel]") {
  // Rank 0 has 3 of 4 rows with mean gradient 2, rank 1 one row with
  // gradient 6 (already weighted 1/4 by its updater: 1.5): whole batch 3.
  TwoRanks ranks(Matrix({{1.5f, -0.25f}}));
  DataParallelUpdater updater(ranks);
  updater.set_share(0.75f);
  Sgd sgd(SgdOptions{});
  Matrix value({{1.0f, 1.0f}});
  Matrix grad({{2.0f, 1.0f}});
  updater.update(sgd, value, grad, 0.5f);
  CHECK(grad(0, 0) == Approx(3.0f));    // 0.75 * 2 + 1.5
  CHECK(grad(0, 1) == Approx(0.5f));    // 0.75 * 1 - 0.25
  CHECK(value(0, 0) == Approx(-0.5f));  // 1 - 0.5 * 3
  CHECK(value(0, 1) == Approx(0.75f));
}

TEST_CASE("\"distributed\" takes the modes there are", "[data_parallel]") {
  Json m = fflab::test::tiny_manifest();
  m["distributed"] = Json::object();
  resolve_manifest(m);
  CHECK(m["distributed"]["mode"] == "data_parallel");
  m["distributed"]["mode"] = "model_parallel";
  CHECK_THROWS_WITH(resolve_manifest(m), Catch::Contains("/distributed/mode"));
}

namespace {

/// The tiny net trained data-parallel: 300 rows in batches of 30 (10 each
/// of 2 or 3 ranks can share), no dropout: nothing drawn by the trainer.
Json data_parallel_manifest() {
  Json m = fflab::test::tiny_manifest();
  m["name"] = "dp";
  m["trainer"]["batch_size"] = 30;
  m["distributed"] = {{"mode", "data_parallel"}};
  return m;
}

/// The largest over the model's tensors of |a - b| / |a| (Euclidean norms).
double largest_relative_difference(const Checkpoint& a, const Checkpoint& b) {
  double worst = 0.0;
  REQUIRE(a.tensors.size() == b.tensors.size());
  for (std::size_t t = 0; t < a.tensors.size(); ++t) {
    REQUIRE(a.tensors[t].size() == b.tensors[t].size());
    double difference = 0.0, norm = 0.0;
    for (std::size_t i = 0; i < a.tensors[t].size(); ++i) {
      const double x = a.tensors[t].data()[i], y = b.tensors[t].data()[i];
      difference += (x - y) * (x - y);
      norm += x * x;
    }
    if (norm > 0) worst = std::max(worst, std::sqrt(difference / norm));
  }
  return worst;
}

}  // namespace

TEST_CASE("mpirun -n 2 and -n 3: a data-parallel run ends where the one-process run ends", "[data_parallel][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP("fflab was built without MPI (apt-get install libopenmpi-dev openmpi-bin)");
  TempDir dir;
  fflab::test::write_text(dir / "dp.json", data_parallel_manifest().dump(2));
  REQUIRE(shell(dir, "'" FFLAB_CLI "' run dp.json --results one").status == 0);
  const Json one = read_result_file(dir / "one/tests/dp/record.json");
  CHECK_FALSE(one.contains("distributed"));
  const Checkpoint one_model = load_checkpoint(dir / "one/tests/dp/model.bin");
  for (int ranks : {2, 3}) {
    const std::string results = "r" + std::to_string(ranks);
    const auto run = shell(dir, std::string(kMpirun) + "-n " + std::to_string(ranks) + " '" FFLAB_CLI
                                    "' run dp.json --results " + results);
    INFO(run.out);
    REQUIRE(run.status == 0);
    const Json many = read_result_file(dir / results / "tests/dp/record.json");
    CHECK(many["distributed"]["ranks"] == ranks);
    CHECK(many["distributed"]["mode"] == "data_parallel");
    CHECK(many["epochs"][0]["measures"]["allreduce_ms"].get<double>() >= 0.0);
    // Every batch sums every parameter's gradient once: 4 bytes a parameter.
    CHECK(many["epochs"][0]["measures"]["allreduce_mb"].get<double>() ==
          Approx(4e-6 * many["network"]["parameters"].get<double>()).epsilon(1e-6));
    CHECK(largest_relative_difference(one_model, load_checkpoint(dir / results / "tests/dp/model.bin")) < 1e-5);
    for (const char* split : {"train_error", "validation_error", "test_error"})
      CHECK(std::abs(many["final"][split].get<double>() - one["final"][split].get<double>()) < 1.2);
    for (std::size_t e = 0; e < one["epochs"].size(); ++e)
      CHECK(many["epochs"][e]["train_loss"].get<double>() ==
            Approx(one["epochs"][e]["train_loss"].get<double>()).epsilon(1e-4));
  }
}

TEST_CASE("mpirun: a data-parallel batch the ranks cannot share is refused, naming the key and the fix",
          "[data_parallel][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP("fflab was built without MPI (apt-get install libopenmpi-dev openmpi-bin)");
  TempDir dir;
  Json m = data_parallel_manifest();
  m["trainer"]["batch_size"] = 299;  // the last batch of an epoch has 1 of the 300 rows
  fflab::test::write_text(dir / "dp.json", m.dump(2));
  const auto run = shell(dir, std::string(kMpirun) + "-n 2 '" FFLAB_CLI "' run dp.json --results r");
  CHECK(run.status != 0);
  CHECK_THAT(run.out, Catch::Contains("/trainer/batch_size: the last batch of an epoch has 1 of 300 training rows, "
                                      "fewer than the 2 ranks"));
  CHECK_FALSE(std::filesystem::exists(dir / "r/tests/dp/record.json"));
}

namespace {

Json trainer_manifest(const std::string& name, const Json& layers, const Json& trainer, const Json& evaluation) {
  Json m = {{"study", "dp"}, {"name", name}, {"seed", 3}, {"threads", 1},
            {"dataset", {{"type", "synthetic"}, {"train", 600}, {"validation", 60}, {"test", 90},
                         {"features", 16}, {"classes", 3}}},
            {"distributed", {{"mode", "data_parallel"}}},
            {"network", {{"layers", layers}}}, {"trainer", trainer}};
  if (!evaluation.is_null()) m["evaluation"] = evaluation;
  return m;
}

}  // namespace

TEST_CASE("mpirun -n 2: forward_forward, local_rules and recurrent_ff train data-parallel as in one process",
          "[data_parallel][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP("fflab was built without MPI (apt-get install libopenmpi-dev openmpi-bin)");
  // Their negatives and draws come from each rank's own generator: not the
  // one-process draws, so the runs agree in what they reach, not bit for bit.
  const Json hidden = Json::parse(R"([{"type": "dense", "units": 32}, {"type": "relu"},
                                      {"type": "dense", "units": 32}, {"type": "relu"}])");
  Json classes = hidden;
  classes.push_back({{"type", "dense"}, {"units", 3}});
  const Json goodness = Json::parse(R"({"procedures": [{"type": "goodness_every_label"}]})");
  const Json manifests[] = {
      trainer_manifest("ff", hidden, {{"type", "forward_forward"}, {"epochs", 3}, {"batch_size", 30}}, goodness),
      trainer_manifest("lr", classes,
                       {{"type", "local_rules"}, {"epochs", 3}, {"batch_size", 30}, {"rule", {{"type", "dfa"}}}},
                       Json()),
      trainer_manifest("rff", hidden, {{"type", "recurrent_ff"}, {"epochs", 2}, {"batch_size", 30}}, goodness)};
  TempDir dir;
  for (const auto& m : manifests) {
    const std::string name = m["name"];
    INFO(name);
    fflab::test::write_text(dir / (name + ".json"), m.dump(2));
    REQUIRE(shell(dir, "'" FFLAB_CLI "' run " + name + ".json --results one").status == 0);
    const auto two = shell(dir, std::string(kMpirun) + "-n 2 '" FFLAB_CLI "' run " + name + ".json --results two");
    INFO(two.out);
    REQUIRE(two.status == 0);
    const Json a = read_result_file(dir / "one/dp" / name / "record.json");
    const Json b = read_result_file(dir / "two/dp" / name / "record.json");
    CHECK(b["distributed"]["ranks"] == 2);
    CHECK(b["final"]["test_error"].get<double>() < 40.0);  // chance: 66.7 %
    CHECK(std::abs(b["final"]["test_error"].get<double>() - a["final"]["test_error"].get<double>()) < 10.0);
  }
}

TEST_CASE("a shared evaluation scores every other chunk on rank 1 of 2 and sums the errors over the ranks",
          "[data_parallel]") {
  Split split;
  split.x = Matrix({{0.f}, {1.f}, {2.f}, {3.f}, {4.f}});
  split.y = {0, 0, 0, 0, 0};
  Matrix chunk;
  std::vector<float> seen;
  // Every row is scored as class 1: all wrong. Rank 1 scores chunks 1 (rows
  // 2, 3) of chunks {0, 1}, {2, 3}, {4}; the stand-in rank 0 adds 3 errors.
  const auto wrong = [&](const Matrix& rows) -> const Matrix& {
    static Matrix scores;
    scores = xt::zeros<float>({rows.shape(0), std::size_t{2}});
    for (std::size_t i = 0; i < rows.shape(0); ++i) {
      scores(i, 1) = 1.0f;
      seen.push_back(rows(i, 0));
    }
    return scores;
  };
  class RankOne final : public Communicator {
   public:
    int rank() const override { return 1; }
    int size() const override { return 2; }
    void sum(float*, std::size_t) override {}
    void sum(double* data, std::size_t) override { data[0] += 3.0; }
    void barrier() override {}
    std::string library() const override { return "stand-in"; }
    [[noreturn]] void abort(int) override { throw std::logic_error("abort"); }
  } ranks;
  {
    const SharedEvaluation shared(ranks);
    CHECK(chunked_error_percent(split, 2, chunk, wrong) == Approx(100.0));
  }
  CHECK(seen == std::vector<float>{2.f, 3.f});
  seen.clear();
  CHECK(chunked_error_percent(split, 2, chunk, wrong) == Approx(100.0));  // alone again: every chunk
  CHECK(seen.size() == 5);
}
