#include "commands/commands.hpp"

namespace fflab::app {

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_run_command());
  commands.push_back(make_evaluate_command());
  commands.push_back(make_validate_command());
  commands.push_back(make_list_command());
  commands.push_back(make_table_command());
  commands.push_back(make_plot_command());
  commands.push_back(make_report_command());
  commands.push_back(make_status_command());
  return commands;
}

}  // namespace fflab::app
