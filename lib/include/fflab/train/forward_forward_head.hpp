#pragma once
// LinearHead: a linear softmax classifier trained alongside Forward-Forward on
// the DETACHED, length-normalised activities of chosen blocks, concatenated
// in block order (no gradient reaches the blocks). Weights start at 0; one
// optimizer per parameter block from the optimizer registry.
//   features(rows) -> the [rows, D] input to fill (copy_block per block)
//   logits()       -> [rows, classes]
//   train(labels, lr, updater) -> mean cross-entropy, one update per
//                     parameter block through the trainer's updater
#include <memory>
#include <string>
#include <vector>

#include "fflab/layers/dense.hpp"
#include "fflab/losses/loss.hpp"
#include "fflab/optim/optimizer.hpp"
#include "fflab/train/parameter_updater.hpp"

namespace fflab {

class LinearHead {
 public:
  /// `units[k]` = width of block blocks[k]; `optimizer` a validated section.
  LinearHead(std::string name, std::vector<std::size_t> blocks, const std::vector<std::size_t>& units,
             std::size_t classes, const Json& optimizer, const std::string& pointer);

  const std::string& name() const { return name_; }
  const std::vector<std::size_t>& blocks() const { return blocks_; }
  std::size_t last_block() const { return blocks_.back(); }
  bool reads(std::size_t block) const;

  /// The feature matrix for `rows` rows (resized if needed).
  Matrix& features(std::size_t rows);
  /// Copies the first `rows` rows of a block's normalised output into its
  /// columns (nothing if the head does not read that block).
  void copy_block(std::size_t block, const Matrix& normalised, std::size_t rows);
  const Matrix& logits();
  /// Softmax of the latest logits, per row.
  const Matrix& probabilities();
  /// Cross-entropy on the latest features; if it is finite, one update at
  /// rate lr of the weight, then the bias, through `updater`.
  float train(const Labels& labels, float lr, ParameterUpdater& updater);
  float learning_rate() const { return lr_; }

  std::vector<Optimizer*> optimizers();
  /// Weight and bias, for checkpoints.
  std::vector<Matrix*> state();
  Json summary() const;

 private:
  std::string name_;
  std::vector<std::size_t> blocks_, offsets_, widths_;
  Json optimizer_spec_;
  float lr_;
  DenseLayer layer_;
  std::unique_ptr<Loss> loss_;
  std::vector<std::unique_ptr<Optimizer>> optimizers_;
  Matrix features_, logits_, probs_, dlogits_;
};

}  // namespace fflab
