// The shared epoch loop pieces: EpochBatches visits every row exactly once
// in the order one permutation of the rng gives, in batches of the asked
// size with a shorter last one, and jitters only when asked; EpochTally
// weights each batch's mean loss by its rows, counts errors over decisions
// and reports progress after every batch; batch_diverged words the error
// a trainer throws on a non-finite loss.
#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/train/epoch_batches.hpp"
#include "fflab/train/epoch_tally.hpp"

using namespace fflab;

namespace {

// Row i holds the value i in every feature; its label is i % 10.
Split numbered_rows(std::size_t n, std::size_t features) {
  Split s;
  s.x = Matrix({n, features});
  s.y.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < features; ++j) s.x(i, j) = static_cast<float>(i);
    s.y[i] = static_cast<std::int32_t>(i % 10);
  }
  return s;
}

}  // namespace

TEST_CASE("EpochBatches visits every row once, in the rng's permutation, last batch shorter", "[epoch_loop]") {
  const Split split = numbered_rows(23, 4);
  Rng rng(7), same(7);
  const std::vector<std::size_t> expected = same.permutation(23);
  const EpochBatches batches(split, 10, rng);
  REQUIRE(batches.count() == 3);
  CHECK(batches.rows(0) == 10);
  CHECK(batches.rows(2) == 3);
  CHECK_THROWS_AS(batches.rows(3), Error);

  Matrix images, jittered;
  Labels labels;
  std::vector<std::size_t> seen;
  for (std::size_t b = 0; b < batches.count(); ++b) {
    const Matrix& x = batches.gather(b, images, labels, FeatureShape::flat(4), 0, rng, jittered);
    CHECK(&x == &images);
    REQUIRE(x.shape()[0] == batches.rows(b));
    for (std::size_t r = 0; r < x.shape()[0]; ++r) {
      const auto row = static_cast<std::size_t>(x(r, 3));
      CHECK(labels[r] == static_cast<std::int32_t>(row % 10));
      seen.push_back(row);
    }
  }
  CHECK(seen == expected);
  // No jitter: gathering drew nothing more from the rng after the permutation.
  CHECK(rng.next_u64() == same.next_u64());
}

TEST_CASE("EpochBatches jitters into the caller's buffer when asked", "[epoch_loop]") {
  Split split = numbered_rows(6, 16);  // 1 x 4 x 4 images
  split.blank = {-7.5f};               // what the preprocessing made of a 0 pixel
  Rng rng(3);
  const EpochBatches batches(split, 6, rng);
  Rng before = rng;
  Matrix images, jittered;
  Labels labels;
  const Matrix& x = batches.gather(0, images, labels, FeatureShape{1, 4, 4}, 1, rng, jittered);
  CHECK(&x == &jittered);
  REQUIRE(jittered.shape() == images.shape());
  CHECK(rng.next_u64() != before.next_u64());  // the shifts came from the rng
  // A shifted constant image keeps its value or shows the split's blank as
  // its border, and some row of six moved (all six unshifted has
  // probability (1/9)^6).
  bool moved = false;
  for (std::size_t r = 0; r < 6; ++r)
    for (std::size_t j = 0; j < 16; ++j) {
      CHECK((jittered(r, j) == images(r, j) || jittered(r, j) == -7.5f));
      moved = moved || jittered(r, j) != images(r, j);
    }
  CHECK(moved);
}

TEST_CASE("EpochTally weights losses by rows, counts errors over decisions, reports every batch", "[epoch_loop]") {
  std::vector<BatchProgress> reports;
  const ProgressCallback progress = [&](const BatchProgress& p) { reports.push_back(p); };
  EpochTally tally(4, 10, 2, progress);
  tally.add_errors(3, 10);
  tally.batch_done(0, 10, 2.0);
  tally.add_errors(1, 5);
  tally.batch_done(1, 5, 5.0);
  const EpochMetrics m = tally.finish(0.25);
  CHECK(m.train_loss == Approx((10 * 2.0 + 5 * 5.0) / 15.0));
  CHECK(m.train_error == Approx(100.0 * 4.0 / 15.0));
  CHECK(m.examples == 15);
  CHECK(m.learning_rate == 0.25);
  REQUIRE(reports.size() == 2);
  CHECK(reports[0].batch == 1);
  CHECK(reports[1].batch == 2);
  CHECK(reports[1].batches == 2);
  CHECK(reports[1].epoch == 4);
  CHECK(reports[1].examples == 15);
  CHECK(reports[0].running_loss == Approx(2.0));
  CHECK(reports[1].running_loss == Approx(m.train_loss));

  EpochTally no_decisions(0, 1, 1, ProgressCallback{});
  no_decisions.batch_done(0, 4, 1.0);
  CHECK(no_decisions.finish(0.1).train_error == 0.0);
  CHECK(no_decisions.finish(0.1).measures.empty());
}

TEST_CASE("EpochTally's measures are means over the rows each was measured on", "[epoch_loop]") {
  EpochTally tally(0, 1, 2, ProgressCallback{});
  tally.add_measure("block0.loss", 2.0, 10);
  tally.add_measure("softmax_head.loss", 0.5, 10);
  tally.batch_done(0, 10, 2.0);
  tally.add_measure("block0.loss", 5.0, 5);  // the head skipped this batch
  tally.batch_done(1, 5, 5.0);
  const EpochMetrics m = tally.finish(0.1);
  REQUIRE(m.measures.size() == 2);
  CHECK(m.measures.at("block0.loss") == Approx((10 * 2.0 + 5 * 5.0) / 15.0));
  CHECK(m.measures.at("softmax_head.loss") == Approx(0.5));
}

TEST_CASE("batch_diverged names the epoch and batch (1-based), the loss, its value and the fix", "[epoch_loop]") {
  const DivergenceError e = batch_diverged(2, 0, "loss of block 1", std::numeric_limits<double>::infinity());
  CHECK(std::string(e.what()) ==
        "training diverged in epoch 3, batch 1: the loss of block 1 is inf; lower trainer.optimizer.lr or add a "
        "schedule");
  const DivergenceError head = batch_diverged(0, 4, "loss of the softmax_head", 2.5, "lower trainer.softmax_head.optimizer.lr");
  CHECK(std::string(head.what()) ==
        "training diverged in epoch 1, batch 5: the loss of the softmax_head is 2.500000; lower "
        "trainer.softmax_head.optimizer.lr");
}
