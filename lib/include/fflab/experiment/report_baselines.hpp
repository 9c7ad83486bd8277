#pragma once
// Baselines of a study's report: runs of other studies that belong beside the
// study's own rows (the backprop net that a Forward-Forward study compares
// with, say). A study folder declares them in baselines.json:
//   {"baselines": ["mnist_bp/bp_4x2000_seeds"]}
// each entry a record or summary file, or a folder of them, relative to the
// results folder. `fflab report` puts their rows first in the study's table
// and plots; the study's own records are not touched.
#include <filesystem>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab {

/// The file name a study folder declares its baselines in.
inline constexpr const char* kBaselinesFile = "baselines.json";

/// The results named by <study_dir>/baselines.json (none if the file does not
/// exist), resolved against results_dir. Throws DataError naming the file and
/// the JSON pointer of a bad entry, with the fix.
std::vector<Json> baseline_results(const std::filesystem::path& results_dir, const std::filesystem::path& study_dir);
/// The record and summary files behind baseline_results, in its order.
std::vector<std::filesystem::path> baseline_files(const std::filesystem::path& results_dir,
                                                  const std::filesystem::path& study_dir);

}  // namespace fflab
