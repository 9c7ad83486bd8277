// The layer-pipelined Forward-Forward mode: the split of the blocks, the
// messages between neighbouring ranks, what the trainer refuses, and, under
// mpirun, runs on 2 and 3 ranks against the same manifest in one process
// (bit-identical records and models), and a job that loses a rank and is
// run again.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <deque>
#include <filesystem>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/optim/sgd.hpp"
#include "fflab/train/forward_forward_trainer.hpp"
#include "fflab/train/layer_pipeline.hpp"
#include "fflab/train/registry.hpp"
#include "support/fixtures.hpp"
#include "support/mpirun.hpp"
#include "support/networks.hpp"
#include "support/skip.hpp"

using namespace fflab;
using fflab::test::kMpirun;
using fflab::test::shell;
using fflab::test::TempDir;

TEST_CASE("the pipeline's blocks: contiguous, covering the net, sizes within one, the first ranks fewer",
          "[layer_pipeline]") {
  for (std::size_t blocks : {1u, 2u, 3u, 5u, 8u})
    for (int ranks : {1, 2, 3}) {
      if (blocks < static_cast<std::size_t>(ranks)) continue;
      std::size_t next = 0;
      for (int r = 0; r < ranks; ++r) {
        const BlockRange b = pipeline_blocks(blocks, r, ranks);
        CHECK(b.first == next);
        const std::size_t count = b.last - b.first + 1;
        CHECK(count >= blocks / ranks);
        CHECK(count <= blocks / ranks + 1);
        for (std::size_t k = b.first; k <= b.last; ++k) CHECK(pipeline_owner(blocks, k, ranks) == r);
        next = b.last + 1;
      }
      CHECK(next == blocks);
    }
  CHECK(pipeline_blocks(5, 0, 3).last == 0);  // 5 blocks on 3 ranks: 1, 2, 2
  CHECK(pipeline_blocks(5, 1, 3).first == 1);
  CHECK(pipeline_blocks(5, 1, 3).last == 2);
}

namespace {

/// Ranks `rank` of 2 in one process; the messages go through a shared queue,
/// broadcasts leave the data as it is (this rank is the root).
class QueueRank final : public Communicator {
 public:
  QueueRank(int rank, std::deque<std::vector<float>>& queue) : rank_(rank), queue_(queue) {}
  int rank() const override { return rank_; }
  int size() const override { return 2; }
  void sum(float*, std::size_t) override {}
  void sum(double*, std::size_t) override {}
  void broadcast(float*, std::size_t, int root) override { CHECK(root == rank_); }
  void broadcast(double*, std::size_t, int root) override { CHECK(root == rank_); }
  void barrier() override {}
  std::string library() const override { return "queue"; }
  [[noreturn]] void abort(int) override { throw std::logic_error("abort"); }
  SendTicket start_send(const float* data, std::size_t n, int to) override {
    CHECK(to == rank_ + 1);
    queue_.emplace_back(data, data + n);
    return sent_++;
  }
  void wait_sent(SendTicket t) override { waited.push_back(t); }
  void receive(float* data, std::size_t n, int from) override {
    CHECK(from == rank_ - 1);
    REQUIRE(queue_.front().size() == n);
    std::copy_n(queue_.front().data(), n, data);
    queue_.pop_front();
  }
  std::vector<SendTicket> waited;

 private:
  int rank_;
  std::deque<std::vector<float>>& queue_;
  SendTicket sent_ = 0;
};

}  // namespace

TEST_CASE("a pipeline message carries its matrices and the running loss exactly, sends double-buffered",
          "[layer_pipeline]") {
  std::deque<std::vector<float>> queue;
  QueueRank zero(0, queue), one(1, queue);
  LayerPipeline sender(zero, 2), receiver(one, 2);
  const Matrix a({{1.5f, -2.0f}, {3.25f, 0.1f}}), b({{7.0f}});
  const double loss = 0.1 + 1e-12;  // not a float: all of the double's bits must travel
  sender.send({&a, &b}, loss);
  sender.send({&b, &a}, 2.0);
  CHECK(zero.waited.empty());  // two buffers: nothing to wait for yet
  sender.send({&a, &b}, 3.0);
  CHECK(zero.waited == std::vector<Communicator::SendTicket>{0});  // the first batch's buffer is reused
  Matrix x({2, 2}), y({1, 1});
  CHECK(receiver.receive({&x, &y}) == loss);
  CHECK(bool(x == a));
  CHECK(bool(y == b));
  CHECK(receiver.receive({&y, &x}) == 2.0);
  CHECK(bool(x == a));
  sender.flush();
  std::sort(zero.waited.begin(), zero.waited.end());
  CHECK(zero.waited == std::vector<Communicator::SendTicket>{0, 1, 2});  // every send waited for once
}

