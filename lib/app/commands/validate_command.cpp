// fflab validate: check manifests without training.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "fflab/experiment/manifest.hpp"
#include "fflab/experiment/runner.hpp"

namespace fflab::app {
namespace {

/// What `fflab validate` is told on the command line.
struct ValidateCommandOptions {
  std::vector<std::string> manifest_files;
};

/// Checks every manifest given (its data loads, its network, trainer and
/// evaluation build), a broken one not hiding the next; exits with the worst
/// outcome: 2 for a broken manifest, 1 for anything else.
class ValidateCommand final : public Command {
 public:
  int run() override {
    int worst = exit_code::ok;
    for (const std::string& file : options_.manifest_files) {
      try {
        check_run(load_manifest(file));
        std::printf("%s: valid (the data loaded, the network, trainer and evaluation built)\n", file.c_str());
      } catch (...) {
        // Every message names the file checked: several are in one output.
        const Failure failure = current_failure();
        std::fprintf(stderr, "fflab: %s: %s\n", file.c_str(), failure.message);
        worst = std::max(worst, failure.exit_code);
      }
    }
    return worst;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand(
        "validate", "check manifests without training: load each one's data, build its network, trainer and evaluation; "
                    "exit 0 if all are valid, 2 if one is broken, 1 on other errors (a dataset missing, say)");
    sub->add_option("manifests", options_.manifest_files, "manifest JSON files; each is checked and reported")
        ->required();
    return sub;
  }

  ValidateCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_validate_command() { return std::make_unique<ValidateCommand>(); }

}  // namespace fflab::app
