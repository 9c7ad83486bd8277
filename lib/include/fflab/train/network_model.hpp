#pragma once
// NetworkModel: the TrainedModel of a trainer whose model is its network
// alone (backprop, local_rules, user trainers): network(), and no
// Forward-Forward capability (those throw the procedure's ConfigError).
#include <string>
#include <utility>

#include "fflab/train/trained_model.hpp"

namespace fflab {

class NetworkModel : public TrainedModel {
 public:
  explicit NetworkModel(std::string trainer_type) : trainer_type_(std::move(trainer_type)) {}
  std::string trainer_type() const override { return trainer_type_; }
  /// Error if no network was set (the trainer is not attached).
  Network& network() override;
  void set_network(Network& network) { network_ = &network; }

 private:
  std::string trainer_type_;
  Network* network_ = nullptr;
};

}  // namespace fflab