TEST_CASE("a pipeline's share() gives every rank the root's tensor and optimizer state", "[layer_pipeline]") {
  // The root's side: one rank alone is every rank's root; shapes and steps kept.
  std::deque<std::vector<float>> queue;
  QueueRank zero(0, queue);
  LayerPipeline pipeline(zero, 2);
  Matrix m({{1.0f, 2.0f, 3.0f}});
  pipeline.share(m, 0);
  CHECK(bool(m == Matrix({{1.0f, 2.0f, 3.0f}})));
  Sgd sgd(SgdOptions{0.9f});
  Matrix value({{1.0f}}), grad({{1.0f}});
  sgd.step(value, grad, 0.1f);
  pipeline.share(sgd, 0);
  CHECK(sgd.steps() == 1);
}

namespace {

/// A communicator of `n` ranks that only says so (for the trainer's refusals).
class Ranks final : public Communicator {
 public:
  explicit Ranks(int n) : n_(n) {}
  int rank() const override { return 0; }
  int size() const override { return n_; }
  void sum(float*, std::size_t) override {}
  void sum(double*, std::size_t) override {}
  void barrier() override {}
  std::string library() const override { return "count"; }
  [[noreturn]] void abort(int) override { throw std::logic_error("abort"); }

 private:
  int n_;
};

/// What ForwardForwardTrainer::pipeline says for `options` on a net of
/// `layers` (16 features, 3 classes) over `ranks` ranks; "" if it accepts.
std::string pipeline_refusal(Json options, Json layers, int ranks) {
  options["type"] = "forward_forward";
  trainer_registry().validate(options, "/trainer");
  ForwardForwardTrainer trainer(options);
  Rng rng(1);
  Json data_spec = {{"type", "synthetic"}, {"train", 30}, {"validation", 0}, {"test", 30},
                    {"features", 16}, {"classes", 3}};
  auto data = dataset_registry().build(data_spec, "/dataset", rng);
  Network net;
  FeatureShape shape = data->shape;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    net.add(build_layer(layers[i], "/network/layers/" + std::to_string(i), shape));
    shape = net.layer(i).output_shape();
  }
  net.initialize(rng);
  trainer.attach(net, *data);
  Ranks n(ranks);
  try {
    trainer.pipeline(n);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

Json dense_relu(std::size_t blocks) {
  Json layers = Json::array();
  for (std::size_t k = 0; k < blocks; ++k) {
    layers.push_back({{"type", "dense"}, {"units", 8}});
    layers.push_back({{"type", "relu"}});
  }
  return layers;
}

}  // namespace

TEST_CASE("the pipeline refuses what it cannot compute as one process does, naming the key and the fix",
          "[layer_pipeline]") {
  const Json no_head = {{"epochs", 2}, {"softmax_head", {{"enabled", false}}}};
  CHECK(pipeline_refusal(no_head, dense_relu(3), 3).empty());
  CHECK_THAT(pipeline_refusal(no_head, dense_relu(2), 3),
             Catch::Contains("/distributed/mode") && Catch::Contains("2 blocks for 3 ranks") &&
                 Catch::Contains("start at most 2 ranks"));
  Json greedy = no_head;
  greedy["block_schedule"] = "greedy";
  CHECK_THAT(pipeline_refusal(greedy, dense_relu(2), 2), Catch::Contains("/trainer/block_schedule"));
  CHECK(pipeline_refusal({{"epochs", 2}}, dense_relu(2), 2).empty());  // with the softmax head
  const Json hard = {{"epochs", 2}, {"negatives", {{"type", "hard_label"}}}};
  CHECK_THAT(pipeline_refusal(hard, dense_relu(2), 2),
             Catch::Contains("/trainer/negatives/type") && Catch::Contains("only the pipeline's last rank"));
  Json backprop = {{"type", "backprop"}, {"epochs", 1}};
  Ranks two(2);
  CHECK_THROWS_WITH(trainer_registry().build(backprop, "/trainer")->pipeline(two),
                    Catch::Contains("/distributed/mode") && Catch::Contains("\"backprop\": use \"data_parallel\""));
  Json dropout = dense_relu(2);
  dropout.insert(dropout.begin() + 2, Json{{"type", "dropout"}, {"rate", 0.1}});
  CHECK_THAT(pipeline_refusal(no_head, dropout, 2), Catch::Contains("/network/layers/2") && Catch::Contains("dropout"));
}

namespace {

/// A supervised FF net of 3 blocks on 600 synthetic rows, 12 batches of 50
/// an epoch, with peer normalisation and Adam (moments and step counts to
/// gather), no head (goodness_every_label evaluates it).
Json pipeline_manifest(const std::string& name, std::size_t epochs) {
  Json m = Json::parse(R"({
    "study": "pipe", "seed": 5, "threads": 1,
    "dataset": {"type": "synthetic", "train": 600, "validation": 60, "test": 90, "features": 16, "classes": 3},
    "distributed": {"mode": "layer_pipeline"},
    "network": {"layers": [{"type": "dense", "units": 24}, {"type": "relu"}, {"type": "dense", "units": 20},
                           {"type": "relu"}, {"type": "dense", "units": 16}, {"type": "relu"}]},
    "trainer": {"type": "forward_forward", "batch_size": 50, "optimizer": {"type": "adam", "lr": 0.003},
                "schedule": {"type": "constant"}, "peer_normalization": {"strength": 0.03},
                "softmax_head": {"enabled": false}},
    "evaluation": {"procedures": [{"type": "goodness_every_label"}]}
  })");
  m["name"] = name;
  m["trainer"]["epochs"] = epochs;
  return m;
}

/// Whether every tensor of the two model files holds the same bits.
bool same_bits(const std::filesystem::path& a, const std::filesystem::path& b) {
  const Checkpoint x = load_checkpoint(a), y = load_checkpoint(b);
  if (x.tensors.size() != y.tensors.size()) return false;
  for (std::size_t t = 0; t < x.tensors.size(); ++t)
    if (x.tensors[t].shape() != y.tensors[t].shape() ||
        std::memcmp(x.tensors[t].data(), y.tensors[t].data(), x.tensors[t].size() * sizeof(float)) != 0)
      return false;
  return true;
}

/// A record's epochs without what a clock or the pipeline adds (times, the
/// pipeline's wait), and its final errors: what one process must reproduce.
Json computed_part(const Json& record) {
  Json epochs = record["epochs"];
  for (Json& e : epochs) {
    for (const char* clock : {"seconds", "examples_per_second", "evaluation_seconds"}) e.erase(clock);
    e["measures"].erase("pipeline_wait_ms");
    e["measures"].erase("pipeline_epoch_end_ms");
    e["measures"].erase("allreduce_ms");
    e["measures"].erase("allreduce_mb");
  }
  return {{"epochs", epochs}, {"final", record["final"]}};
}

const char* const kNeedsMpi = "fflab was built without MPI (apt-get install libopenmpi-dev openmpi-bin)";

}  // namespace

