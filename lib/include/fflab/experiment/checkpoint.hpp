#pragma once
// Checkpoint: everything needed to continue a run after its last finished
// epoch — a JSON block (manifest fingerprint, epoch, per-epoch records, RNG
// state, optimizer step counts, the code that wrote it) and a list of float32
// tensors (parameters, then optimizer state, then trainer state). A completed
// run's last checkpoint is its model file. Written atomically (temporary
// file, fsync, rename); a truncated or foreign file is a DataError ending
// with what to do about it, never a silent partial load.
#include <filesystem>
#include <string_view>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

/// A checkpoint as read: its JSON block and its tensors in the order written.
struct Checkpoint {
  Json meta;
  std::vector<Matrix> tensors;
};

/// What to do about a damaged checkpoint of a run in progress: the ending of
/// the DataErrors below unless the caller gives its own (a model file's).
inline constexpr std::string_view kCheckpointRemedy = "delete it or run with --restart to start the run afresh";

void save_checkpoint(const std::filesystem::path& file, const Json& meta,
                     const std::vector<const Matrix*>& tensors);
Checkpoint load_checkpoint(const std::filesystem::path& file, std::string_view remedy = kCheckpointRemedy);

/// The JSON block of a checkpoint alone, without reading its tensors (fflab
/// status, choosing a model file); the same DataErrors for a file that is
/// not a checkpoint or whose header is cut or corrupt.
Json load_checkpoint_header(const std::filesystem::path& file, std::string_view remedy = kCheckpointRemedy);

/// Checks the rest of the file as load_checkpoint does (the magic and sizes
/// up to the header, then every tensor's shape against the bytes left, no
/// trailing bytes) without reading the tensors or parsing the header's JSON
/// (load_checkpoint_header does that): a checkpoint cut short is a
/// DataError, as it is when resumed.
void check_checkpoint_tensors(const std::filesystem::path& file, std::string_view remedy = kCheckpointRemedy);

}  // namespace fflab
