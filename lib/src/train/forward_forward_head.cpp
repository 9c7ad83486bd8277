#include "fflab/train/forward_forward_head.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/optim/registry.hpp"

namespace fflab {

namespace {
std::size_t total(const std::vector<std::size_t>& blocks, const std::vector<std::size_t>& units) {
  std::size_t n = 0;
  for (std::size_t k : blocks) n += units.at(k);
  return n;
}
}  // namespace

LinearHead::LinearHead(std::string name, std::vector<std::size_t> blocks, const std::vector<std::size_t>& units,
                       std::size_t classes, const Json& optimizer, const std::string& pointer)
    : name_(std::move(name)),
      blocks_(std::move(blocks)),
      optimizer_spec_(optimizer),
      lr_(optimizer.at("lr").get<float>()),
      layer_(total(blocks_, units), classes, true, "zeros") {
  std::size_t offset = 0;
  for (std::size_t k : blocks_) {
    offsets_.push_back(offset);
    widths_.push_back(units.at(k));
    offset += units.at(k);
  }
  Json loss = {{"type", "softmax_cross_entropy"}};
  loss_ = loss_registry().build(loss, pointer);
  for (const auto& p : layer_.parameters()) {
    Json spec = optimizer_spec_;
    optimizers_.push_back(optimizer_registry().build(spec, pointer, p));
  }
}

bool LinearHead::reads(std::size_t block) const {
  return std::find(blocks_.begin(), blocks_.end(), block) != blocks_.end();
}

Matrix& LinearHead::features(std::size_t rows) {
  ensure_shape(features_, rows, layer_.input_shape().size());
  return features_;
}

void LinearHead::copy_block(std::size_t block, const Matrix& normalised, std::size_t rows) {
  const auto it = std::find(blocks_.begin(), blocks_.end(), block);
  if (it == blocks_.end()) return;
  const auto k = static_cast<std::size_t>(it - blocks_.begin());
  const std::size_t width = widths_[k], cols = features_.shape()[1];
  if (normalised.shape()[1] != width || features_.shape()[0] != rows || normalised.shape()[0] < rows)
    throw ShapeError(name_ + ": block " + std::to_string(block) + " gives " + shape_string(normalised) +
                     " for features " + shape_string(features_));
  for (std::size_t r = 0; r < rows; ++r)
    std::copy_n(normalised.data() + r * width, width, features_.data() + r * cols + offsets_[k]);
}

const Matrix& LinearHead::logits() {
  layer_.forward(features_, logits_, RunContext{});
  return logits_;
}

const Matrix& LinearHead::probabilities() {
  const std::size_t rows = logits_.shape()[0], classes = logits_.shape()[1];
  ensure_shape(probs_, rows, classes);
  for (std::size_t r = 0; r < rows; ++r) {
    const float* z = logits_.data() + r * classes;
    float* p = probs_.data() + r * classes;
    const float top = *std::max_element(z, z + classes);
    double sum = 0.0;
    for (std::size_t c = 0; c < classes; ++c) sum += p[c] = std::exp(z[c] - top);
    for (std::size_t c = 0; c < classes; ++c) p[c] = static_cast<float>(p[c] / sum);
  }
  return probs_;
}

void LinearHead::begin_batch(std::size_t rows) {
  batch_rows_ = rows;
  scored_rows_ = 0;
  batch_loss_ = 0.0f;
  ensure_shape(logits_, rows, layer_.output_shape().size());
  layer_.zero_grad();
}

void LinearHead::score_slice(std::size_t first, const Labels& labels) {
  const std::size_t n = features_.shape()[0], classes = logits_.shape()[1];
  if (first + n > batch_rows_ || labels.size() != batch_rows_)
    throw ShapeError(name_ + ": a slice of " + std::to_string(n) + " rows from row " + std::to_string(first) +
                     " of a batch of " + std::to_string(batch_rows_) + " rows with " + std::to_string(labels.size()) +
                     " labels");
  scored_rows_ += n;
  if (n == batch_rows_) {  // the whole batch: no copies, weight 1
    layer_.forward(features_, logits_, RunContext{});
    batch_loss_ = loss_->evaluate(logits_, labels, &dlogits_);
    layer_.accumulate_grad(features_, logits_, dlogits_);
    return;
  }
  layer_.forward(features_, slice_logits_, RunContext{});
  std::copy_n(slice_logits_.data(), n * classes, logits_.data() + first * classes);
  slice_labels_.assign(labels.begin() + static_cast<std::ptrdiff_t>(first),
                       labels.begin() + static_cast<std::ptrdiff_t>(first + n));
  const float weight = static_cast<float>(n) / static_cast<float>(batch_rows_);
  batch_loss_ += weight * loss_->evaluate(slice_logits_, slice_labels_, &dlogits_);
  dlogits_ *= weight;
  layer_.accumulate_grad(features_, slice_logits_, dlogits_);
}

float LinearHead::step(float lr, ParameterUpdater& updater) {
  if (scored_rows_ != batch_rows_)
    throw Error(name_ + ": a step after scoring " + std::to_string(scored_rows_) + " of the batch's " +
                std::to_string(batch_rows_) + " rows: score every row once (score_slice) first");
  if (!std::isfinite(batch_loss_)) return batch_loss_;
  auto params = layer_.parameters();
  for (std::size_t i = 0; i < params.size(); ++i) updater.update(*optimizers_[i], *params[i].value, *params[i].grad, lr);
  return batch_loss_;
}

std::vector<Optimizer*> LinearHead::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  return out;
}

std::vector<Matrix*> LinearHead::state() { return {&layer_.weight(), &layer_.bias()}; }

Json LinearHead::summary() const { return Json{{"blocks", blocks_}, {"optimizer", optimizer_spec_}}; }

}  // namespace fflab
