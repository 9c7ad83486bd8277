// Command: what every fflab subcommand is to main.cpp.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace fflab::app {

/// One fflab subcommand. The object owns the values its options parse into,
/// so it outlives parsing: `add_to` is called once before parsing, `run` at
/// most once after, and only when `chosen()`.
class Command {
 public:
  virtual ~Command() = default;

  /// Adds the subcommand, its help and its options to `app`.
  void add_to(CLI::App& app) { subcommand_ = define(app); }

  /// Whether the command line named this subcommand.
  bool chosen() const { return subcommand_ != nullptr && subcommand_->parsed(); }

  /// Does the work and returns the exit code (exit_codes.hpp). Throws on a
  /// failure; the caller reports it (failure.hpp).
  virtual int run() = 0;

  /// The manifest named in front of a failure about it; empty when the
  /// command works on no manifest. A reference: reporting a failure
  /// allocates nothing, memory may have run out.
  virtual const std::string& manifest_file() const {
    static const std::string none;
    return none;
  }

 private:
  /// Adds the subcommand with its options to `app` and returns it.
  virtual CLI::App* define(CLI::App& app) = 0;

  CLI::App* subcommand_ = nullptr;
};

}  // namespace fflab::app
