#include "fflab/train/parameter_updater.hpp"

namespace fflab {

void LocalUpdater::update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) {
  optimizer.step(value, grad, lr);
}

ParameterUpdater& local_updater() {
  static LocalUpdater updater;
  return updater;
}

}  // namespace fflab
