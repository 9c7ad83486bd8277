#pragma once
// Forward-Forward blocks: a FF network is its hidden layers; the trainer cuts
// it into blocks, each a run of layers ending at an activation layer (e.g.
// dense + relu). In the forward_forward trainer a block also keeps the
// pooling and batch_norm layers right after its activation (a conv block:
// conv, relu, max_pool2d, batch_norm); its output is then theirs. Each block
// has its own objective; no gradient crosses blocks: backward_block
// backpropagates only through the block's own layers and never asks the
// block's first layer for dx.
#include <functional>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/layers/network.hpp"

namespace fflab {

struct FFBlock {
  std::size_t first = 0, last = 0;  ///< layer indices, inclusive
  std::size_t activation = 0;       ///< the block's activation layer (== last unless layers follow it)
  std::size_t inputs = 0, units = 0;
  std::size_t activation_units = 0;  ///< outputs of the activation layer (== units unless layers follow it)
  /// Whether layers (pooling, batch norm) follow the activation.
  bool has_trailing_layers() const { return activation != last; }
};

/// The blocks of `network`; ConfigError (pointer /network/layers) if it does
/// not end at an activation layer (or, with `trailing`, at pooling or batch
/// norm layers right after one) or a block has no parameters. `trailing`:
/// pooling and batch_norm layers right after an activation join its block.
std::vector<FFBlock> split_into_blocks(Network& network, bool trailing = false);

/// A network of blocks followed by an output part (the layers after the last
/// activation, e.g. one dense layer with one unit per class), as the
/// local_rules trainer trains it; ConfigError if either part is missing or
/// has no parameters.
struct BlocksAndOutput {
  std::vector<FFBlock> blocks;
  FFBlock output;  ///< output.last is the network's last layer (not an activation)
};
BlocksAndOutput split_blocks_and_output(Network& network);

/// Per-layer outputs of one run of a block (grown only): output(i) is the
/// output of layer first + skip + i of the latest forward_block. Layers that
/// work in place (Layer::forward_in_place) overwrite their input, so
/// output(i) may be the same matrix as output(i - 1): a dense + relu block
/// holds one matrix. `outputs` may hold more matrices than the block has
/// layers (when shared between blocks); the block output is what
/// forward_block returns.
struct BlockActivations {
  std::vector<Matrix> outputs;
  std::vector<Matrix*> at;  ///< at[i] holds layer i's output
  const Matrix& output(std::size_t i) const { return *at[i]; }
};

/// Runs layers block.first + skip .. block.last on x (x is the block input,
/// or the output of layer first + skip - 1); returns the block output.
/// keep_pre_activation: the activation layer does not work in place, so the
/// output of the layer before it still holds the pre-activation afterwards.
const Matrix& forward_block(Network& network, const FFBlock& block, const Matrix& x, BlockActivations& acts,
                            const RunContext& ctx, std::size_t skip = 0, bool keep_pre_activation = false);

/// Scratch of backward_block.
struct BlockGradients {
  Matrix a, b;
};

/// Accumulates dL/dparams of the block's layers for dL/doutput = dy, using x
/// and acts from forward_block(skip = 0). `pre_activation` (optional) may
/// modify dL/d(input of the block's activation layer) before it goes further down.
/// dy is consumed: layers that can (Layer::backward_in_place) write their dx
/// over it, so an element-wise activation needs no buffer of its own.
/// dy_at_pre_activation: dy is dL/d(input of the final layer) instead, and
/// the final layer is skipped (rules whose signal has no f'(a), e.g. PEPITA;
/// acts must then come from forward_block with keep_pre_activation; not for
/// blocks with trailing layers).
/// write_grads: set the block's gradients instead of adding to them (no
/// zero_grad needed first; a skipped final layer's are zeroed).
void backward_block(Network& network, const FFBlock& block, const Matrix& x, const BlockActivations& acts,
                    Matrix& dy, BlockGradients& work,
                    const std::function<void(Matrix&)>& pre_activation = {}, bool dy_at_pre_activation = false,
                    bool write_grads = false);

/// A set of blocks named in a manifest: "all", "all_but_first" (Hinton's
/// code; the last block when there is only one), "last_three" (all when
/// fewer), "last", or an array of 0-based block indices.
void validate_block_set(Json& spec, const std::string& pointer);
std::vector<std::size_t> resolve_block_set(const Json& spec, std::size_t blocks, const std::string& pointer);

}  // namespace fflab
