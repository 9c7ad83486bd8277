// fflab table: a paper-style table of run records.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/text_file.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab::app {
namespace {

/// What `fflab table` is told on the command line.
struct TableCommandOptions {
  std::vector<std::string> inputs;
  std::string format = "md";
  std::string output;  ///< empty: stdout only
};

/// Prints the table of the records found below the inputs in markdown, LaTeX
/// or CSV, and with --output also writes it to a file.
class TableCommand final : public Command {
 public:
  int run() override {
    std::vector<std::filesystem::path> paths(options_.inputs.begin(), options_.inputs.end());
    const auto rows = result_rows(collect_results(paths));
    const std::string text = options_.format == "tex"   ? latex_table(rows)
                             : options_.format == "csv" ? csv_table(rows)
                                                        : markdown_table(rows);
    std::printf("%s", text.c_str());
    if (!options_.output.empty()) write_text_file(options_.output, text);
    return exit_code::ok;
  }

 private:
  CLI::App* define(CLI::App& app) override {
    auto* sub = app.add_subcommand("table", "print a paper-style table of run records");
    sub->add_option("records", options_.inputs, "record/summary files or folders (searched for record.json, summary.json)")
        ->required();
    sub->add_option("--format", options_.format, "md, tex or csv")->check(CLI::IsMember({"md", "tex", "csv"}));
    sub->add_option("--output", options_.output, "also write the table to this file");
    return sub;
  }

  TableCommandOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_table_command() { return std::make_unique<TableCommand>(); }

}  // namespace fflab::app
