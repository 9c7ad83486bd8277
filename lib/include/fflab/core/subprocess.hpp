#pragma once
// Running a helper program (git, a child of the bench) without a shell: the
// arguments go to the program as they are, so no path or name is ever parsed
// as a command.
#include <optional>
#include <string>
#include <vector>

namespace fflab {

/// Runs argv[0] (looked up in PATH) with argv, its standard error discarded,
/// and returns what it wrote to standard output, or nullopt when it cannot be
/// started or does not exit with status 0.
std::optional<std::string> program_output(const std::vector<std::string>& argv);

}  // namespace fflab
