#pragma once
// The dataset registry: {"type": "mnist", "path": null, "validation": 10000,
// ...} -> a loaded, split and preprocessed Dataset. rng drives the split.
#include "fflab/core/registry.hpp"
#include "fflab/core/rng.hpp"
#include "fflab/data/dataset.hpp"

namespace fflab {

using DatasetRegistry = Registry<Dataset, Rng&>;
DatasetRegistry& dataset_registry();
void register_builtin_datasets(DatasetRegistry& registry);

}  // namespace fflab
