#pragma once
// Setup (internal to the experiment module): what a run builds before its
// first epoch from a resolved manifest — the data, the network, the trainer
// and the evaluation procedures. Shared by run_experiment (train, checkpoint,
// resume) and evaluate_model (load a trained model and classify with it).
#include <memory>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/experiment/procedures.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

/// A run's parts, built by set_up; the trainer may keep the network's address,
/// so a Setup is filled in place and never moved.
struct Setup {
  std::unique_ptr<Dataset> data;
  std::unique_ptr<Trainer> trainer;
  Network network;
  Json layer_summary = Json::array();
  Json evaluation;
  Procedures procedures;
};

/// Whether this run trains on every rank of the job (data-parallel or
/// layer-pipelined): its manifest has "distributed" and the process is one
/// of several ranks (with one, it trains as always).
bool trains_on_every_rank(const Json& manifest);

/// ConfigError at /trainer/batch_size unless every batch of an epoch over
/// `train_rows` rows gives each of `ranks` ranks at least one row.
void check_batch_shares(const Json& manifest, std::size_t train_rows, int ranks);

/// Loads the data, builds and initialises the network and the trainer, builds
/// the evaluation procedures and tries each of them: everything that can fail
/// on bad input, before anything is written. `train_rng` gets the seed's
/// training stream. Fills `s` in place (the trainer may keep the network's
/// address).
void set_up(const Json& manifest, Rng& train_rng, Setup& s);

}  // namespace fflab
