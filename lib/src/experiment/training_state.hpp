#pragma once
// TrainingState (internal to the experiment module): the tensors a checkpoint
// or a model file holds for a set-up run, in their fixed order, and putting
// a loaded checkpoint's tensors back in place.
#include <filesystem>
#include <string>
#include <vector>

#include "fflab/experiment/checkpoint.hpp"
#include "fflab/optim/optimizer.hpp"
#include "run_setup.hpp"

namespace fflab {

/// The tensors a checkpoint holds: parameters, then the layers' state
/// (batch norm's running statistics; none for most networks), then optimizer
/// state, then trainer state (softmax head, readout, peer-normalisation
/// averages).
struct TrainingState {
  std::vector<Parameter> parameters;
  std::vector<StateTensor> layer_state;
  std::vector<Optimizer*> optimizers;
  std::vector<Matrix*> extra;

  /// Parameters and layer state first (shapes checked on restore), then optimizer and trainer state.
  std::vector<Matrix*> tensors() const;
};

/// The training state of a set-up run.
TrainingState training_state(Setup& s);

/// Moves a checkpoint's tensors into `state`; a DataError naming `file` when
/// their number, a parameter's or a layer state's shape or an allocated trainer tensor's shape
/// does not fit what was built (optimizer state is allocated on first use,
/// so its shapes are not checked), ending with `remedy`.
void restore_tensors(Checkpoint& c, const std::filesystem::path& file, const TrainingState& state,
                     const std::string& remedy);

}  // namespace fflab
