#include "fflab/train/network_model.hpp"

namespace fflab {

Network& NetworkModel::network() {
  if (!network_) throw Error(trainer_type_ + ": the model is read before the trainer's attach");
  return *network_;
}

}  // namespace fflab
