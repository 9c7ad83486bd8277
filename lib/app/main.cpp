// fflab: the command line. run, evaluate, validate, list, table, plot, report,
// status: one file each in commands/. Errors print one line and exit non-zero.
#include <memory>
#include <vector>

#include <CLI/CLI.hpp>

#include "command_line.hpp"
#include "commands/commands.hpp"
#include "failure.hpp"
#include "fflab/core/blas_environment.hpp"
#include "fflab/core/memory_reuse.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/distributed/communicator.hpp"
#include "plugin_option.hpp"

int main(int argc, char** argv) {
  using namespace fflab::app;
  fflab::restart_with_blas_environment(argv);
  fflab::keep_freed_memory();
  const fflab::DistributedSession session(argc, argv);  // joins the MPI job under mpirun / srun
  CLI::App app{"fflab: backpropagation vs Forward-Forward experiments"};
  app.require_subcommand(1);
  app.fallthrough();  // --plugin may come before or after the subcommand
  PluginOption plugins;
  plugins.add_to(app);
  const std::vector<std::unique_ptr<Command>> commands = all_commands();
  for (const auto& command : commands) command->add_to(app);
  if (const auto refused = parse_command_line(app, argc, argv)) return *refused;

  for (const auto& command : commands) {
    if (!command->chosen()) continue;
    try {
      plugins.load();  // before the command: plugins add to the registries it reads
      const int status = command->run();
      return status != 0 ? status : check_standard_output();
    } catch (...) {
      const int status = report_failure(command->manifest_file());
      // The other ranks would wait for this one in their next collective.
      if (fflab::world().size() > 1) fflab::world().abort(status);
      return status;
    }
  }
  return 0;
}
