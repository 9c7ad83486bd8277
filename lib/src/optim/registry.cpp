#include "fflab/optim/registry.hpp"

#include "fflab/optim/adagrad.hpp"
#include "fflab/optim/adam.hpp"
#include "fflab/optim/constant_schedule.hpp"
#include "fflab/optim/cosine_schedule.hpp"
#include "fflab/optim/linear_decay_schedule.hpp"
#include "fflab/optim/multistep_schedule.hpp"
#include "fflab/optim/rmsprop.hpp"
#include "fflab/optim/sgd.hpp"
#include "fflab/optim/step_schedule.hpp"

namespace fflab {

void register_builtin_optimizers(OptimizerRegistry& registry) {
  registry.add({"sgd", "SGD with optional momentum, dampening (gradient smoothing) and Nesterov",
                Sgd::schema(), &Sgd::create});
  registry.add({"adagrad", "Adagrad: steps scaled by 1/sqrt(sum of squared gradients)",
                Adagrad::schema(), &Adagrad::create});
  registry.add({"adam", "Adam with bias correction and L2 weight decay in the gradient",
                Adam::schema(), &Adam::create});
  registry.add({"rmsprop", "RMSprop (torch's): steps scaled by 1/(sqrt(leaky mean of squared gradients) + eps)",
                Rmsprop::schema(), &Rmsprop::create});
}

void register_builtin_schedules(ScheduleRegistry& registry) {
  registry.add({"constant", "the same learning rate at every epoch", ConstantSchedule::schema(),
                &ConstantSchedule::create});
  registry.add({"step", "multiply the rate by gamma every `every` epochs", StepSchedule::schema(),
                &StepSchedule::create});
  registry.add({"multistep", "multiply the rate by gamma at each of the given epochs (torch's MultiStepLR)",
                MultiStepSchedule::schema(), &MultiStepSchedule::create});
  registry.add({"linear_decay_second_half",
                "Hinton's FF schedule: constant for the first half, then linear toward 0",
                LinearDecaySecondHalfSchedule::schema(), &LinearDecaySecondHalfSchedule::create});
  registry.add({"cosine", "cosine annealing from 1 toward min_factor", CosineSchedule::schema(),
                &CosineSchedule::create});
}

OptimizerRegistry& optimizer_registry() {
  static OptimizerRegistry registry = [] {
    OptimizerRegistry r("optimizer");
    register_builtin_optimizers(r);
    return r;
  }();
  return registry;
}

ScheduleRegistry& schedule_registry() {
  static ScheduleRegistry registry = [] {
    ScheduleRegistry r("schedule");
    register_builtin_schedules(r);
    return r;
  }();
  return registry;
}

}  // namespace fflab
