// bench: speed figures of the library's hot paths against bare BLAS, one
// section per kind of work (see sections.hpp). Prints a table and the
// machine description; --json writes the same as JSON.
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>

#include <CLI/CLI.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/blas_environment.hpp"
#include "fflab/core/float_environment.hpp"
#include "fflab/core/memory_reuse.hpp"
#include "fflab/core/threads.hpp"
#include "harness.hpp"
#include "sections.hpp"

int main(int argc, char** argv) {
  fflab::restart_with_blas_environment(argv);
  fflab::keep_freed_memory();
  using namespace fflab::bench;
  const std::vector<std::pair<std::string, std::function<void(const BenchOptions&, Report&)>>>
      sections = {{"backprop_step", backprop_step},
                  {"ff_step", ff_step},
                  {"goodness_every_label", goodness_every_label},
                  {"peak_memory", peak_memory},
                  {"locally_connected", locally_connected},
                  {"recurrent_ff_step", recurrent_ff_step},
                  {"conv2d", conv2d},
                  {"cnn", cnn},
                  {"mpi_modes", mpi_modes}};
  std::vector<std::string> names;
  for (const auto& s : sections) names.push_back(s.first);

  BenchOptions options;
  std::string json_path;
  std::vector<std::string> chosen = names;
  CLI::App app{"bench: fflab training-step speed against bare cblas_sgemm"};
  app.add_option("--threads", options.threads, "BLAS threads")->check(CLI::PositiveNumber);
  app.add_option("--batch", options.batches, "batch sizes")->check(CLI::PositiveNumber);
  app.add_option("--repeats", options.repeats, "at least this many timed runs per figure")
      ->check(CLI::PositiveNumber);
  app.add_option("--seconds", options.seconds, "at least this much timed work per figure");
  app.add_option("--warmup", options.warmup, "untimed runs before timing")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--momentum", options.momentum, "SGD momentum of the backprop step");
  app.add_option("--section", chosen, "sections to run")->check(CLI::IsMember(names));
  app.add_option("--json", json_path, "also write the results as JSON to this file");
  std::string memory_child_kind;
  app.add_option("--memory-child", memory_child_kind, "internal: one peak_memory measurement")
      ->check(CLI::IsMember({"backprop", "ff", "ff_head"}))
      ->group("");
  CLI11_PARSE(app, argc, argv);
  if (!memory_child_kind.empty()) {
    try {
      return memory_child(memory_child_kind, options.batches.front(), options.threads);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "bench --memory-child: %s\n", e.what());
      return 1;
    }
  }

  try {
    fflab::set_threads(options.threads);
    fflab::flush_subnormals();  // as a run does (run_setup)
    Report report;
    const fflab::Json machine = describe_machine(options);
    report.json["machine"] = machine;
    report.print("fflab bench, commit %s%s, %s", machine["commit"].get<std::string>().c_str(),
                 machine["uncommitted_changes"].get<bool>() ? " with uncommitted changes to lib/" : "",
                 machine["date"].get<std::string>().c_str());
    report.print("cpu: %s, %s%s (%u logical cpus), %s", machine["cpu"].get<std::string>().c_str(),
                 machine["cpu_family_model"].get<std::string>().c_str(),
                 machine["cpu_avx512f"].get<bool>() ? ", AVX-512F" : "", machine["logical_cpus"].get<unsigned>(),
                 machine["memory"].get<std::string>().c_str());
    report.print("blas: %s, OPENBLAS_CORETYPE=%s, OPENBLAS_THREAD_TIMEOUT=%s, threads %d",
                 machine["blas"].get<std::string>().c_str(),
                 machine["openblas_coretype_env"].get<std::string>().c_str(),
                 machine["blas_thread_timeout"].get<std::string>().c_str(), options.threads);
    report.print("build: %s, %s, %s", machine["compiler"].get<std::string>().c_str(),
                 machine["build"].get<std::string>().c_str(),
                 machine["simd"].get<std::string>().c_str());
    report.print("load average at start: %s", machine["load_average_at_start"].get<std::string>().c_str());
    report.print("timing: %d warm-up runs, then at least %d runs and %.1f s per figure; medians",
                 options.warmup, options.repeats, options.seconds);
    for (const auto& [name, run] : sections)
      if (std::find(chosen.begin(), chosen.end(), name) != chosen.end()) run(options, report);
    report.json["options"] = {{"threads", options.threads},  {"batches", options.batches},
                              {"repeats", options.repeats},  {"seconds", options.seconds},
                              {"warmup", options.warmup}};
    if (!json_path.empty()) {
      std::ofstream out(json_path);
      if (!out) throw fflab::Error("cannot write " + json_path);
      out << report.json.dump(2) << "\n";
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
