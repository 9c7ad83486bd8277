#pragma once
// NegativeGenerator: makes Forward-Forward's negative data for a batch.
//   generate(input, negatives) fills negatives[B, F], row i the negative
//   partner of positive row i.
// Supervised generators (needs_labels_in_input) keep the image and embed a
// WRONG label; they never emit the true label. Unsupervised ones build
// images the net must learn to reject (hybrids of two real images).
// Generators that need the model's opinion (hard negatives) declare it with
// needs_scores() and get class probabilities through input.scores.
#include <functional>
#include <string>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/local/label_embedding.hpp"

namespace fflab {

/// Returns the model's class probabilities [B, classes] for the batch's
/// images (each row sums to 1). The trainer provides it; see its docs for
/// which scores it uses.
using ClassScorer = std::function<const Matrix&()>;

struct NegativeInput {
  const Matrix& images;                  ///< [B, F] the batch as read (no label embedded)
  const Labels& labels;                  ///< true labels of the batch
  FeatureShape shape;                    ///< of one image (CHW)
  const LabelEmbedding* embedding;       ///< the label embedding (supervised), else null
  const Split* pool;                     ///< training split to draw partner images from, or null
  Rng& rng;
  const ClassScorer* scores;             ///< model probabilities, for generators that need them
};

class NegativeGenerator {
 public:
  virtual ~NegativeGenerator() = default;
  virtual std::string type() const = 0;
  /// True for label-in-input (supervised) generators.
  virtual bool needs_labels_in_input() const = 0;
  /// True if generate() calls input.scores.
  virtual bool needs_scores() const { return false; }
  virtual void generate(const NegativeInput& input, Matrix& negatives) = 0;
  /// Resolved options, for records.
  virtual Json options() const = 0;
};

}  // namespace fflab
