// Section peak_memory: peak resident memory of backprop training against
// Forward-Forward training on the same 784-2000x4 net and batch. Each
// measurement is a fresh child process (this executable with
// --memory-child), so one trainer's peak cannot hide the other's; a child
// builds its trainer from the registries, reads VmRSS, trains a few batches
// and reads the process's high-water mark VmHWM.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "ff_model.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/rng.hpp"
#include "fflab/core/strings.hpp"
#include "fflab/core/subprocess.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/train/registry.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

constexpr std::size_t kSteps = 3;

/// A "VmXXX:   1234 kB" line of /proc/self/status, in MiB.
double status_mib(const std::string& key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key + ":", 0) == 0) return std::stod(line.substr(key.size() + 1)) / 1024.0;
  throw Error("no " + key + " in /proc/self/status");
}

const char* describe(const std::string& kind) {
  if (kind == "backprop") return "backprop, 784-2000x4-10, softmax cross-entropy";
  if (kind == "ff") return "forward_forward, 784-2000x4, no head";
  return "forward_forward, 784-2000x4, with the one-pass softmax head (the default)";
}

}  // namespace

int memory_child(const std::string& kind, std::size_t batch, int threads) {
  set_threads(threads);
  const Dataset data = mnist_shaped_dataset(batch * kSteps, 0);
  Json sgd = {{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.9}};
  Json trainer_spec = {{"epochs", 1}, {"batch_size", batch}, {"optimizer", sgd}};
  trainer_spec["type"] = kind == "backprop" ? "backprop" : "forward_forward";
  if (kind == "ff") trainer_spec["softmax_head"] = {{"enabled", false}};
  Network network = build_mlp(kind == "backprop");
  auto trainer = trainer_registry().build(trainer_spec, "/trainer");
  trainer->attach(network, data);
  const double before = status_mib("VmRSS");
  Rng rng(9);
  trainer->train_epoch(network, data.train, data.shape, 0, rng, {});
  Json out = {{"kind", kind},
              {"batch", batch},
              {"parameters", network.parameter_count()},
              {"rss_before_training_mib", before},
              {"peak_rss_mib", status_mib("VmHWM")}};
  std::cout << out.dump() << std::endl;
  return 0;
}

void peak_memory(const BenchOptions& options, Report& report) {
  report.print("== peak_memory: peak resident memory (VmHWM) of a fresh process per row that builds the "
               "trainer, then trains %zu batches; SGD momentum 0.9 in both, %d threads",
               kSteps, options.threads);
  report.print("   'training' = peak minus the resident memory just before training (parameters, their "
               "gradients, data and the process itself are counted in 'before'; momentum buffers (4 bytes a "
               "parameter, allocated at the first step) and activations in 'training')");
  // The child started by path: /proc/self/exe resolved here, once.
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe");
  Json rows = Json::array();
  for (std::size_t batch : options.batches) {
    Json by_kind = Json::object();
    for (const std::string kind : {"backprop", "ff", "ff_head"}) {
      const std::vector<std::string> command = {self.string(), "--memory-child", kind, "--batch",
                                                std::to_string(batch), "--threads", std::to_string(options.threads)};
      const auto text = program_output(command);
      if (!text) throw Error("the memory child failed: " + join(command, " "));
      const Json r = Json::parse(*text);
      const double peak = r["peak_rss_mib"].get<double>(), before = r["rss_before_training_mib"].get<double>();
      const double momentum = 4.0 * r["parameters"].get<double>() / (1024.0 * 1024.0);
      report.print("batch %5zu  %-78s peak %7.1f MiB  before training %7.1f MiB  training %7.1f MiB "
                   "(momentum %5.1f, activations and workspaces %6.1f)",
                   batch, describe(kind), peak, before, peak - before, momentum, peak - before - momentum);
      by_kind[kind] = r;
    }
    const double bp = by_kind["backprop"]["peak_rss_mib"].get<double>();
    const double ff = by_kind["ff"]["peak_rss_mib"].get<double>();
    report.print("batch %5zu  FF (no head) peak is %.1f %% of backprop's", batch, 100.0 * ff / bp);
    rows.push_back({{"batch", batch}, {"runs", by_kind}, {"ff_over_backprop", ff / bp}});
  }
  report.json["sections"]["peak_memory"] = rows;
}

}  // namespace fflab::bench
