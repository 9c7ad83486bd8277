#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
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

TEST_CASE("an epoch's typical time is the median training time plus the mean evaluation time", "[progress]") {
  CHECK(typical_epoch_seconds({}, {}) == 0.0);
  CHECK(typical_epoch_seconds({30.0}, {6.0}) == Approx(36.0));
  // One epoch paused for 500 s: the median ignores it; evaluation every 3rd epoch costs 9 s / 3.
  CHECK(typical_epoch_seconds({30.0, 500.0, 32.0}, {0.0, 0.0, 9.0}) == Approx(32.0 + 3.0));
  // An even count takes the lower middle value: a stall only lengthens an
  // epoch, so of one fast and one stalled epoch the fast one is typical.
  CHECK(typical_epoch_seconds({40.0, 30.0, 500.0, 32.0}, {0.0, 0.0, 0.0, 0.0}) == Approx(32.0));
  CHECK(typical_epoch_seconds({890.0, 85.0}, {0.0, 0.0}) == Approx(85.0));
  CHECK_THROWS_AS(typical_epoch_seconds({1.0, 2.0}, {0.0}), Error);
}

TEST_CASE("fflab status times a resumed run by the epochs since its last resume", "[progress]") {
  // Epochs 1-3 on slow code, resumed after 3 and after 4 on faster code.
  const Json epochs = Json::parse(R"([
    {"epoch": 1, "seconds": 300.0, "evaluation_seconds": 30.0},
    {"epoch": 2, "seconds": 310.0, "evaluation_seconds": 30.0},
    {"epoch": 3, "seconds": 305.0, "evaluation_seconds": 30.0},
    {"epoch": 4, "seconds": 120.0, "evaluation_seconds": 10.0},
    {"epoch": 5, "seconds": 100.0, "evaluation_seconds": 20.0},
    {"epoch": 6, "seconds": 110.0, "evaluation_seconds": 0.0}])");
  const Json resumes = Json::parse(R"([{"after_epoch": 3}, {"after_epoch": 4}])");
  // Epochs 5 and 6: the lower median 100 s plus the mean evaluation 10 s.
  CHECK(typical_epoch_seconds_since_resume(epochs, resumes) == Approx(110.0));
  // Never resumed: every epoch (lower median 120 plus mean evaluation 20).
  CHECK(typical_epoch_seconds_since_resume(epochs, Json::array()) == Approx(120.0 + 20.0));
  // Resumed after its last timed epoch: nothing timed since, so every epoch.
  CHECK(typical_epoch_seconds_since_resume(epochs, Json::parse(R"([{"after_epoch": 6}])")) ==
        Approx(120.0 + 20.0));
  CHECK(typical_epoch_seconds_since_resume(Json::array(), resumes) == 0.0);
}

TEST_CASE("the time left is the current epoch at its pace, then the completed epochs' typical time", "[progress]") {
  TimeToGo eta;
  // No epoch done yet: 5 of 10 batches in 10 s -> 10 s left of this epoch, then 3 epochs of 20 s.
  CHECK(eta.seconds_left(at(0, 5, 10.0)) == Approx(70.0));
  // Two epochs done in 30 s (+ 4 s evaluation) and 50 s, the current one going at 40 s: the next take
  // 30 + 2 s (the lower median, the mean evaluation), not the last one's 50 s nor this one's 40 s.
  eta.epoch_done(30.0, 4.0);
  eta.epoch_done(50.0, 0.0);
  CHECK(eta.seconds_left(at(2, 5, 20.0)) == Approx(20.0 + 32.0));
  // The last epoch: only its own batches are left, none after a batch past the end.
  CHECK(eta.seconds_left(at(3, 8, 16.0)) == Approx(4.0));
  CHECK(eta.seconds_left(at(3, 10, 20.0)) == Approx(0.0));
  CHECK(eta.seconds_left(at(3, 12, 24.0)) == Approx(0.0));
  // Before the first batch there is no pace to go by.
  CHECK(eta.seconds_left(at(0, 0, 0.0)) == 0.0);
}

TEST_CASE("a resumed run's recorded epochs count like epochs done in this process", "[progress]") {
  const Json recorded = Json::parse(R"([{"epoch": 1, "seconds": 30.0, "evaluation_seconds": 4.0},
                                        {"epoch": 2, "seconds": 50.0},
                                        {"epoch": 3, "seconds": 40.0}])");
  CHECK(typical_epoch_seconds(recorded) == Approx(40.0 + 4.0 / 3));
  CHECK(typical_epoch_seconds(Json::array()) == 0.0);
  TimeToGo resumed, fresh;
  resumed.epochs_recorded(recorded);
  // Epoch 2 of 4 at batch 5 of 10 after 100 s (the process was stopped a while): 100 s more of it, then
  // two epochs at the recorded typical time, not at this epoch's slow pace.
  CHECK(resumed.seconds_left(at(1, 5, 100.0)) == Approx(100.0 + 2 * (40.0 + 4.0 / 3)));
  CHECK(fresh.seconds_left(at(1, 5, 100.0)) == Approx(100.0 + 2 * 200.0));
  // Recorded epochs that were slow (the machine busy, or slower code before a
  // resume) and a current epoch going at 20 s: the later epochs at 20 s.
  TimeToGo sped_up;
  sped_up.epochs_recorded(Json::parse(R"([{"epoch": 1, "seconds": 900.0}, {"epoch": 2, "seconds": 950.0}])"));
  CHECK(sped_up.seconds_left(at(2, 5, 10.0)) == Approx(10.0 + 20.0));
}
