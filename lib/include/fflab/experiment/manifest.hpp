#pragma once
// Manifest: the JSON description of one experiment run. manifest_schema()
// declares every top-level key; resolve_manifest() validates a whole manifest
// (recursively, every component section against its registry entry) and fills
// in every default, so the resolved manifest says exactly what ran.
#include <filesystem>

#include "fflab/core/schema.hpp"

namespace fflab {

Schema manifest_schema();
/// The sections /network, /evaluation and /paper.
Schema network_schema();
Schema evaluation_schema();
Schema paper_schema();

/// Reads a manifest file. Throws ConfigError for unreadable or malformed JSON
/// (with line and column), for a key given twice in one object and for every
/// invalid key.
Json load_manifest(const std::filesystem::path& file);

/// Validates `manifest` in place and fills defaults. Throws ConfigError.
void resolve_manifest(Json& manifest);

/// ConfigError at /distributed/mode when a resolved manifest asks for a
/// layer pipeline and `with_mpi` (built_with_mpi()) is false: this build
/// cannot run what the manifest promises. Checked before a run is set up.
void check_distributed_mode(const Json& manifest, bool with_mpi);

}  // namespace fflab
