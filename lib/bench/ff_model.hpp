#pragma once
// FFModel: the bench's Forward-Forward subject, 784-2000-2000-2000-2000
// (dense + relu blocks) with the forward_forward trainer built from the
// registries exactly as a manifest would build it, attached to synthetic
// MNIST-shaped data (uniform pixels in [0, 1), 10 classes): speed does not
// depend on the pixel values.
#include <memory>

#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/train/forward_forward_trainer.hpp"

namespace fflab::bench {

inline const std::vector<std::size_t> kFFWidths = {784, 2000, 2000, 2000, 2000};

struct FFModel {
  Dataset data;
  Network network;
  std::unique_ptr<Trainer> trainer;
  ForwardForwardModel& ff() { return dynamic_cast<ForwardForwardTrainer&>(*trainer).model(); }
};

/// Uniform-pixel rows [rows, 784] with labels i % 10, as train and test splits
/// of a 10-class dataset (no validation split).
Dataset mnist_shaped_dataset(std::size_t train_rows, std::size_t test_rows);

/// The model with `train_rows` training rows and `test_rows` test rows;
/// `trainer_options` are the forward_forward keys besides "type" (epochs 1
/// and batch_size are the caller's to set).
std::unique_ptr<FFModel> build_ff_model(Json trainer_options, std::size_t train_rows, std::size_t test_rows);

/// The same layers ending in a 10-way dense output, for backprop.
Network build_mlp(bool class_output);

}  // namespace fflab::bench
