#pragma once
// The layer pipeline of a Forward-Forward run over the ranks of a job
// ("distributed": {"mode": "layer_pipeline"}): the K blocks are split by
// block count, rank r of N training blocks [K r / N, K (r+1) / N) (the
// first ranks one block fewer when N does not divide K). For each batch,
// rank r > 0 receives its first block's input (and the running loss and
// head features, see the trainer) from rank r - 1 and rank r < N - 1 sends
// its last block's normalised output to rank r + 1, while it goes on with
// the next batch: two send buffers, so a send waits only for the one of two
// batches back. Nothing travels backwards during an epoch; at its end the
// owner of each block broadcasts the block's tensors (share()) so every
// rank holds the whole model.
#include <cstddef>
#include <vector>

#include "fflab/core/tensor.hpp"
#include "fflab/distributed/communicator.hpp"
#include "fflab/optim/optimizer.hpp"

namespace fflab {

/// Blocks [first, last] (inclusive) of a pipeline stage.
struct BlockRange {
  std::size_t first = 0, last = 0;
};
/// Rank `rank`'s blocks of `blocks` split over `ranks` (blocks >= ranks):
/// [blocks r / N, blocks (r+1) / N).
BlockRange pipeline_blocks(std::size_t blocks, int rank, int ranks);
/// The rank that trains block `block`.
int pipeline_owner(std::size_t blocks, std::size_t block, int ranks);

class LayerPipeline {
 public:
  /// `ranks` (which must outlive the pipeline) over a net of `blocks` blocks.
  LayerPipeline(Communicator& ranks, std::size_t blocks);

  Communicator& ranks() const { return ranks_; }
  const BlockRange& mine() const { return mine_; }
  bool first_stage() const { return ranks_.rank() == 0; }
  bool last_stage() const { return ranks_.rank() + 1 == ranks_.size(); }
  int owner(std::size_t block) const { return pipeline_owner(blocks_, block, ranks_.size()); }

  /// Fills `parts` (shaped by the caller as the previous rank's send() gave
  /// them) with the previous rank's next message; returns its running loss.
  double receive(const std::vector<Matrix*>& parts);
  /// Starts sending `parts` and the running loss to the next rank.
  void send(const std::vector<const Matrix*>& parts, double loss);
  /// Waits for the sends under way (before the send buffers' contents may
  /// change size, and at an epoch's end).
  void flush();
  /// Seconds spent in receive() and waiting for sends since the last call.
  double take_wait_seconds();

  /// Every rank's `tensor` becomes rank `root`'s (its shape too).
  void share(Matrix& tensor, int root);
  /// Every rank's optimizer state (moments and step count) becomes rank `root`'s.
  void share(Optimizer& optimizer, int root);

 private:
  Communicator& ranks_;
  std::size_t blocks_;
  BlockRange mine_;
  std::vector<float> inbox_;
  std::vector<float> outbox_[2];
  bool sending_[2] = {false, false};
  Communicator::SendTicket tickets_[2] = {0, 0};
  std::size_t next_ = 0;  // the outbox of the next send
  double wait_seconds_ = 0.0;
};

}  // namespace fflab
