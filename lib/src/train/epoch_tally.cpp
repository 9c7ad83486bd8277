#include "fflab/train/epoch_tally.hpp"

#include <utility>
#include <vector>

namespace fflab {

EpochTally::EpochTally(std::size_t epoch, std::size_t epochs, std::size_t batches, ProgressCallback progress)
    : epoch_(epoch), epochs_(epochs), batches_(batches), progress_(std::move(progress)), start_(Clock::now()) {}

void EpochTally::batch_done(std::size_t b, std::size_t rows, double loss) {
  loss_sum_ += loss * static_cast<double>(rows);
  seen_ += rows;
  if (progress_) {
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    progress_({epoch_, epochs_, b + 1, batches_, seen_, loss_sum_ / static_cast<double>(seen_), seconds});
  }
}

void EpochTally::combine(Communicator& ranks, int losses_from) {
  if (losses_from >= 0) ranks.broadcast(&loss_sum_, 1, losses_from);
  std::vector<double> totals{static_cast<double>(errors_), static_cast<double>(decisions_)};
  for (const auto& [name, total] : measures_) {
    totals.push_back(total.first);
    totals.push_back(static_cast<double>(total.second));
  }
  ranks.sum(totals.data(), totals.size());
  errors_ = static_cast<std::size_t>(totals[0]);
  decisions_ = static_cast<std::size_t>(totals[1]);
  std::size_t i = 2;
  for (auto& [name, total] : measures_) {
    total.first = totals[i++];
    total.second = static_cast<std::size_t>(totals[i++]);
  }
}

EpochMetrics EpochTally::finish(double learning_rate) const {
  EpochMetrics m;
  m.train_loss = seen_ ? loss_sum_ / static_cast<double>(seen_) : 0.0;
  m.train_error = decisions_ ? 100.0 * static_cast<double>(errors_) / static_cast<double>(decisions_) : 0.0;
  m.learning_rate = learning_rate;
  m.examples = seen_;
  m.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  for (const auto& [name, total] : measures_)
    if (total.second > 0) m.measures[name] = total.first / static_cast<double>(total.second);
  return m;
}

DivergenceError batch_diverged(std::size_t epoch, std::size_t batch, const std::string& what, double value,
                               const std::string& fix) {
  return DivergenceError("training diverged in epoch " + std::to_string(epoch + 1) + ", batch " +
                         std::to_string(batch + 1) + ": the " + what + " is " + std::to_string(value) + "; " + fix);
}

}  // namespace fflab
