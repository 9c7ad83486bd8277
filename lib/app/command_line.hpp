// parse_command_line: CLI11's parse, with fflab's words for a missing or unknown command.
#pragma once

#include <optional>

#include <CLI/CLI.hpp>

namespace fflab::app {

/// Parses the command line into `app`'s options. On a command line it cannot
/// take (an unknown or missing command, a bad option, --help) prints what
/// CLI11 or fflab says and returns the exit code; nullopt when the command
/// is to run.
std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv);

}  // namespace fflab::app
