#pragma once
// The program a run's record comes from, when that program is more than the
// library's commit: a program of one's own that links fflab and registers
// components of its own. Its record names those components and the
// executable's hash, as plugin records name their plugin.
#include <optional>

#include "fflab/core/schema.hpp"

namespace fflab {

/// "<kind> <name>" of every registered component that is neither built in
/// (a register_builtin_*() list) nor registered by a loaded plugin, sorted.
Json components_registered_outside();

/// {"path": this executable (/proc/self/exe), "fnv1a64": hash of its bytes,
/// "registered": components_registered_outside()} when any component is
/// registered outside the library and its plugins; nothing otherwise.
std::optional<Json> program_identity();

}  // namespace fflab
