// The exit codes of fflab, besides CLI11's own for a command line it cannot parse.
#pragma once

namespace fflab::app::exit_code {

constexpr int ok = 0;
/// Any failure but a broken manifest: a dataset missing, a file that cannot be written.
constexpr int failed = 1;
/// A manifest that is not valid (a ConfigError).
constexpr int broken_manifest = 2;
/// `fflab run` ended without a seed that completed.
constexpr int no_seed_completed = 3;

}  // namespace fflab::app::exit_code
