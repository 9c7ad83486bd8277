#include "fflab/train/layer_pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>

namespace fflab {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// The running loss travels as the bytes of a double in two floats.
constexpr std::size_t kLossFloats = sizeof(double) / sizeof(float);

}  // namespace

BlockRange pipeline_blocks(std::size_t blocks, int rank, int ranks) {
  const auto r = static_cast<std::size_t>(rank), n = static_cast<std::size_t>(ranks);
  if (blocks < n) throw std::logic_error("pipeline_blocks: fewer blocks than ranks");
  return {blocks * r / n, blocks * (r + 1) / n - 1};
}

int pipeline_owner(std::size_t blocks, std::size_t block, int ranks) {
  for (int r = 0; r < ranks; ++r)
    if (block <= pipeline_blocks(blocks, r, ranks).last) return r;
  throw std::logic_error("pipeline_owner: no block " + std::to_string(block));
}

LayerPipeline::LayerPipeline(Communicator& ranks, std::size_t blocks)
    : ranks_(ranks), blocks_(blocks), mine_(pipeline_blocks(blocks, ranks.rank(), ranks.size())) {}

double LayerPipeline::receive(const std::vector<Matrix*>& parts) {
  std::size_t n = kLossFloats;
  for (const Matrix* p : parts) n += p->size();
  inbox_.resize(n);
  const auto start = Clock::now();
  ranks_.receive(inbox_.data(), n, ranks_.rank() - 1);
  wait_seconds_ += seconds_since(start);
  const float* at = inbox_.data();
  for (Matrix* p : parts) {
    std::copy_n(at, p->size(), p->data());
    at += p->size();
  }
  double loss = 0.0;
  std::memcpy(&loss, at, sizeof loss);
  return loss;
}

void LayerPipeline::send(const std::vector<const Matrix*>& parts, double loss) {
  const std::size_t slot = next_;
  next_ = 1 - next_;
  if (sending_[slot]) {
    const auto start = Clock::now();
    ranks_.wait_sent(tickets_[slot]);
    wait_seconds_ += seconds_since(start);
  }
  std::vector<float>& box = outbox_[slot];
  std::size_t n = kLossFloats;
  for (const Matrix* p : parts) n += p->size();
  box.resize(n);
  float* at = box.data();
  for (const Matrix* p : parts) at = std::copy_n(p->data(), p->size(), at);
  std::memcpy(at, &loss, sizeof loss);
  tickets_[slot] = ranks_.start_send(box.data(), n, ranks_.rank() + 1);
  sending_[slot] = true;
}

void LayerPipeline::flush() {
  const auto start = Clock::now();
  for (std::size_t slot = 0; slot < 2; ++slot)
    if (sending_[slot]) {
      ranks_.wait_sent(tickets_[slot]);
      sending_[slot] = false;
    }
  wait_seconds_ += seconds_since(start);
}

double LayerPipeline::take_wait_seconds() {
  const double seconds = wait_seconds_;
  wait_seconds_ = 0.0;
  return seconds;
}

void LayerPipeline::share(Matrix& tensor, int root) {
  double shape[2] = {static_cast<double>(tensor.shape()[0]), static_cast<double>(tensor.shape()[1])};
  ranks_.broadcast(shape, 2, root);
  if (ranks_.rank() != root)
    tensor.resize({static_cast<std::size_t>(shape[0]), static_cast<std::size_t>(shape[1])});
  if (tensor.size() > 0) ranks_.broadcast(tensor.data(), tensor.size(), root);
}

void LayerPipeline::share(Optimizer& optimizer, int root) {
  for (Matrix* m : optimizer.state()) share(*m, root);
  double steps = static_cast<double>(optimizer.steps());
  ranks_.broadcast(&steps, 1, root);
  optimizer.set_steps(static_cast<std::int64_t>(steps));
}

}  // namespace fflab
