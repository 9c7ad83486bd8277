#pragma once
// ParameterUpdater: the one seam every parameter update goes through. A
// trainer computes a parameter block's gradient, then hands the block's
// optimizer, value, gradient and learning rate to its updater; no trainer or
// head calls Optimizer::step itself. The local updater steps the optimizer;
// another (e.g. one averaging gradients across processes) can stand in for
// it without a trainer changing.
#include "fflab/core/tensor.hpp"
#include "fflab/optim/optimizer.hpp"

namespace fflab {

class ParameterUpdater {
 public:
  virtual ~ParameterUpdater() = default;
  /// Updates `value` from `grad` with `optimizer` (the block's own instance)
  /// at learning rate `lr`. Called once per parameter block per update, in
  /// the trainer's fixed order. May overwrite `grad` (with its average over
  /// the ranks of a data-parallel run); trainers compute it afresh each time.
  virtual void update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) = 0;
};

/// The default updater: optimizer.step(value, grad, lr), nothing else.
class LocalUpdater : public ParameterUpdater {
 public:
  void update(Optimizer& optimizer, Matrix& value, Matrix& grad, float lr) override;
};

/// A shared LocalUpdater (stateless), the updater of every trainer until one
/// is set.
ParameterUpdater& local_updater();

}  // namespace fflab
