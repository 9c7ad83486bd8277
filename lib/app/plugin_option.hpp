// PluginOption: fflab's global --plugin option.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace fflab::app {

/// The shared libraries named by --plugin (before or after the subcommand),
/// loaded into the registries before the command runs.
class PluginOption {
 public:
  /// Adds --plugin to `app`; this object must outlive parsing.
  void add_to(CLI::App& app);

  /// Loads every plugin, in the order given. Throws when one cannot be loaded.
  void load() const;

 private:
  std::vector<std::string> files_;
};

}  // namespace fflab::app
