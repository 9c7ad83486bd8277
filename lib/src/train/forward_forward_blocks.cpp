#include "fflab/train/forward_forward_blocks.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/layers/activation.hpp"
#include "fflab/layers/batch_norm.hpp"
#include "fflab/layers/pool2d.hpp"

namespace fflab {

namespace {

/// Whether layer i joins the block of the activation before it (trailing blocks).
bool trails_activation(Network& network, std::size_t i) {
  const Layer& layer = network.layer(i);
  return dynamic_cast<const Pool2D*>(&layer) || dynamic_cast<const BatchNorm*>(&layer);
}

/// Blocks of layers [0, end), each ending at an activation (with `trailing`,
/// at the pooling and batch norm layers right after it); `next` is set to
/// the first layer after the last block (end when the range ends at one).
std::vector<FFBlock> blocks_until(Network& network, std::size_t end, bool trailing, std::size_t& next) {
  std::vector<FFBlock> blocks;
  std::size_t first = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if (!dynamic_cast<const ActivationLayer*>(&network.layer(i))) continue;
    FFBlock b;
    b.first = first;
    b.activation = i;
    b.activation_units = network.layer(i).output_shape().size();
    while (trailing && i + 1 < end && trails_activation(network, i + 1)) ++i;
    b.last = i;
    b.inputs = network.layer(first).input_shape().size();
    b.units = network.layer(i).output_shape().size();
    std::size_t params = 0;
    for (std::size_t k = first; k <= i; ++k) params += network.layer(k).parameter_count();
    if (params == 0)
      throw ConfigError(child_pointer("/network/layers", i),
                        "block " + std::to_string(blocks.size()) + " (layers " +
                            std::to_string(first) + ".." + std::to_string(i) +
                            ") has no parameters to train: put a dense (or other learnable) layer before "
                            "each activation");
    blocks.push_back(b);
    first = i + 1;
  }
  next = first;
  return blocks;
}

}  // namespace

std::vector<FFBlock> split_into_blocks(Network& network, bool trailing) {
  std::size_t first = 0;
  std::vector<FFBlock> blocks = blocks_until(network, network.size(), trailing, first);
  if (blocks.empty() || first != network.size())
    throw ConfigError("/network/layers",
                      "a Forward-Forward network is its hidden layers, each block ending at an activation "
                      "layer (e.g. dense + relu) or at pooling / batch_norm layers right after one (conv + relu + "
                      "max_pool2d); the last layer must be one of these, not a class output");
  return blocks;
}

BlocksAndOutput split_blocks_and_output(Network& network) {
  BlocksAndOutput out;
  std::size_t first = 0;
  out.blocks = blocks_until(network, network.size(), false, first);
  if (out.blocks.empty() || first == network.size())
    throw ConfigError("/network/layers",
                      "a local_rules network is blocks ending at activation layers (e.g. dense + relu), then an "
                      "output layer with one unit per class (e.g. dense); it has " +
                          std::string(out.blocks.empty() ? "no activation layer" : "no layer after the last activation"));
  out.output.first = first;
  out.output.last = network.size() - 1;
  out.output.activation = out.output.last;
  out.output.inputs = network.layer(first).input_shape().size();
  out.output.units = network.layer(out.output.last).output_shape().size();
  out.output.activation_units = out.output.units;
  std::size_t params = 0;
  for (std::size_t k = first; k < network.size(); ++k) params += network.layer(k).parameter_count();
  if (params == 0)
    throw ConfigError(child_pointer("/network/layers", first),
                      "the output part (layers " + std::to_string(first) + ".." + std::to_string(out.output.last) +
                          ") has no parameters: end the network with a dense layer with one unit per class");
  return out;
}

