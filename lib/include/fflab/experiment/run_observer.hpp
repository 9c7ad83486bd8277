#pragma once
// RunObserver: what a run tells while it trains (the library itself never
// prints). Records and epoch entries arrive as the JSON they are written as
// (RunRecord::to_json, EpochEntry::to_json). An observer may throw to stop
// the run (as a killed session would): the checkpoint of the last finished
// epoch stays, so the next run resumes from it.
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/train/trainer.hpp"

namespace fflab {

/// Receives progress; the library itself never prints.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void on_start(const Json& /*summary*/) {}
  virtual void on_batch(const BatchProgress& /*progress*/) {}
  virtual void on_epoch(const Json& /*epoch_record*/) {}
  virtual void on_finish(const Json& /*record*/) {}
  virtual void on_message(const std::string& /*message*/) {}
};

}  // namespace fflab
