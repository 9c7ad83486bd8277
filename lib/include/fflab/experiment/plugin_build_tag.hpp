#pragma once
// A plugin's build tag (fflab/core/build_tag.hpp) against the binary's: read
// from the plugin's file before it is loaded, so that a plugin built with
// other settings is refused before any of its code runs (a mismatch in SIMD
// alignment or container layout would otherwise fail on a mangled symbol or
// crash).
#include <optional>
#include <string>

namespace fflab {

/// The tag a plugin's bytes carry (FFLAB_PLUGIN_BUILD_TAG_MARKER tag "}"),
/// or nothing when the file has none (not built with fflab_add_plugin()).
std::optional<std::string> find_plugin_build_tag(const std::string& file_bytes);

/// Empty when `plugin_tag` equals `host_tag`; otherwise what differs first,
/// in the host's key order, and the fix: "was built with avx2=off, this fflab
/// with avx2=on: rebuild the plugin with FFLAB_AVX2=ON".
std::string build_tag_mismatch(const std::string& plugin_tag, const std::string& host_tag);

}  // namespace fflab
