#pragma once
// RunSetup (internal to the experiment module): what a run builds before its
// first epoch from a resolved manifest — the data, the network, the trainer
// and the evaluation procedures — and the tensors that make up its training
// state. Shared by run_experiment (train, checkpoint, resume) and
// evaluate_model (load a trained model and classify with it).
#include <filesystem>
#include <memory>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/procedures.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/optim/optimizer.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

struct Setup {
  std::unique_ptr<Dataset> data;
  std::unique_ptr<Trainer> trainer;
  Network network;
  Json layer_summary = Json::array();
  Json evaluation;
  Procedures procedures;
};

/// Loads the data, builds and initialises the network and the trainer, builds
/// the evaluation procedures and tries each of them: everything that can fail
/// on bad input, before anything is written. `train_rng` gets the seed's
/// training stream. Fills `s` in place (the trainer may keep the network's
/// address).
void set_up(const Json& manifest, Rng& train_rng, Setup& s);

/// The tensors a checkpoint holds: parameters, then optimizer state, then
/// trainer state (softmax head, readout, peer-normalisation averages).
struct TrainingState {
  std::vector<Parameter> parameters;
  std::vector<Optimizer*> optimizers;
  std::vector<Matrix*> extra;

  /// Parameters first (shapes checked on restore), then optimizer and trainer state.
  std::vector<Matrix*> tensors() const;
};

/// The training state of a set-up run.
TrainingState training_state(Setup& s);

/// Moves a checkpoint's tensors into `state`; a DataError naming `file` when
/// their number or a parameter's shape does not fit the network built.
void restore_tensors(Checkpoint& c, const std::filesystem::path& file, const TrainingState& state);

}  // namespace fflab