/// pipeline_manifest with the one-pass softmax head (read from blocks 1
/// and 2, after the neutral-label pass), or unsupervised with hybrid
/// negatives and the linear readout (read from blocks 0, 1 and 2).
Json with_head(const std::string& name, bool supervised) {
  Json m = pipeline_manifest(name, 2);
  m["dataset"].erase("features");
  m["dataset"]["image_shape"] = {1, 4, 4};  // hybrid negatives mix images
  m["dataset"]["separation"] = 1.0;
  m["trainer"]["softmax_head"]["enabled"] = nullptr;
  m["trainer"]["supervised"] = supervised;
  m["evaluation"]["procedures"] =
      supervised ? Json::parse(R"([{"type": "one_pass_softmax"}, {"type": "goodness_every_label"}])")
                 : Json::parse(R"([{"type": "linear_readout"}])");
  return m;
}

/// The channel-wise competitive objective (labels in the objective, no
/// negatives) on blocks with batch norm after the activation, no length
/// normalisation, block k training in epochs [0, k + 1) only.
Json class_groups(const std::string& name) {
  Json m = pipeline_manifest(name, 3);
  m["dataset"]["separation"] = 1.0;
  m["network"]["layers"] = Json::parse(R"([
    {"type": "dense", "units": 24}, {"type": "relu"}, {"type": "batch_norm"},
    {"type": "dense", "units": 21}, {"type": "relu"}, {"type": "batch_norm"},
    {"type": "dense", "units": 18}, {"type": "relu"}])");
  m["trainer"] = Json::parse(R"({"type": "forward_forward", "epochs": 3, "batch_size": 50, "normalization": "none",
    "objective": {"type": "channel_competitive"}, "block_epochs": [1, 2, 3],
    "optimizer": {"type": "adam", "lr": 0.01}, "schedule": {"type": "constant"}})");
  m["evaluation"]["procedures"] = Json::parse(R"([{"type": "class_group_goodness"}])");
  return m;
}

