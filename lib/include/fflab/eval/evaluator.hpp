#pragma once
// Evaluator: a classification procedure named in the manifest. error() gives
// the error in percent of a trained network on a split. It gets the trainer
// too, since some procedures use what the trainer built (Forward-Forward's
// blocks, label embedding and softmax head).
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/data/dataset.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

class Evaluator {
 public:
  virtual ~Evaluator() = default;
  virtual std::string type() const = 0;
  virtual double error(Network& network, Trainer& trainer, const Split& split) = 0;
};

}  // namespace fflab
