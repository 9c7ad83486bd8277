#include "fflab/train/forward_forward_model.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/local/channel_competitive_objective.hpp"

namespace fflab {

ForwardForwardModel::ForwardForwardModel(bool supervised, float label_strength) : supervised_(supervised) {
  embedding_.strength = label_strength;
}

void ForwardForwardModel::attach(Network& network, std::vector<FFBlock> blocks, std::size_t input_features,
                                 std::size_t classes, const FFObjectiveSettings& ff,
                                 std::size_t label_channel_size) {
  network_ = &network;
  blocks_ = std::move(blocks);
  if (supervised_) {
    embedding_.classes = classes;
    embedding_.channel_size = label_channel_size;
  }
  classes_ = classes;
  goodness_ = ff.goodness.get();
  normalize_input_ = ff.normalize_input;
  normalize_blocks_ = ff.normalize_blocks;
  normalization_ = ff.normalization;
  norms_.clear();
  peers_.clear();
  for (const FFBlock& b : blocks_) {
    norms_.push_back(std::make_unique<LengthNorm>(ff.normalization, FeatureShape::flat(b.units)));
    peers_.push_back(ff.make_peer(b.activation_units));  // it acts at the activation
  }
  const std::size_t image_features = input_features - label_channel_entries();  // the label channels stay as given
  input_norm_ = std::make_unique<LengthNorm>(ff.normalization, FeatureShape::flat(image_features));
  softmax_head_.reset();
  readout_.reset();
}

void ForwardForwardModel::set_heads(std::unique_ptr<LinearHead> softmax_head, std::unique_ptr<LinearHead> readout) {
  softmax_head_ = std::move(softmax_head);
  readout_ = std::move(readout);
}

Network& ForwardForwardModel::network() {
  if (!network_) throw Error("forward_forward: the model is read before the trainer's attach");
  return *network_;
}

std::vector<LinearHead*> ForwardForwardModel::heads() {
  std::vector<LinearHead*> out;
  if (softmax_head_) out.push_back(softmax_head_.get());
  if (readout_) out.push_back(readout_.get());
  return out;
}

std::vector<Matrix*> ForwardForwardModel::state(bool peer_means) {
  std::vector<Matrix*> out;
  for (LinearHead* h : heads())
    for (Matrix* m : h->state()) out.push_back(m);
  if (peer_means)
    for (auto& p : peers_) out.push_back(&p->running_means());
  return out;
}

const Matrix& ForwardForwardModel::prepare_input(const Matrix& x, Matrix& out) {
  if (!normalize_input_) return x;
  const std::size_t label = label_channel_entries();
  if (label == 0) {
    input_norm_->forward(x, out, RunContext{});
    return out;
  }
  const std::size_t rows = x.shape()[0], width = x.shape()[1];
  const std::size_t image = input_norm_->input_shape().size();
  if (width != label + image)
    throw ShapeError("forward_forward: input rows of " + std::to_string(width) + " features, expected " +
                     std::to_string(label) + " label-channel entries and " + std::to_string(image) +
                     " of the image");
  if (&out != &x) {
    ensure_shape(out, rows, width);
    for (std::size_t r = 0; r < rows; ++r) std::copy_n(x.data() + r * width, label, out.data() + r * width);
  }
  input_norm_->normalize_rows(x.data() + label, out.data() + label, rows, width - label, width);
  return out;
}

void ForwardForwardModel::use_label_patterns(std::size_t channels, std::size_t height, std::size_t width,
                                             float wavelength) {
  if (supervised_) embedding_.use_patterns(channels, height, width, wavelength);
}

std::size_t ForwardForwardModel::label_channel_entries() const {
  return supervised_ && embedding_.channel_size ? embedding_.label_entries() : 0;
}

void ForwardForwardModel::normalize_output(std::size_t k, const Matrix& y, Matrix& out) {
  if (normalize_blocks_) {
    norms_.at(k)->forward(y, out, RunContext{});
    return;
  }
  ensure_shape(out, y.shape()[0], y.shape()[1]);
  std::copy_n(y.data(), y.size(), out.data());
}

const Matrix& ForwardForwardModel::label_free_pass(const Matrix& images, std::size_t upto, const RunContext& ctx,
                                                   const std::vector<LinearHead*>& heads) {
  for (LinearHead* h : heads) h->features(images.shape()[0]);
  return label_free_blocks(label_free_input(images), 0, upto, ctx, heads);
}

const Matrix& ForwardForwardModel::label_free_input(const Matrix& images) {
  const Matrix* raw = &images;
  if (supervised_) {
    embedding_.embed_neutral(images, neutral_);
    raw = &neutral_;
  }
  return prepare_input(*raw, neutral_input_);
}

const Matrix& ForwardForwardModel::label_free_blocks(const Matrix& x, std::size_t first, std::size_t upto,
                                                     const RunContext& ctx, const std::vector<LinearHead*>& heads) {
  const std::size_t rows = x.shape()[0];
  const Matrix* in = &x;
  for (std::size_t k = first; k <= upto; ++k) {
    const Matrix& y = forward_block(network(), blocks_[k], *in, acts_, ctx);
    Matrix& out = normalised_[k % 2];  // the heads copy at once: two buffers suffice
    normalize_output(k, y, out);
    for (LinearHead* h : heads) h->copy_block(k, out, rows);
    in = &out;
  }
  return *in;
}

const Matrix& ForwardForwardModel::head_logits(LinearHead& head, const Matrix& images, const RunContext& ctx) {
  label_free_pass(images, head.last_block(), ctx, {&head});
  return head.logits();
}

const Matrix& ForwardForwardModel::head_logits(const std::string& head, const Matrix& images,
                                               const std::string& procedure) {
  LinearHead* h = nullptr;
  if (head == "softmax_head") {
    h = softmax_head_.get();
    if (!h)
      throw ConfigError("/trainer/softmax_head/enabled",
                        procedure + ": the one-pass softmax head is not trained: set trainer.softmax_head.enabled to true");
  } else if (head == "readout") {
    h = readout_.get();
    if (!h)
      throw ConfigError("/trainer/readout/enabled",
                        procedure + ": the linear readout is not trained: set trainer.readout.enabled to true");
  } else {
    throw Error("forward_forward: no head \"" + head + "\"");
  }
  return head_logits(*h, images, RunContext{false, nullptr});
}

void ForwardForwardModel::label_scores(const Matrix& images, const Json& blocks, BlockWeighting weighting,
                                       Matrix& scores, const std::string& /*procedure*/) {
  every_label_.compute(*this, blocks, weighting, images, scores);
}

void ForwardForwardModel::group_scores(const Matrix& images, const Json& blocks, Matrix& scores,
                                       const std::string& procedure) {
  const std::vector<std::size_t> set = resolve_block_set(blocks, blocks_.size(), "blocks");
  for (std::size_t k : set) {
    const std::size_t channels = network().layer(blocks_[k].last).output_shape().channels;
    if (channels % classes_ != 0)
      throw ConfigError("blocks", procedure + ": block " + std::to_string(k) + " has " + std::to_string(channels) +
                                      " channels (units), which do not split into " + std::to_string(classes_) +
                                      " class groups; name other blocks");
  }
  const std::size_t rows = images.shape()[0];
  const Matrix* x = &label_free_input(images);
  ensure_shape(scores, rows, classes_);
  scores.fill(0.0f);
  const RunContext ctx{false, nullptr};
  for (std::size_t k = 0; k <= set.back(); ++k) {
    const Matrix& y = forward_block(network(), blocks_[k], *x, acts_, ctx);
    if (std::find(set.begin(), set.end(), k) != set.end()) {
      ChannelCompetitiveObjective::group_goodness(y, classes_, group_goodness_);
      scores += group_goodness_;
    }
    if (k == set.back()) break;
    Matrix& out = normalised_[k % 2];
    normalize_output(k, y, out);
    x = &out;
  }
}

}  // namespace fflab
