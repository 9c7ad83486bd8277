#pragma once
// LinearHead: a linear softmax classifier trained alongside Forward-Forward on
// the DETACHED, length-normalised activities of chosen blocks, concatenated
// in block order (no gradient reaches the blocks). Weights start at 0; one
// optimizer per parameter block from the optimizer registry.
//   features(rows) -> the [rows, D] input to fill (copy_block per block)
//   logits()       -> [rows, classes] (evaluation)
// Training a batch: begin_batch(rows); then per slice of its rows fill
// features(slice rows) and score_slice(first, labels); then step(lr,
// updater) -> the batch's mean cross-entropy and one update per parameter
// block through the trainer's updater. One slice is the whole batch; more
// slices give the same step (their gradients add up to the batch mean's,
// only the summation order differs) without a [batch, D] feature matrix.
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
  /// Starts a batch of `rows` rows: zero gradient, no loss yet.
  void begin_batch(std::size_t rows);
  /// The current features are rows [first, first + n) of the batch (n =
  /// features' rows): their logits go into those rows of batch_logits(),
  /// their cross-entropy against labels[first, first + n) into the batch's
  /// loss and gradient, weighted n / rows.
  void score_slice(std::size_t first, const Labels& labels);
  /// The batch's logits once every slice is scored (also what probabilities() reads).
  const Matrix& batch_logits() const { return logits_; }
  /// The batch's mean cross-entropy; if it is finite, one update at rate lr
  /// of the weight, then the bias, through `updater`. Error unless the
  /// slices scored as many rows as the batch has.
  float step(float lr, ParameterUpdater& updater);
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
  Matrix slice_logits_;  // a slice's logits when the batch comes in slices
  Labels slice_labels_;
  std::size_t batch_rows_ = 0, scored_rows_ = 0;
  float batch_loss_ = 0.0f;
};

}  // namespace fflab
