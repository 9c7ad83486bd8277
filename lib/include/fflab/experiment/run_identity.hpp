#pragma once
// Run identity: which stored manifest (a record's, a checkpoint's, a model
// file's) describes the same run as another, or the same trained weights.
#include "fflab/core/schema.hpp"

namespace fflab {

/// A manifest as the run it describes: resolved by this code (defaults of
/// keys added since it was stored filled in), without its study's "seeds"
/// list. Never throws: one this code cannot resolve comes back as given,
/// minus "seeds".
Json run_identity(const Json& manifest);

/// The part of a run's identity its trained weights depend on: seed, dataset
/// (but where its files lie: dataset.path), network and trainer. A model
/// trained by one manifest can be evaluated by another with the same
/// training identity (evaluate_model.hpp).
Json training_identity(const Json& manifest);

/// Whether two manifests describe the same run: equal run identities, key
/// order aside (a checkpoint or a completed seed of a study stays valid when
/// seeds are added to or removed from the list, or when this code has added
/// a key whose default keeps the old behaviour).
bool same_run(const Json& a, const Json& b);

}  // namespace fflab
