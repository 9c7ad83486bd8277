// Section mpi_modes: the two MPI modes against one process on this machine's
// cores. One epoch of BP 784-2000x4-10 and of FF 784-2000x4 (wrong-label
// negatives, no head) on synthetic 784-feature rows, and of the CIFAR-10
// recurrent FF net of Table 1 (three locally connected layers, 8 iterations)
// on synthetic 3x32x32 images, run by the fflab binary as a user runs it: one
// process with `threads` BLAS threads; mpirun -n 2 data_parallel with
// threads / 2 per rank; for FF 784-2000x4 also mpirun -n 2 layer_pipeline.
// Per run: examples/s from its record, the milliseconds per batch spent
// communicating (allreduce_ms, or pipeline_wait_ms), and the bytes each batch
// moves (data-parallel: the record's allreduce_mb, every gradient summed;
// pipeline: the [2B, units] block output per boundary). Beside the MLPs, the
// bare-sgemm floor of the same step at `threads` threads, measured here.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fflab/core/subprocess.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

constexpr std::size_t kTrainRows = 6000;
constexpr std::size_t kCifarTrainRows = 600;  // the recurrent net runs ~30x slower per image
const std::vector<std::size_t> kWidths = {784, 2000, 2000, 2000, 2000};

struct ModeRun {
  std::string net, mode;  // "bp" | "ff" | "cifar_ff"; "one_process" | "data_parallel" | "layer_pipeline"
};

/// The Table 1 recurrent FF net with 3 hidden layers (experiments/cifar10/
/// ff_max_ssq_3_hidden.json) for one epoch, without evaluation.
Json cifar_ff_manifest(std::size_t batch) {
  Json layers = Json::array();
  for (int i = 0; i < 3; ++i) {
    layers.push_back({{"type", "locally_connected"}, {"units_per_location", 3}, {"kernel", 11}});
    layers.push_back({{"type", "relu"}});
  }
  return {{"dataset", {{"type", "synthetic"}, {"train", kCifarTrainRows}, {"validation", 0}, {"test", 100},
                       {"image_shape", {3, 32, 32}}, {"classes", 10}}},
          {"network", {{"layers", layers}}},
          {"trainer", {{"type", "recurrent_ff"}, {"epochs", 1}, {"batch_size", batch}, {"iterations", 8},
                       {"damping", 0.3}, {"train_iterations", "all"}, {"test_window", {3, 5}},
                       {"top_down", {{"type", "locally_connected"}, {"kernel", 11}}},
                       {"peer_normalization", {{"strength", 0.03}}}, {"softmax_head", {{"blocks", "all"}}}}},
          {"evaluation", {{"procedures", {{{"type", "one_pass_softmax"}}}}, {"every_epoch", false},
                          {"final_train_error", "none"}}}};
}

Json manifest_for(const ModeRun& run, std::size_t batch, int threads) {
  Json m = {{"study", "bench"}, {"name", run.net + "_" + run.mode}, {"seed", 1}, {"threads", threads}};
  if (run.mode != "one_process") m["distributed"] = {{"mode", run.mode}};
  if (run.net == "cifar_ff") {
    m.update(cifar_ff_manifest(batch));
    return m;
  }
  Json layers = Json::array();
  for (std::size_t i = 1; i < kWidths.size(); ++i) {
    layers.push_back({{"type", "dense"}, {"units", kWidths[i]}});
    layers.push_back({{"type", "relu"}});
  }
  m["dataset"] = {{"type", "synthetic"}, {"train", kTrainRows}, {"validation", 0}, {"test", 100},
                  {"features", 784}, {"classes", 10}};
  if (run.net == "bp") {
    layers.push_back({{"type", "dense"}, {"units", 10}});
    m["trainer"] = {{"type", "backprop"}, {"epochs", 1}, {"batch_size", batch},
                    {"optimizer", {{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.9}}}};
    m["evaluation"] = {{"every_epoch", false}, {"final_train_error", "none"}};
  } else {
    m["trainer"] = {{"type", "forward_forward"}, {"epochs", 1}, {"batch_size", batch},
                    {"softmax_head", {{"enabled", false}}}};
    m["evaluation"] = {{"procedures", {{{"type", "goodness_every_label"}, {"blocks", "all"}}}},
                       {"every_epoch", false}, {"final_train_error", "none"}};
  }
  m["network"] = {{"layers", layers}};
  return m;
}

/// Runs the manifest with the fflab binary beside the bench (under mpirun
/// -n 2 unless one process) and returns its record, or null if it failed.
Json run_fflab(const ModeRun& run, const Json& manifest, const std::filesystem::path& dir) {
  const std::filesystem::path fflab = std::filesystem::read_symlink("/proc/self/exe").parent_path() / "fflab";
  const std::filesystem::path file = dir / (run.net + "_" + run.mode + ".json");
  std::ofstream(file) << manifest.dump(2);
  std::vector<std::string> argv;
  if (run.mode != "one_process") argv = {"mpirun", "--oversubscribe", "-n", "2"};
  for (const std::string& a : {fflab.string(), std::string("run"), file.string(), std::string("--results"),
                               (dir / "results").string()})
    argv.push_back(a);
  if (!program_output(argv)) return Json();
  std::ifstream in(dir / "results/bench" / (run.net + "_" + run.mode) / "record.json");
  return in ? Json::parse(in) : Json();
}

