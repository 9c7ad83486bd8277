#include <catch2/catch.hpp>

#include "fflab/experiment/time_to_go.hpp"

using namespace fflab;

namespace {
BatchProgress at(std::size_t epoch, std::size_t batch, double seconds) {
  BatchProgress p;
  p.epoch = epoch;  // 0-based
  p.epochs = 4;
  p.batch = batch;
  p.batches = 10;
  p.seconds = seconds;  // since the epoch started
  return p;
}
}  // namespace

TEST_CASE("the time left is the current epoch at its pace, then the completed epochs' mean", "[progress]") {
  TimeToGo eta;
  // No epoch done yet: 5 of 10 batches in 10 s -> 10 s left of this epoch, then 3 epochs of 20 s.
  CHECK(eta.seconds_left(at(0, 5, 10.0)) == Approx(70.0));
  // Two epochs done in 30 s and 50 s (one of them slow): the next ones take their mean, 40 s, not the last 50 s.
  eta.epoch_done(30.0);
  eta.epoch_done(50.0);
  CHECK(eta.seconds_left(at(2, 5, 10.0)) == Approx(10.0 + 40.0));
  // The last epoch: only its own batches are left.
  CHECK(eta.seconds_left(at(3, 8, 16.0)) == Approx(4.0));
  CHECK(eta.seconds_left(at(3, 10, 20.0)) == Approx(0.0));
  // Before the first batch there is no pace to go by.
  CHECK(eta.seconds_left(at(0, 0, 0.0)) == 0.0);
}
