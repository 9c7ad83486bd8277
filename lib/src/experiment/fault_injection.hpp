#pragma once
// A fault for tests of a job losing a rank (internal to the experiment
// module): with FFLAB_KILL_RANK_AFTER_EPOCH="R:E" in the environment, a run
// on every rank (data_parallel, layer_pipeline) kills rank R with SIGKILL
// once epoch E's checkpoint is written (every rank waits at a barrier first,
// so rank 0's checkpoint of epoch E is on disk). Unset, nothing happens.
#include <cstddef>

namespace fflab {

/// Called by every rank after writing the checkpoint of epoch `epochs_done` (1-based).
void kill_rank_if_asked(std::size_t epochs_done);

}  // namespace fflab