const Matrix& forward_block(Network& network, const FFBlock& block, const Matrix& x, BlockActivations& acts,
                            const RunContext& ctx, std::size_t skip, bool keep_pre_activation) {
  const std::size_t count = block.last - block.first + 1 - skip;
  if (acts.outputs.size() < count) acts.outputs.resize(count);
  acts.at.resize(count);
  const Matrix* in = &x;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t index = block.first + skip + i;
    Layer& layer = network.layer(index);
    // In place over an output of this block (never over the caller's x).
    const bool in_place = i > 0 && layer.forward_in_place() && !(keep_pre_activation && index == block.activation);
    Matrix* out = in_place ? acts.at[i - 1] : &acts.outputs[i];
    layer.forward(*in, *out, ctx);
    acts.at[i] = out;
    in = out;
  }
  return *in;
}

void backward_block(Network& network, const FFBlock& block, const Matrix& x, const BlockActivations& acts,
                    Matrix& dy, BlockGradients& work, const std::function<void(Matrix&)>& pre_activation,
                    bool dy_at_pre_activation, bool write_grads) {
  const std::size_t count = block.last - block.first + 1;
  if (dy_at_pre_activation && block.has_trailing_layers())
    throw Error("backward_block: a signal at the pre-activation needs a block that ends at its activation");
  const std::size_t activation = block.activation - block.first;
  Matrix* d = &dy;
  if (dy_at_pre_activation && write_grads) network.layer(block.last).zero_grad();
  for (std::size_t i = dy_at_pre_activation ? count - 1 : count; i-- > 0;) {
    Layer& layer = network.layer(block.first + i);
    const Matrix& in = i == 0 ? x : acts.output(i - 1);
    if (i == 0) {  // the block's first layer is never asked for dx
      layer.parameter_grad(in, acts.output(i), *d, write_grads);
      break;
    }
    Matrix* dx = layer.backward_in_place() ? d : (d == &work.a ? &work.b : &work.a);
    layer.backward(in, acts.output(i), *d, *dx, write_grads);
    if (i == activation && pre_activation) pre_activation(*dx);
    d = dx;
  }
}

void validate_block_set(Json& spec, const std::string& pointer) {
  if (spec.is_string()) {
    const auto s = spec.get<std::string>();
    if (s != "all" && s != "all_but_first" && s != "last_three" && s != "last")
      throw ConfigError(pointer, "unknown block set \"" + s +
                                     "\": use \"all\", \"all_but_first\", \"last_three\", \"last\" or a list of "
                                     "block indices such as [1, 2]");
    return;
  }
  if (!spec.is_array() || spec.empty())
    throw ConfigError(pointer, "expected \"all\", \"all_but_first\", \"last_three\", \"last\" or a non-empty list of "
                               "0-based block indices, got " + json_type_name(spec));
  for (std::size_t i = 0; i < spec.size(); ++i)
    if (!spec[i].is_number_integer() || spec[i].get<std::int64_t>() < 0)
      throw ConfigError(child_pointer(pointer, i), "expected a 0-based block index, got " + json_type_name(spec[i]));
}

std::vector<std::size_t> resolve_block_set(const Json& spec, std::size_t blocks, const std::string& pointer) {
  std::vector<std::size_t> out;
  if (spec.is_string()) {
    const auto s = spec.get<std::string>();
    std::size_t begin = 0;
    if (s == "all_but_first") begin = blocks > 1 ? 1 : 0;
    if (s == "last_three") begin = blocks > 3 ? blocks - 3 : 0;
    if (s == "last") begin = blocks - 1;
    for (std::size_t k = begin; k < blocks; ++k) out.push_back(k);
    return out;
  }
  for (std::size_t i = 0; i < spec.size(); ++i) {
    const auto k = spec[i].get<std::size_t>();
    if (k >= blocks)
      throw ConfigError(child_pointer(pointer, i), "block " + std::to_string(k) + " does not exist: the network has " +
                                                       std::to_string(blocks) + " blocks (0.." +
                                                       std::to_string(blocks - 1) + ")");
    if (std::find(out.begin(), out.end(), k) != out.end())
      throw ConfigError(child_pointer(pointer, i), "block " + std::to_string(k) + " is listed twice");
    out.push_back(k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace fflab
