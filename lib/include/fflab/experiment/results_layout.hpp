#pragma once
// How fflab run lays out a results folder, told from what is on disk:
//   <results>/<study>/<run>/            a run's folder (RunFolder, run_folder.hpp: its files)
//   <results>/<study>/<run>/seed-N/     a seed's folder of a several-seed run
// Used to tell a results folder from a study's, run's or seed's folder given
// in its place. Unreadable entries count as absent: these checks never throw.
#include <filesystem>
#include <string>

#include "fflab/experiment/run_folder.hpp"

namespace fflab {

/// The folder of one seed of a several-seed run: "seed-" and the seed as the
/// manifest writes it ("seed-3").
std::string seed_folder_name(const std::string& seed);

/// A seed's folder: named by seed_folder_name() and holding its record.
bool is_seed_folder(const std::filesystem::path& dir);

/// A run's folder: it holds its record or summary, or seed-N folders
/// holding records (a several-seed run whose summary is not written yet).
bool is_run_folder(const std::filesystem::path& dir);

/// A study's folder: one of its sub-folders is a run's folder.
bool is_study_folder(const std::filesystem::path& dir);

/// The nearest folder at or above `dir` that is neither a run's nor a study's
/// folder: the results folder to name instead of a study's, run's or seed's.
/// Relative to the working folder ("." or "..") when `dir` is relative.
std::filesystem::path results_folder_above(const std::filesystem::path& dir);

}  // namespace fflab
