#pragma once
// Checkpoint: everything needed to continue a run after its last finished
// epoch — a JSON block (manifest fingerprint, epoch, per-epoch records, RNG
// state, optimizer step counts) and a list of float32 tensors (parameters,
// then optimizer state). Written atomically (temporary file, fsync, rename);
// a truncated or foreign file is a DataError, never a silent partial load.
#include <filesystem>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

struct Checkpoint {
  Json meta;
  std::vector<Matrix> tensors;
};

void save_checkpoint(const std::filesystem::path& file, const Json& meta,
                     const std::vector<const Matrix*>& tensors);
Checkpoint load_checkpoint(const std::filesystem::path& file);

/// The JSON block of a checkpoint alone, without reading its tensors (fflab
/// status, choosing a model file); the same DataErrors for a file that is
/// not a checkpoint or whose header is cut or corrupt.
Json load_checkpoint_header(const std::filesystem::path& file);

}  // namespace fflab
