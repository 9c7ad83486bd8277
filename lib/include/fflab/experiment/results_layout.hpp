#pragma once
// How fflab run lays out a results folder, told from what is on disk:
//   <results>/<study>/<run>/record.json                 one seed
//   <results>/<study>/<run>/summary.json + seed-N/record.json   several seeds
// Used to tell a results folder from a study's, run's or seed's folder given
// in its place. Unreadable entries count as absent: these checks never throw.
#include <filesystem>
#include <string>

namespace fflab {

/// A run's folder also holds, beside its record: while it trains, the
/// checkpoint written after every epoch; once it completed, its trained model
/// (the last epoch's checkpoint: parameters, optimizer and trainer state),
/// which evaluate_model reads. Neither is committed. Runs completed before
/// fflab kept models have none.
inline constexpr const char* kCheckpointFile = "checkpoint.bin";
inline constexpr const char* kModelFile = "model.bin";
/// Written by a --restart before it discards anything, removed once the new
/// record is written: while it is there, the completed record beside it is
/// the one being replaced, so a plain re-run trains (resumes) instead of
/// reusing it. A study's --restart writes one into every seed's folder first.
inline constexpr const char* kRestartMarker = "restart.pending";

/// The folder of one seed of a several-seed run: "seed-" and the seed as the
/// manifest writes it ("seed-3").
std::string seed_folder_name(const std::string& seed);

/// A seed's folder: named by seed_folder_name() and holding its record.
bool is_seed_folder(const std::filesystem::path& dir);

/// A run's folder: it holds record.json or summary.json, or seed-N folders
/// holding records (a several-seed run whose summary is not written yet).
bool is_run_folder(const std::filesystem::path& dir);

/// A study's folder: one of its sub-folders is a run's folder.
bool is_study_folder(const std::filesystem::path& dir);

/// The nearest folder at or above `dir` that is neither a run's nor a study's
/// folder: the results folder to name instead of a study's, run's or seed's.
/// Relative to the working folder ("." or "..") when `dir` is relative.
std::filesystem::path results_folder_above(const std::filesystem::path& dir);

}  // namespace fflab
