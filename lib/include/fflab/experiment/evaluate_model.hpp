#pragma once
// evaluate_model: classifies with a trained model again, without training —
// a completed run's model.bin, or an unfinished run's checkpoint.bin (the
// weights after its last finished epoch) — by the evaluation procedures of a
// manifest, on the splits asked for. Writes nothing.
//
// The manifest must describe the training that made the model: the same
// seed, dataset, network and trainer (training_identity, run_identity.hpp).
// Everything else may differ, above all the "evaluation" section: another
// procedure, another set of blocks, a named variant, tried on the validation
// split of a trained net. A model file is a full checkpoint (parameters,
// optimizer and trainer state), two to three times the parameters' size.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab {

/// What evaluate_model found: which weights, and each procedure's error on
/// each split asked for, rounded as records round them.
struct ModelEvaluation {
  std::filesystem::path model;
  std::size_t epochs_done = 0;  ///< epochs the weights were trained for
  std::size_t epochs = 0;       ///< epochs the manifest trains for (more: an unfinished run)
  std::uint64_t seed = 0;       ///< the seed that trained the model
  std::vector<std::string> splits;
  std::string primary;          ///< the manifest's primary procedure
  Json errors;                  ///< {procedure name: {split: error in %}}, procedures in the manifest's order
  Json manifest;                ///< the evaluating manifest, resolved, with the model's seed
  Json trained_by;              ///< the manifest stored in the model file
  Json trained_source;          ///< {"commit", "dirty"} of the code that wrote the model file (null if older)
};

/// An evaluation as a JSON file keeps it (fflab evaluate --output), so that a
/// number it gives can be cited with what produced it: "kind": "evaluation",
/// date, fflab's commit, the machine and any plugins; the model file (its
/// absolute path, size, the commit that wrote it, its epochs and training
/// manifest); the evaluating manifest, the splits and the errors.
Json evaluation_record(const ModelEvaluation& evaluation);

/// The splits evaluate_model knows: "train", "validation", "test".
const std::vector<std::string>& evaluation_splits();

/// Evaluates the model in `model_file` by the procedures of `manifest` on
/// `splits` (each one of evaluation_splits(), none twice). A manifest with
/// "seeds" takes the model's seed, which must be one of them. Throws a
/// ConfigError naming the first difference when the manifest did not train
/// the model, a DataError naming the file when it is missing, truncated or
/// does not fit the network (the code changed since), an Error for an
/// unknown or repeated split, and a ConfigError for a split without rows (a
/// dataset without a validation split).
ModelEvaluation evaluate_model(Json manifest, const std::filesystem::path& model_file,
                               const std::vector<std::string>& splits);

/// The model file `fflab evaluate` reads for a manifest below a results
/// folder: in the run's folder (a study with "seeds": the folder of `seed`,
/// by default its first seed), model.bin if there is one, else an unfinished
/// run's checkpoint.bin, else model.bin (which evaluate_model reports
/// missing). When both are there (a changed manifest training beside an
/// older model), the one this manifest trained, read from their headers. An
/// Error (a command-line mistake) when `seed` is given to a manifest without
/// "seeds" or is not among them.
std::filesystem::path default_model_file(const Json& manifest, const std::filesystem::path& results_dir,
                                         const std::optional<std::uint64_t>& seed);

}  // namespace fflab
