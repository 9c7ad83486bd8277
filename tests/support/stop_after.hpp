#pragma once
// StopAfter: a run observer that interrupts a run (throws "interrupted")
// once `epochs` epochs are done, as a killed session would; the checkpoint
// of that epoch is on disk, so the next run resumes from it. It keeps the
// record entry of the last epoch it saw. StopAtStart interrupts a run before
// its first epoch: no checkpoint of it is written.
#include <cstddef>
#include <stdexcept>

#include "fflab/experiment/runner.hpp"

namespace fflab::test {

class StopAfter : public RunObserver {
 public:
  explicit StopAfter(std::size_t epochs) : epochs_(epochs) {}
  void on_epoch(const Json& e) override {
    last_epoch = e;
    if (e["epoch"].get<std::size_t>() >= epochs_) throw std::runtime_error("interrupted");
  }

  Json last_epoch;  ///< the entry of the last epoch done

 private:
  std::size_t epochs_;
};

class StopAtStart : public RunObserver {
 public:
  void on_start(const Json&) override { throw std::runtime_error("interrupted"); }
};

}  // namespace fflab::test
