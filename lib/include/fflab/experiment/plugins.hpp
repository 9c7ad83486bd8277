#pragma once
// Plugins: shared libraries that add components (a local learning rule, a
// layer, a dataset, ...) to the registries of a running fflab, so that the
// stock command line trains them from a manifest. A plugin is built with
// fflab_add_plugin() (lib/CMakeLists.txt) against the same headers and flags
// as the fflab binary, and defines
//   extern "C" void fflab_plugin_register();
// which calls xxx_registry().add(...) for each component; it may use every
// library function the fflab binary contains (the binary exports its symbols).
// fflab_add_plugin() also compiles in the plugin's build tag
// (fflab/core/build_tag.hpp), which the loader reads from the file and
// compares with the binary's before it loads anything.
// docs/extending.md walks through one.
#include <filesystem>

#include "fflab/core/schema.hpp"

namespace fflab {

/// The function every plugin defines.
inline constexpr const char* kPluginEntryPoint = "fflab_plugin_register";

/// Loads a plugin and runs its fflab_plugin_register(). Throws Error naming
/// the file and the fix when it carries no build tag or one that differs
/// from this library's (naming the first setting that differs), cannot be
/// loaded, lacks the entry point,
/// registers a name that exists already, or was loaded before.
void load_plugin(const std::filesystem::path& file);

/// One entry per loaded plugin, in load order: {"path": absolute path,
/// "fnv1a64": hash of the file's bytes, "registered": ["local rule target_mse", ...]}.
/// Every record of a run in this process carries it as "plugins".
const Json& loaded_plugins();

}  // namespace fflab
