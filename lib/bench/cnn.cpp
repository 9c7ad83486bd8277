// Section cnn: the CwComp CNN (experiments/cwcomp: four 3x3 conv layers of
// 20 / 80 / 240 / 480 channels, ReLU, 2x2 max pools after layers 2 and 4,
// batch norm after each, layers 2 and 4 grouped by class) at CIFAR-10 size
// (3 x 32 x 32), batch 128 as the paper trains it.
//  - Where a backprop step's time goes, layer by layer (forward, then
//    weight gradient and input gradient), and the share of pooling and batch
//    norm in each conv block's time (target: at most 10 %).
//  - The training time of an epoch of 50,000 images (391 batches) for
//    backprop and for each FF-family objective on this net, from the median
//    time of a few batches through the real trainers (no evaluation).
//  - FF on LeNet-5 with the label as 10 input channels (the same-net grid's
//    trainer): per-row products with the constant label channels as fixed
//    maps against chunked products, alternating rounds.
#include <cmath>
#include <functional>
#include <string>

#include "fflab/core/rng.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/testing/gradient_check.hpp"
#include "fflab/train/registry.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

constexpr std::size_t kBatch = 128;
constexpr std::size_t kBatchesTimed = 4;
constexpr std::size_t kEpochImages = 50000;
const FeatureShape kImage{3, 32, 32};

/// The CwComp CNN's layers; with `output`, a dense softmax layer of 10 units.
Json cwcomp_layers(bool output) {
  Json layers = Json::array();
  const std::size_t channels[] = {20, 80, 240, 480};
  for (std::size_t l = 0; l < 4; ++l) {
    Json conv = {{"type", "conv2d"}, {"channels", channels[l]}, {"kernel", 3}, {"padding", 1}};
    if (l % 2 == 1) conv["groups"] = 10;
    layers.push_back(conv);
    layers.push_back({{"type", "relu"}});
    if (l % 2 == 1) layers.push_back({{"type", "max_pool2d"}, {"kernel", 2}});
    layers.push_back({{"type", "batch_norm"}, {"eps", 0.0001}});
  }
  if (output) layers.push_back({{"type", "dense"}, {"units", 10}});
  return layers;
}

Network build_network(Json layers, FeatureShape input) {
  Network network = build_layers(layers, "/network/layers", input);
  Rng rng(1);
  network.initialize(rng);
  return network;
}

Dataset cifar_shaped(std::size_t rows) {
  Dataset data;
  data.name = "CIFAR-10-shaped Gaussian noise";
  data.shape = kImage;
  data.num_classes = 10;
  data.train.x = testing::random_matrix(rows, kImage.size(), 5);
  data.train.y.resize(rows);
  for (std::size_t i = 0; i < rows; ++i) data.train.y[i] = static_cast<std::int32_t>((i * 7) % 10);
  return data;
}

/// Milliseconds of one layer's forward and of its backward (Layer::backward,
/// both gradients in the call the trainers make) at batch kBatch, inputs and
/// gradients random.
struct LayerCost {
  std::string type;
  double forward_ms = 0.0, backward_ms = 0.0;
};

std::vector<LayerCost> layer_costs(const BenchOptions& options, Network& network) {
  std::vector<LayerCost> costs;
  Rng rng(7);
  RunContext ctx{true, &rng};
  Matrix x = testing::random_matrix(kBatch, network.layer(0).input_shape().size(), 7);
  for (std::size_t i = 0; i < network.size(); ++i) {
    Layer& layer = network.layer(i);
    Matrix y, dx;
    layer.forward(x, y, ctx);
    const Matrix dy = testing::random_matrix(kBatch, y.shape()[1], 8 + i);
    LayerCost c{layer.type()};
    c.forward_ms = 1e3 * measure(options, [&] { layer.forward(x, y, ctx); }).median;
    c.backward_ms = 1e3 * measure(options, [&] { layer.backward(x, y, dy, dx, /*write_grads=*/true); }).median;
    costs.push_back(c);
    x = y;
  }
  return costs;
}

