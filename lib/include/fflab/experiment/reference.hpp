#pragma once
// The manifest reference (docs/manifest.md) generated from the very schemas
// that validate manifests, so the documentation cannot drift from the code.
#include <string>

namespace fflab {

/// Markdown: every top-level key, then every registered component of every
/// kind with its keys (type, default, bounds, meaning).
std::string manifest_reference_markdown();

}  // namespace fflab
