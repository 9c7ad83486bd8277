#pragma once
// TrainingSettings: the manifest keys every trainer shares (epochs,
// batch_size, jitter, optimizer, schedule; see training_keys.hpp), read once
// from a trainer's validated options. The epoch loop reads them; a trainer
// reads the rest of its options itself.
#include <cstddef>
#include <memory>

#include "fflab/core/schema.hpp"
#include "fflab/optim/schedule.hpp"

namespace fflab {

struct TrainingSettings {
  /// `options`: a trainer section validated by a schema holding the common
  /// keys; the schedule is built from its registry (pointer /trainer/schedule).
  explicit TrainingSettings(const Json& options);

  std::size_t epochs = 0, batch_size = 0;
  int jitter = 0;            ///< max shift in pixels (0 = off)
  bool flip = false;         ///< random horizontal flips
  Json optimizer;            ///< the resolved optimizer section ({"type", "lr", ...})
  Json schedule_options;     ///< the resolved schedule section
  float lr = 0.0f;           ///< optimizer.lr
  std::unique_ptr<Schedule> schedule;

  /// The schedule's factor for `epoch` (0-based) of `epochs`.
  float factor(std::size_t epoch) const { return schedule->factor(epoch, epochs); }
  /// lr * factor(epoch): the rate of an epoch unless the trainer has its own.
  float learning_rate(std::size_t epoch) const { return lr * factor(epoch); }
  /// Echoes batch_size, epochs, optimizer and schedule, in that order (and
  /// flip when on), into
  /// a trainer's summary (jitter, which trainers write after keys of their
  /// own, is left to them).
  void describe(Json& summary) const;
};

}  // namespace fflab
