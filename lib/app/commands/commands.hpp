// The fflab subcommands, one factory per file in this folder.
#pragma once

#include <memory>
#include <vector>

#include "commands/command.hpp"

namespace fflab::app {

std::unique_ptr<Command> make_run_command();
std::unique_ptr<Command> make_evaluate_command();
std::unique_ptr<Command> make_validate_command();
std::unique_ptr<Command> make_list_command();
std::unique_ptr<Command> make_table_command();
std::unique_ptr<Command> make_plot_command();
std::unique_ptr<Command> make_report_command();
std::unique_ptr<Command> make_status_command();

/// Every subcommand, in the order `fflab --help` lists them.
std::vector<std::unique_ptr<Command>> all_commands();

}  // namespace fflab::app
