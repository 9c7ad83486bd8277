#include "command_line.hpp"

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "fflab/core/strings.hpp"

namespace fflab::app {

std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
    return std::nullopt;
  } catch (const CLI::ParseError& e) {
    // No command, or an unknown one (CLI11 says only "A subcommand is
    // required"): name it and list the commands there are.
    const std::function<bool(CLI::App*)> every = [](CLI::App*) { return true; };
    std::vector<std::string> known;
    for (const CLI::App* sub : app.get_subcommands(every)) known.push_back(sub->get_name());
    const auto extra = app.remaining();
    if (app.get_subcommands().empty() && !extra.empty() && !extra.front().starts_with("-")) {
      std::fprintf(stderr, "fflab: unknown command '%s'%s; known: %s\n", extra.front().c_str(),
                   did_you_mean(extra.front(), known).c_str(), join(known).c_str());
      return static_cast<int>(CLI::ExitCodes::ExtrasError);
    }
    if (argc == 1) {
      std::printf("%s", app.help().c_str());
      std::fprintf(stderr, "fflab: no command given; known: %s\n", join(known).c_str());
      return e.get_exit_code();
    }
    return app.exit(e);
  }
}

}  // namespace fflab::app
