#pragma once
// Procedures: a manifest's evaluation procedures, built, with the primary one
// marked. check_procedures() tries every procedure on a few rows before the
// first epoch, so one that cannot evaluate what the trainer trains (softmax
// head not trained, a block index past the last block, an FF procedure under
// backprop) stops the run at once, naming /evaluation/procedures/<i>, instead
// of after the first epoch's training.
#include <memory>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/eval/evaluator.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

/// The name a procedure entry {"type": ..., "name": ...} is reported under:
/// its "name" if given, else its type.
std::string procedure_name(const Json& procedure);

struct Procedures {
  std::vector<std::string> names;
  std::vector<std::unique_ptr<Evaluator>> evaluators;
  std::size_t primary = 0;
};

/// Builds the procedures of a resolved manifest's "evaluation" section.
Procedures build_procedures(Json& evaluation);

/// Runs every procedure on the first few rows of `rows` (a trained or an
/// untrained network alike) and rethrows a ConfigError it raises with a
/// pointer below /evaluation/procedures/<i> when the procedure gave one
/// relative to its own section. Changes no parameter or trainer state.
void check_procedures(Procedures& procedures, Trainer& trainer, const Split& rows);

}  // namespace fflab