/// The bare-sgemm floor of one step of `net` in examples/s, or 0 when the
/// net's products are not plain GEMMs (the locally connected CIFAR-10 net).
double sgemm_floor(const BenchOptions& options, const std::string& net, std::size_t batch) {
  if (net == "cifar_ff") return 0.0;
  const auto calls = net == "bp" ? backprop_gemm_calls({784, 2000, 2000, 2000, 2000, 10}, batch)
                                 : ff_gemm_calls(kWidths, batch);
  return double(batch) / time_bare_sgemm(options, calls).total.median;
}

/// Runs one net in one mode, prints its line and returns its JSON row (null if it failed).
Json measure_mode(const BenchOptions& options, Report& report, const ModeRun& run, double floor,
                  const std::filesystem::path& dir) {
  const std::size_t batch = options.batches.front();
  const int threads = run.mode == "one_process" ? options.threads : std::max(1, options.threads / 2);
  const Json record = run_fflab(run, manifest_for(run, batch, threads), dir);
  if (record.is_null()) {
    report.print("  %-15s failed (is mpirun installed? run it by hand to see why)", run.mode.c_str());
    return Json();
  }
  const Json& epoch = record["epochs"][0];
  const Json& measures = epoch.value("measures", Json::object());
  const double comm = measures.value("allreduce_ms", measures.value("pipeline_wait_ms", 0.0));
  const double megabytes = run.mode == "data_parallel"    ? measures.value("allreduce_mb", 0.0)
                           : run.mode == "layer_pipeline" ? 4e-6 * 2.0 * double(batch) * 2000.0
                                                          : 0.0;
  const double eps = epoch["examples_per_second"].get<double>();
  char of_floor[48] = "";
  if (floor > 0) std::snprintf(of_floor, sizeof of_floor, " (%5.1f %% of the sgemm floor)", 100.0 * eps / floor);
  report.print("  %-15s %8.1f examples/s%s  communicating %7.2f ms/batch  moving %7.2f MB/batch%s",
               run.mode.c_str(), eps, of_floor, comm, megabytes,
               run.mode == "layer_pipeline" ? " per boundary" : "");
  return {{"net", run.net}, {"mode", run.mode}, {"threads_per_rank", threads}, {"examples_per_second", eps},
          {"sgemm_floor_examples_per_second", floor}, {"communication_ms_per_batch", comm},
          {"bytes_per_batch", 1e6 * megabytes}};
}

}  // namespace

void mpi_modes(const BenchOptions& options, Report& report) {
  const std::size_t batch = options.batches.front();
  report.print("== mpi_modes: one epoch at batch %zu by the fflab binary (MLPs: %zu synthetic rows; CIFAR-10 FF: "
               "%zu synthetic 3x32x32 images): 1 process x %d threads against mpirun -n 2 x %d thread(s) per rank",
               batch, kTrainRows, kCifarTrainRows, options.threads, std::max(1, options.threads / 2));
  if (geteuid() == 0) {  // Open MPI refuses root without these (containers)
    setenv("OMPI_ALLOW_RUN_AS_ROOT", "1", 1);
    setenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1", 1);
  }
  setenv("OMPI_MCA_btl_vader_single_copy_mechanism", "none", 0);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("fflab-bench-mpi-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::vector<std::pair<std::string, std::string>> nets = {
      {"bp", "BP 784-2000x4-10"}, {"ff", "FF 784-2000x4"},
      {"cifar_ff", "CIFAR-10 recurrent FF, 3 locally connected layers (Table 1), 8 iterations"}};
  Json rows = Json::array();
  for (const auto& [net, title] : nets) {
    const double floor = sgemm_floor(options, net, batch);
    if (floor > 0)
      report.print("%s: bare sgemm of the step on %d threads: %.0f examples/s", title.c_str(), options.threads, floor);
    else
      report.print("%s (no sgemm floor: its products are locally connected, see section locally_connected)",
                   title.c_str());
    for (const char* mode : {"one_process", "data_parallel", "layer_pipeline"}) {
      if (net != "ff" && std::string(mode) == "layer_pipeline") continue;  // FF trainer only; one per net
      Json row = measure_mode(options, report, ModeRun{net, mode}, floor, dir);
      if (!row.is_null()) rows.push_back(std::move(row));
    }
  }
  std::filesystem::remove_all(dir);
  report.json["sections"]["mpi_modes"] = {
      {"batch", batch}, {"train_rows", kTrainRows}, {"cifar_train_rows", kCifarTrainRows}, {"rows", rows}};
}

}  // namespace fflab::bench