void report_layer_costs(const BenchOptions& options, Report& report, Json& out) {
  Network network = build_network(cwcomp_layers(true), kImage);
  const std::vector<LayerCost> costs = layer_costs(options, network);
  report.print("   a backprop step, layer by layer (forward | weight and input gradient), batch %zu:", kBatch);
  double conv = 0.0, other = 0.0, block_total = 0.0;
  std::size_t block = 0;
  Json blocks = Json::array();
  auto close_block = [&] {
    if (block_total == 0.0) return;
    report.print("   block %zu: %.2f ms, of which pooling and batch norm %.2f ms = %.1f %% (target <= 10 %%)", block,
                 block_total, other, 100.0 * other / block_total);
    blocks.push_back({{"block", block}, {"ms", block_total}, {"conv_ms", conv}, {"pool_and_batch_norm_ms", other},
                      {"share", other / block_total}});
    ++block;
    conv = other = block_total = 0.0;
  };
  for (std::size_t i = 0; i < costs.size(); ++i) {
    const LayerCost& c = costs[i];
    if (c.type == "conv2d" && i > 0) close_block();
    const double both = c.forward_ms + c.backward_ms;
    report.print("     layer %2zu %-11s %8.2f ms | %8.2f ms", i, c.type.c_str(), c.forward_ms, c.backward_ms);
    if (c.type == "dense") continue;  // the output layer belongs to no block
    block_total += both;
    if (c.type == "conv2d") conv += both;
    if (c.type == "max_pool2d" || c.type == "batch_norm") other += both;
  }
  close_block();
  out["blocks"] = blocks;
}

struct TrainerCase {
  const char* name;
  const char* spec;
};

const TrainerCase kTrainers[] = {
    {"backprop (Adam 0.001)", R"({"type": "backprop", "optimizer": {"type": "adam", "lr": 0.001}})"},
    {"forward_forward, channel_competitive (CwComp)",
     R"({"type": "forward_forward", "normalization": "none", "objective": {"type": "channel_competitive"},
         "optimizer": {"type": "adam", "lr": 0.01}})"},
    {"forward_forward, softplus goodness, label channels",
     R"({"type": "forward_forward", "label_input": "channels", "optimizer": {"type": "adam", "lr": 0.001}})"},
    {"forward_forward, symba, label channels",
     R"({"type": "forward_forward", "label_input": "channels", "goodness": "mean_squares",
         "objective": {"type": "symba", "alpha": 4.0}, "optimizer": {"type": "adam", "lr": 0.001}})"},
};

/// Median seconds of one batch of `data` (kBatchesTimed batches an epoch)
/// through the trainer of `spec` (validated here: its defaults filled in), on
/// the layers that `layers` gives for whether the trainer wants a class output.
double seconds_per_batch(const BenchOptions& options, Json& spec, const Dataset& data,
                         const std::function<Json(bool)>& layers) {
  trainer_registry().validate(spec, "/trainer");
  auto trainer = trainer_registry().build(spec, "/trainer");
  Network network = build_network(layers(trainer->network_outputs_classes()),
                                   trainer->network_input(data.shape, data.num_classes));
  trainer->attach(network, data);
  Rng init(2);
  trainer->initialize(init);
  std::size_t epoch = 0;
  const Timing t = measure(options, [&] {
    Rng rng(3 + epoch);
    trainer->train_epoch(network, data.train, data.shape, epoch++, rng, {});
  });
  return t.median / static_cast<double>(kBatchesTimed);
}

void report_epochs(const BenchOptions& options, Report& report, Json& out) {
  const std::size_t batches = (kEpochImages + kBatch - 1) / kBatch;
  report.print("   an epoch of %zu images (%zu batches of %zu), training only: the median time of %zu batches "
               "through the trainer, times %zu",
               kEpochImages, batches, kBatch, kBatchesTimed, batches / kBatchesTimed);
  const Dataset data = cifar_shaped(kBatch * kBatchesTimed);
  Json rows = Json::array();
  for (const TrainerCase& c : kTrainers) {
    Json spec = Json::parse(c.spec);
    spec["epochs"] = 1000;  // every timed epoch at the constant starting rate
    spec["batch_size"] = kBatch;
    spec["schedule"] = {{"type", "constant"}};
    const double per_batch = seconds_per_batch(options, spec, data, cwcomp_layers);
    report.print("   %-52s %7.1f ms a batch  -> %7.1f s an epoch", c.name, 1e3 * per_batch,
                 per_batch * static_cast<double>(batches));
    rows.push_back({{"trainer", c.name}, {"spec", spec}, {"ms_per_batch", 1e3 * per_batch},
                    {"epoch_seconds", per_batch * static_cast<double>(batches)}});
  }
  out["epochs"] = rows;
}