/// Hinton's FF on conv blocks (one with max pooling and batch norm after
/// its activation), the label as constant input channels.
Json conv_blocks(const std::string& name) {
  Json m = pipeline_manifest(name, 2);
  m["dataset"].erase("features");
  m["dataset"]["image_shape"] = {1, 6, 6};
  m["dataset"]["separation"] = 1.0;
  m["network"]["layers"] = Json::parse(R"([
    {"type": "conv2d", "channels": 4, "kernel": 3, "padding": 1}, {"type": "relu"},
    {"type": "conv2d", "channels": 6, "kernel": 3, "padding": 1}, {"type": "relu"},
    {"type": "max_pool2d", "kernel": 2}, {"type": "batch_norm"},
    {"type": "conv2d", "channels": 6, "kernel": 3, "padding": 1}, {"type": "relu"}])");
  m["trainer"]["label_input"] = "channels";
  m["trainer"]["peer_normalization"]["strength"] = 0.0;  // refused on a block with pooling after its activation
  return m;
}

TEST_CASE("mpirun -n 2 and -n 3: a layer pipeline's records and model equal the one-process run's bit for bit",
          "[layer_pipeline][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP(kNeedsMpi);
  TempDir dir;
  for (const Json& m : {pipeline_manifest("ff", 2), with_head("head", true), with_head("readout", false),
                        class_groups("groups"), conv_blocks("conv")}) {
    const std::string name = m["name"], folder = "pipe/" + name + "/";
    INFO(name);
    fflab::test::write_text(dir / (name + ".json"), m.dump(2));
    const auto alone = shell(dir, "'" FFLAB_CLI "' run " + name + ".json --results one");
    INFO(alone.out);
    REQUIRE(alone.status == 0);
    const Json one = read_result_file(dir / "one" / folder / "record.json");
    CHECK_FALSE(one.contains("distributed"));
    CHECK(one["final"]["test_error"].get<double>() < 40.0);  // it learns (chance: 66.7 %)
    for (int ranks : {2, 3}) {
      INFO(ranks << " ranks");
      const std::string results = "r" + std::to_string(ranks);
      const auto run = shell(dir, std::string(kMpirun) + "-n " + std::to_string(ranks) + " '" FFLAB_CLI "' run " +
                                      name + ".json --results " + results);
      INFO(run.out);
      REQUIRE(run.status == 0);
      const Json many = read_result_file(dir / results / folder / "record.json");
      CHECK(many["distributed"]["mode"] == "layer_pipeline");
      CHECK(many["distributed"]["ranks"] == ranks);
      CHECK(many["distributed"]["blocks_per_rank"] ==
            (ranks == 2 ? Json::parse("[[0, 0], [1, 2]]") : Json::parse("[[0, 0], [1, 1], [2, 2]]")));
      CHECK(many["epochs"][0]["measures"]["pipeline_wait_ms"].get<double>() >= 0.0);
      CHECK(many["epochs"][0]["measures"]["pipeline_epoch_end_ms"].get<double>() > 0.0);
      CHECK(computed_part(many) == computed_part(one));
      CHECK(same_bits(dir / "one" / folder / "model.bin", dir / results / folder / "model.bin"));
    }
  }
}

