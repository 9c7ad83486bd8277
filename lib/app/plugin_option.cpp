#include "plugin_option.hpp"

#include "fflab/experiment/plugins.hpp"

namespace fflab::app {

void PluginOption::add_to(CLI::App& app) {
  app.add_option("--plugin", files_,
                 "shared library adding components to the registries (fflab_add_plugin, docs/extending.md); "
                 "repeatable, loaded before anything else")
      ->type_name("FILE")
      ->expected(1)  // one file per --plugin, so `run --plugin x.so m.json` leaves m.json to run
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
}

void PluginOption::load() const {
  for (const auto& file : files_) load_plugin(file);
}

}  // namespace fflab::app
