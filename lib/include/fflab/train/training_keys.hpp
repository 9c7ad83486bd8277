#pragma once
// Manifest keys every trainer shares (epochs, batch_size, optimizer,
// schedule, jitter, flip): one definition each, so their names, checks and help
// read the same in every trainer. Each trainer adds them in its own order
// and with its own defaults.
#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

void add_epochs_key(Schema& s);
void add_batch_size_key(Schema& s, const char* help = "examples per mini-batch");
/// An optimizer section ({"type": ..., "lr": ...}) validated by the optimizer registry.
void add_optimizer_key(Schema& s, Json default_optimizer, const char* help);
/// A schedule section ({"type": ...}) validated by the schedule registry.
void add_schedule_key(Schema& s, Json default_schedule, const char* help);
/// The augmentation keys: jitter (random shifts = random crops of the
/// image padded with the dataset's blank pixels) and flip (random horizontal flips).
void add_augmentation_keys(Schema& s);
/// For attach(): jitter and flip need images (not flat features) and a shift
/// smaller than their height and width; ConfigError at /trainer/jitter or
/// /trainer/flip otherwise.
void check_augmentation(std::size_t jitter, bool flip, const FeatureShape& shape);

}  // namespace fflab