/// LeNet-5 as the same-net comparison runs it (experiments/samenet/lenet_mnist_lr), without its output layer.
Json lenet_layers() {
  return Json::parse(R"([
    {"type": "conv2d", "channels": 6, "kernel": 5, "padding": 2}, {"type": "relu"}, {"type": "max_pool2d", "kernel": 2},
    {"type": "conv2d", "channels": 16, "kernel": 5}, {"type": "relu"}, {"type": "max_pool2d", "kernel": 2},
    {"type": "conv2d", "channels": 120, "kernel": 5}, {"type": "relu"},
    {"type": "dense", "units": 84, "init": "he"}, {"type": "relu"}])");
}

/// Seconds of one FF batch of 100 on LeNet-5 with the label as 10 input channels (the samenet grid's trainer).
double lenet_ff_batch_seconds(const BenchOptions& options) {
  constexpr std::size_t kLeNetBatch = 100;
  Dataset data;
  data.name = "MNIST-shaped Gaussian noise";
  data.shape = {1, 28, 28};
  data.num_classes = 10;
  data.train.x = testing::random_matrix(kLeNetBatch * kBatchesTimed, 784, 6);
  data.train.y.resize(kLeNetBatch * kBatchesTimed);
  for (std::size_t i = 0; i < data.train.y.size(); ++i) data.train.y[i] = static_cast<std::int32_t>((i * 3) % 10);
  Json spec = Json::parse(R"({"type": "forward_forward", "epochs": 1000, "batch_size": 100, "supervised": true,
      "label_input": "channels", "negatives": {"type": "hard_label"}, "goodness": "sum_squares",
      "threshold": "units", "objective": {"type": "softplus"}, "normalization": "rms", "normalize_input": true,
      "optimizer": {"type": "sgd", "lr": 0.0003, "momentum": 0.9, "dampening": 0.9, "weight_decay": 0.001},
      "schedule": {"type": "constant"}, "peer_normalization": {"strength": 0.03, "momentum": 0.9}})");
  return seconds_per_batch(options, spec, data, [](bool) { return lenet_layers(); });
}

/// FF on LeNet-5 with per-row products (the label channels added as fixed
/// maps) against chunked products, in alternating rounds.
void report_lenet_ff(const BenchOptions& options, Report& report, Json& out) {
  constexpr int kRounds = 2;
  report.print("   FF on LeNet-5 (MNIST size, the label as 10 input channels, the same-net grid's trainer), batch 100, "
               "an epoch of 50,000 images (500 batches), %d alternating rounds:", kRounds);
  constexpr std::size_t kBatches = 500;
  std::vector<double> rows, chunks;  // epoch seconds per round
  for (int round = 0; round < kRounds; ++round)
    for (bool allow : {true, false}) {
      allow_conv2d_row_products(allow);
      (allow ? rows : chunks).push_back(static_cast<double>(kBatches) * lenet_ff_batch_seconds(options));
    }
  allow_conv2d_row_products(true);
  for (int round = 0; round < kRounds; ++round)
    report.print("     round %d: per-row products, label channels as fixed maps %7.1f s an epoch | chunked products "
                 "%7.1f s | %.2fx",
                 round + 1, rows[round], chunks[round], chunks[round] / rows[round]);
  out["lenet_ff_epoch_seconds"] = {{"per_row_fixed_maps", rows}, {"chunks", chunks}, {"batches", kBatches}};
}

}  // namespace

void cnn(const BenchOptions& options, Report& report) {
  report.print("== cnn: the CwComp CNN (conv 20 / 80g / 240 / 480g, 3x3, ReLU, max pools after 2 and 4, batch norm) "
               "at CIFAR-10 size, batch %zu; %d threads",
               kBatch, options.threads);
  Json out = Json::object();
  report_layer_costs(options, report, out);
  report_epochs(options, report, out);
  report_lenet_ff(options, report, out);
  report.json["sections"]["cnn"] = out;
}

}  // namespace fflab::bench
