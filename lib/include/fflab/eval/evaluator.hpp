#pragma once
// Evaluator: a classification procedure named in the manifest. error() gives
// the error in percent of a trained model on a split. It reads the model
// through TrainedModel: its network, and for the Forward-Forward procedures
// the model's capabilities (label scores, head logits), which throw a
// ConfigError naming the procedure when the model has none.
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/train/trained_model.hpp"

namespace fflab {

class Evaluator {
 public:
  virtual ~Evaluator() = default;
  virtual std::string type() const = 0;
  virtual double error(TrainedModel& model, const Split& split) = 0;
};

}  // namespace fflab