TEST_CASE("mpirun -n 3 on a net of 2 blocks: refused in one line naming /distributed/mode", "[layer_pipeline][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP(kNeedsMpi);
  TempDir dir;
  Json m = pipeline_manifest("two", 1);
  m["network"]["layers"].erase(5);
  m["network"]["layers"].erase(4);
  fflab::test::write_text(dir / "two.json", m.dump(2));
  const auto run = shell(dir, std::string(kMpirun) + "-n 3 '" FFLAB_CLI "' run two.json --results r");
  CHECK(run.status != 0);
  CHECK_THAT(run.out, Catch::Contains("/distributed/mode: \"layer_pipeline\" gives every rank at least one block, "
                                      "but the network has 2 blocks for 3 ranks"));
  CHECK_FALSE(std::filesystem::exists(dir / "r/pipe/two/record.json"));
}

TEST_CASE("mpirun -n 2: a killed rank stops the job, and run again it resumes and ends as an uninterrupted run",
          "[layer_pipeline][data_parallel][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP(kNeedsMpi);
  for (const char* mode : {"layer_pipeline", "data_parallel"}) {
    INFO(mode);
    TempDir dir;
    Json m = pipeline_manifest("kill", 3);
    m["distributed"]["mode"] = mode;
    // Data-parallel ranks keep peer-normalisation means of their own rows,
    // and a resumed rank takes rank 0's: only without them does a resumed
    // data-parallel run end bit for bit where an uninterrupted one ends.
    if (std::string(mode) == "data_parallel") m["trainer"]["peer_normalization"]["strength"] = 0.0;
    fflab::test::write_text(dir / "kill.json", m.dump(2));
    const std::string job = std::string(kMpirun) + "-n 2 '" FFLAB_CLI "' run kill.json --results ";
    const auto whole_run = shell(dir, job + "whole");
    INFO(whole_run.out);
    REQUIRE(whole_run.status == 0);
    const auto killed = shell(dir, "FFLAB_KILL_RANK_AFTER_EPOCH=1:1 " + job + "cut");
    INFO(killed.out);
    CHECK(killed.status != 0);
    CHECK_THAT(killed.out, Catch::Contains("rank 1") && Catch::Contains("signal 9"));
    CHECK_FALSE(std::filesystem::exists(dir / "cut/pipe/kill/record.json"));
    const auto again = shell(dir, job + "cut");
    INFO(again.out);
    REQUIRE(again.status == 0);
    CHECK_THAT(again.out, Catch::Contains("after epoch 1"));
    const Json whole = read_result_file(dir / "whole/pipe/kill/record.json");
    const Json resumed = read_result_file(dir / "cut/pipe/kill/record.json");
    CHECK(resumed["resumes"].size() == 1);
    CHECK(computed_part(resumed) == computed_part(whole));
    CHECK(same_bits(dir / "whole/pipe/kill/model.bin", dir / "cut/pipe/kill/model.bin"));
  }
}

TEST_CASE("a build without MPI refuses a layer pipeline at /distributed/mode, saying why", "[layer_pipeline]") {
  Json m = pipeline_manifest("ff", 1);
  resolve_manifest(m);
  CHECK_NOTHROW(check_distributed_mode(m, true));
  CHECK_THROWS_WITH(check_distributed_mode(m, false),
                    Catch::Contains("/distributed/mode") && Catch::Contains("built without MPI"));
  m["distributed"]["mode"] = "data_parallel";  // runs as one process
  CHECK_NOTHROW(check_distributed_mode(m, false));
  m.erase("distributed");
  CHECK_NOTHROW(check_distributed_mode(m, false));
}

TEST_CASE("mpirun -n 2: a block diverging on one rank of a pipeline stops the whole job with its message",
          "[layer_pipeline][mpi]") {
  if (!built_with_mpi()) FFLAB_SKIP(kNeedsMpi);
  TempDir dir;
  Json m = pipeline_manifest("diverge", 2);
  m["trainer"]["optimizer"] = {{"type", "sgd"}, {"lr", 1e30}};
  fflab::test::write_text(dir / "diverge.json", m.dump(2));
  const auto run = shell(dir, "timeout 60 env " + std::string(kMpirun) + "-n 2 '" FFLAB_CLI
                              "' run diverge.json --results r");
  INFO(run.out);
  CHECK(WEXITSTATUS(run.status) != 124);  // not hung
  CHECK(run.status != 0);
  CHECK_THAT(run.out, Catch::Contains("training diverged in epoch 1") && Catch::Contains("of a layer pipeline"));
}
