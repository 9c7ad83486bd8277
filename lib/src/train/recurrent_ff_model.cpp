#include "fflab/train/recurrent_ff_model.hpp"

#include <algorithm>

#include <xtensor/xnoalias.hpp>

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"

namespace fflab {

RecurrentFFModel::RecurrentFFModel(std::pair<std::size_t, std::size_t> window, float label_strength)
    : window_(window), embedding_{0, label_strength} {}

void RecurrentFFModel::attach(Network& network, const std::vector<FFBlock>& blocks,
                              std::unique_ptr<RecurrentFFDynamics> dynamics, std::size_t input_features,
                              std::size_t classes, const FFObjectiveSettings& ff) {
  network_ = &network;
  dynamics_ = std::move(dynamics);
  embedding_.classes = classes;
  goodness_ = ff.goodness.get();
  normalize_input_ = ff.normalize_input;
  peers_.clear();
  for (const FFBlock& b : blocks) peers_.push_back(ff.make_peer(b.units));
  input_norm_ = std::make_unique<LengthNorm>(ff.normalization, FeatureShape::flat(input_features));
  head_.reset();
}

Network& RecurrentFFModel::network() {
  if (!network_) throw Error("recurrent_ff: the model is read before the trainer's attach");
  return *network_;
}

std::vector<Matrix*> RecurrentFFModel::state(bool peer_means) {
  std::vector<Matrix*> out;
  for (const Parameter& p : dynamics_->top_down_parameters()) out.push_back(p.value);
  if (head_)
    for (Matrix* m : head_->state()) out.push_back(m);
  if (peer_means)
    for (auto& p : peers_) out.push_back(&p->running_means());
  return out;
}

const Matrix& RecurrentFFModel::prepare_input(const Matrix& images, Matrix& out) {
  if (!normalize_input_) return images;
  input_norm_->forward(images, out, RunContext{});
  return out;
}

void RecurrentFFModel::label_rows(const Labels& labels, Matrix& out) const {
  ensure_shape(out, labels.size(), embedding_.classes);
  for (std::size_t r = 0; r < labels.size(); ++r) embedding_.write(out.data() + r * embedding_.classes, labels[r]);
}

void RecurrentFFModel::neutral_window_features(const Matrix& images, const RunContext& ctx) {
  const std::size_t rows = images.shape()[0];
  ensure_shape(neutral_top_, rows, embedding_.classes);
  neutral_top_.fill(embedding_.neutral());
  RecurrentFFDynamics& net = *dynamics_;
  net.start(network(), prepare_input(images, neutral_input_), neutral_top_, ctx);
  head_->features(rows);
  const float share = 1.0f / static_cast<float>(window_.second - window_.first + 1);
  std::vector<Matrix>& sums = window_sums_;
  sums.resize(dynamics_->blocks());
  for (std::size_t t = 1; t <= window_.second; ++t) {
    net.step(network(), ctx);
    if (t < window_.first) continue;
    for (std::size_t k : head_->blocks()) {
      if (t == window_.first)
        scaled_copy(net.normalised(k), share, sums[k]);
      else
        add_scaled(sums[k], share, net.normalised(k));
    }
  }
  for (std::size_t k : head_->blocks()) head_->copy_block(k, sums[k], rows);
}

const Matrix& RecurrentFFModel::head_logits(const Matrix& images, const RunContext& ctx) {
  if (!head_) throw ConfigError("/trainer/softmax_head/enabled", "the softmax head is not trained: enable it");
  neutral_window_features(images, ctx);
  return head_->logits();
}

const Matrix& RecurrentFFModel::head_logits(const std::string& head, const Matrix& images,
                                            const std::string& procedure) {
  if (head != "softmax_head") throw needs_forward_forward(procedure, trainer_type());
  return head_logits(images, RunContext{false, nullptr});
}

void RecurrentFFModel::label_scores(const Matrix& images, const Json& blocks, BlockWeighting weighting,
                                    Matrix& scores, const std::string& /*procedure*/) {
  label_scores(images, resolve_block_set(blocks, dynamics_->blocks(), "blocks"), scores, weighting);
}

void RecurrentFFModel::label_scores(const Matrix& images, const std::vector<std::size_t>& blocks, Matrix& scores,
                                    BlockWeighting weighting) {
  const std::size_t R = images.shape()[0], C = embedding_.classes;
  const RunContext ctx{false, nullptr};
  // Row c * R + r: image r with label c at the top.
  eval_labels_.resize(C * R);
  for (std::size_t c = 0; c < C; ++c)
    std::fill_n(eval_labels_.begin() + static_cast<std::ptrdiff_t>(c * R), R, static_cast<std::int32_t>(c));
  label_rows(eval_labels_, top_);
  RecurrentFFDynamics& net = *dynamics_;
  net.start_repeated(network(), prepare_input(images, eval_input_), C, top_, ctx);
  ensure_shape(scores, R, C);
  scores.fill(0.0f);
  const float share = 1.0f / static_cast<float>(window_.second - window_.first + 1);
  for (std::size_t t = 1; t <= window_.second; ++t) {
    net.step(network(), ctx);
    if (t < window_.first) continue;
    for (std::size_t k : blocks) {
      goodness_->value(net.state(k), goodness_values_);
      const float weight = share * block_weight(weighting, net.state(k).shape()[1]);
      for (std::size_t c = 0; c < C; ++c)
        for (std::size_t r = 0; r < R; ++r) scores(r, c) += weight * goodness_values_(c * R + r);
    }
  }
}

}  // namespace fflab
