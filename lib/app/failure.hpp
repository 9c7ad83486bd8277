// Failure: what an exception caught by fflab means for the user.
#pragma once

#include <string>

namespace fflab::app {

/// What the exception being handled means for the user.
struct Failure {
  const char* message;  ///< valid while the exception is being handled; no allocation when memory ran out
  int exit_code;        ///< exit_code::broken_manifest for a ConfigError, exit_code::failed for anything else
  bool about_manifest;  ///< the manifest's file belongs in front of the message
};

/// The Failure of the exception being handled. Call only inside a catch block.
Failure current_failure();

/// Prints the exception being handled as fflab's one error line, with
/// `manifest_file` in front when the failure is about the manifest and the
/// command has one, and returns the exit code. Call only inside a catch block.
int report_failure(const std::string& manifest_file);

/// Flushes standard output: 0 when all of it was written, else prints
/// "fflab: cannot write standard output: <reason>" (a full disk, a closed
/// pipe) and returns exit_code::failed.
int check_standard_output();

}  // namespace fflab::app
