// Section mpi_modes: the two MPI modes against one process on this machine's
// cores. One epoch of BP 784-2000x4-10 and of FF 784-2000x4 (wrong-label
// negatives, no head) on synthetic 784-feature rows, run by the fflab binary
// as a user runs it: one process with `threads` BLAS threads; mpirun -n 2
// data_parallel with threads / 2 per rank; for FF also mpirun -n 2
// layer_pipeline. Per run: examples/s from its record, the milliseconds per
// batch spent communicating (allreduce_ms, or pipeline_wait_ms), and the bytes
// each batch moves (data-parallel: every parameter's gradient, allreduced;
// pipeline: the [2B, units] block output per boundary). Beside them, the
// bare-sgemm floor of the same step at `threads` threads, measured here.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fflab/core/subprocess.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

constexpr std::size_t kTrainRows = 6000;
const std::vector<std::size_t> kWidths = {784, 2000, 2000, 2000, 2000};

struct ModeRun {
  std::string net, mode;  // "bp" | "ff"; "one_process" | "data_parallel" | "layer_pipeline"
};

Json manifest_for(const ModeRun& run, std::size_t batch, int threads) {
  Json layers = Json::array();
  for (std::size_t i = 1; i < kWidths.size(); ++i) {
    layers.push_back({{"type", "dense"}, {"units", kWidths[i]}});
    layers.push_back({{"type", "relu"}});
  }
  Json m = {{"study", "bench"}, {"name", run.net + "_" + run.mode}, {"seed", 1}, {"threads", threads},
            {"dataset", {{"type", "synthetic"}, {"train", kTrainRows}, {"validation", 0}, {"test", 100},
                         {"features", 784}, {"classes", 10}}}};
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
  if (run.mode != "one_process") m["distributed"] = {{"mode", run.mode}};
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

double parameter_bytes(bool bp) {
  double params = 0.0;
  for (std::size_t i = 1; i < kWidths.size(); ++i) params += double(kWidths[i - 1] + 1) * double(kWidths[i]);
  if (bp) params += double(kWidths.back() + 1) * 10.0;
  return 4.0 * params;
}

}  // namespace

void mpi_modes(const BenchOptions& options, Report& report) {
  const std::size_t batch = options.batches.front();
  report.print("== mpi_modes: one epoch of %zu synthetic rows at batch %zu by the fflab binary: 1 process x %d threads "
               "against mpirun -n 2 x %d thread(s) per rank", kTrainRows, batch, options.threads,
               std::max(1, options.threads / 2));
  if (geteuid() == 0) {  // Open MPI refuses root without these (containers)
    setenv("OMPI_ALLOW_RUN_AS_ROOT", "1", 1);
    setenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1", 1);
  }
  setenv("OMPI_MCA_btl_vader_single_copy_mechanism", "none", 0);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("fflab-bench-mpi-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Json rows = Json::array();
  for (const char* net : {"bp", "ff"}) {
    const bool bp = std::string(net) == "bp";
    const auto calls = bp ? backprop_gemm_calls({784, 2000, 2000, 2000, 2000, 10}, batch) : ff_gemm_calls(kWidths, batch);
    const double floor = double(batch) / time_bare_sgemm(options, calls).total.median;
    report.print("%s 784-2000x4%s: bare sgemm of the step on %d threads: %.0f examples/s", bp ? "BP" : "FF",
                 bp ? "-10" : "", options.threads, floor);
    for (const char* mode : {"one_process", "data_parallel", "layer_pipeline"}) {
      if (bp && std::string(mode) == "layer_pipeline") continue;
      const ModeRun run{net, mode};
      const int threads = run.mode == "one_process" ? options.threads : std::max(1, options.threads / 2);
      const Json record = run_fflab(run, manifest_for(run, batch, threads), dir);
      if (record.is_null()) {
        report.print("  %-15s failed (is mpirun installed? run it by hand to see why)", mode);
        continue;
      }
      const Json& epoch = record["epochs"][0];
      const Json& measures = epoch.value("measures", Json::object());
      const double comm = measures.value("allreduce_ms", measures.value("pipeline_wait_ms", 0.0));
      const double bytes = run.mode == "data_parallel"    ? parameter_bytes(bp)
                           : run.mode == "layer_pipeline" ? 4.0 * 2.0 * double(batch) * 2000.0
                                                          : 0.0;
      const double eps = epoch["examples_per_second"].get<double>();
      report.print("  %-15s %8.0f examples/s (%5.1f %% of the sgemm floor)  communicating %7.2f ms/batch  "
                   "moving %7.2f MB/batch%s", mode, eps, 100.0 * eps / floor, comm, bytes / 1e6,
                   run.mode == "layer_pipeline" ? " per boundary" : "");
      rows.push_back({{"net", net}, {"mode", mode}, {"threads_per_rank", threads}, {"examples_per_second", eps},
                      {"sgemm_floor_examples_per_second", floor}, {"communication_ms_per_batch", comm},
                      {"bytes_per_batch", bytes}});
    }
  }
  std::filesystem::remove_all(dir);
  report.json["sections"]["mpi_modes"] = {{"batch", batch}, {"train_rows", kTrainRows}, {"rows", rows}};
}

}  // namespace fflab::bench
