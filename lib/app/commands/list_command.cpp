// fflab list: every registered component with its keys, or the manifest reference.
#include <cstdio>
#include <string>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/core/strings.hpp"
#include "fflab/experiment/reference.hpp"
#include "fflab/experiment/registries.hpp"

namespace fflab::app {
namespace {

/// What `fflab list` is told on the command line.
struct ListCommandOptions {
  bool markdown = false;
};

/// Prints a registry's components, each with its keys: type, default, help.
template <class R>
void list_registry(const R& registry) {
  std::printf("%s:\n", plural(registry.kind()).c_str());
  for (const auto& [name, entry] : registry.entries()) {
    std::printf("  %-28s %s\n", name.c_str(), entry.help.c_str());
    for (const auto& k : entry.schema.keys()) {
      std::string def = k.required ? "required" : "default " + k.default_value.dump();
      std::printf("      %-24s %-8s %-22s %s\n", k.name.c_str(), to_string(k.type), def.c_str(), k.help.c_str());
    }
  }
}

/// Prints every registry (plugins' components included), or with
/// --markdown the manifest reference of docs/manifest.md.
class ListCommand final : public Command {
 public:
  int run() override {
    if (options_.markdown) std::printf("%s", manifest_reference_markdown().c_str());
    else for_each_registry([](const auto& registry) { list_registry(registry); });
    return exit_code::ok;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("list", "print every registered component with its keys");
    sub->add_flag("--markdown", options_.markdown, "print the manifest reference (docs/manifest.md) instead");
    return sub;
  }

  ListCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_list_command() { return std::make_unique<ListCommand>(); }

}  // namespace fflab::app
