#include "fflab/train/forward_forward_trainer.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/block_measures.hpp"
#include "fflab/train/epoch_batches.hpp"
#include "fflab/train/epoch_tally.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/training_keys.hpp"

namespace fflab {

Schema ForwardForwardTrainer::schema() {
  Schema s;
  add_epochs_key(s);
  add_batch_size_key(s, "positive examples per mini-batch (as many negatives)");
  s.optional("supervised", KeyType::boolean, true,
             "true: the label goes in the first `classes` input features (label in the input); false: "
             "unsupervised FF on the images alone (use hybrid negatives and the linear readout)");
  add_label_strength_key(s);
  s.optional("negatives", KeyType::object, nullptr,
             "negative data generator ({\"type\": \"wrong_label\" | \"hard_label\" | \"hybrid\"}); null = "
             "wrong_label when supervised, hybrid otherwise")
      .nullable()
      .validated_by([](Json& j, const std::string& p) {
        if (!j.is_null()) negative_registry().validate(j, p);
      });
  add_ff_objective_keys(s);
  s.optional("block_schedule", KeyType::string, "simultaneous",
             "\"simultaneous\": every block trains on every batch; \"greedy\": block k trains alone during "
             "epochs [k*E/K, (k+1)*E/K) of E epochs and K blocks, the lr schedule running over its own epochs")
      .one_of({"simultaneous", "greedy"});
  add_optimizer_key(s, default_ff_optimizer(),
                    "update rule of the blocks, one instance per parameter block (Hinton: lr 0.01, gradient "
                    "smoothing 0.9 = momentum 0.9 + dampening 0.9, weight cost 0.001)");
  add_schedule_key(s, Json{{"type", "linear_decay_second_half"}},
                   "learning-rate schedule over epochs (Hinton: constant, then linear decay in the second half)");
  add_peer_normalization_key(s);
  s.optional("softmax_head", KeyType::object, Json::object(),
             "the one-pass softmax head, trained on the neutral-label pass: {\"enabled\": null (= supervised), "
             "\"blocks\": \"all_but_first\", \"optimizer\": ...}")
      .validated_by([](Json& j, const std::string& p) {
        head_schema("all_but_first", "train the one-pass softmax head; null = when supervised").apply(j, p);
      });
  s.optional("readout", KeyType::object, Json::object(),
             "the linear readout of unsupervised FF, a softmax on the label-free pass: {\"enabled\": null "
             "(= unsupervised), \"blocks\": \"last_three\", \"optimizer\": ...}")
      .validated_by([](Json& j, const std::string& p) {
        head_schema("last_three", "train the linear readout; null = when unsupervised").apply(j, p);
      });
  add_jitter_key(s);
  return s;
}

ForwardForwardTrainer::ForwardForwardTrainer(const Json& options)
    : options_(options),
      epochs_(options.at("epochs").get<std::size_t>()),
      batch_size_(options.at("batch_size").get<std::size_t>()),
      jitter_(options.at("jitter").get<int>()),
      supervised_(options.at("supervised").get<bool>()),
      greedy_(options.at("block_schedule").get<std::string>() == "greedy"),
      lr_(options.at("optimizer").at("lr").get<float>()),
      ff_(options, "forward_forward") {
  Json negatives = options.at("negatives");
  if (negatives.is_null()) negatives = Json{{"type", supervised_ ? "wrong_label" : "hybrid"}};
  negatives_ = negative_registry().build(negatives, "/trainer/negatives");
  if (negatives_->needs_labels_in_input() != supervised_)
    throw ConfigError("/trainer/negatives/type",
                      "\"" + negatives_->type() + "\" negatives are for " +
                          (negatives_->needs_labels_in_input() ? "supervised" : "unsupervised") +
                          " FF but trainer.supervised is " + (supervised_ ? "true" : "false") +
                          ": use wrong_label or hard_label when supervised, hybrid when not");
  Json schedule = options.at("schedule");
  schedule_ = schedule_registry().build(schedule, "/trainer/schedule");
  embedding_.strength = ff_.label_strength;
}

void ForwardForwardTrainer::attach(Network& network, const Dataset& data) {
  check_jitter(static_cast<std::size_t>(jitter_), data.shape);
  blocks_ = split_into_blocks(network);
  const std::size_t K = blocks_.size();
  if (supervised_) {
    if (data.shape.size() < data.num_classes)
      throw ConfigError("/dataset", "supervised Forward-Forward writes the label into the first " +
                                        std::to_string(data.num_classes) + " features, but samples have only " +
                                        std::to_string(data.shape.size()) +
                                        "; use more features or trainer.supervised = false");
    embedding_.classes = data.num_classes;
  }
  if (greedy_ && epochs_ < K)
    throw ConfigError("/trainer/epochs", "the greedy block schedule needs at least one epoch per block: " +
                                             std::to_string(K) + " blocks, " + std::to_string(epochs_) + " epochs");

  thresholds_ = ff_.oriented_thresholds(blocks_);

  state_.clear();
  state_.resize(K);
  parameters_.clear();
  optimizers_.clear();
  for (std::size_t k = 0; k < K; ++k) {
    BlockState& s = state_[k];
    s.norm = std::make_unique<LengthNorm>(ff_.normalization, FeatureShape::flat(blocks_[k].units));
    s.peer = ff_.make_peer(blocks_[k].units);
    for (std::size_t i = blocks_[k].first; i <= blocks_[k].last; ++i)
      for (const auto& p : network.layer(i).parameters()) {
        s.params.push_back(parameters_.size());
        parameters_.push_back(p);
        Json spec = options_.at("optimizer");
        optimizers_.push_back(optimizer_registry().build(spec, "/trainer/optimizer", p));
      }
  }
  input_norm_ = std::make_unique<LengthNorm>(ff_.normalization, FeatureShape::flat(data.shape.size()));

  std::vector<std::size_t> units;
  for (const auto& b : blocks_) units.push_back(b.units);
  auto make_head = [&](const char* key, bool default_on) -> std::unique_ptr<LinearHead> {
    const Json& spec = options_.at(key);
    const bool on = spec.at("enabled").is_null() ? default_on : spec.at("enabled").get<bool>();
    if (!on) return nullptr;
    const std::string pointer = std::string("/trainer/") + key;
    auto set = resolve_block_set(spec.at("blocks"), K, pointer + "/blocks");
    return std::make_unique<LinearHead>(key, std::move(set), units, data.num_classes, spec.at("optimizer"),
                                        pointer + "/optimizer");
  };
  softmax_head_ = make_head("softmax_head", supervised_);
  readout_ = make_head("readout", !supervised_);
  if (negatives_->needs_scores() && !softmax_head_)
    throw ConfigError("/trainer/softmax_head/enabled",
                      "\"" + negatives_->type() +
                          "\" negatives sample from the one-pass softmax head's probabilities: enable the head");
}

std::vector<LinearHead*> ForwardForwardTrainer::heads() {
  std::vector<LinearHead*> out;
  if (softmax_head_) out.push_back(softmax_head_.get());
  if (readout_) out.push_back(readout_.get());
  return out;
}

std::vector<Optimizer*> ForwardForwardTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  for (LinearHead* h : heads())
    for (Optimizer* o : h->optimizers()) out.push_back(o);
  return out;
}

std::vector<Matrix*> ForwardForwardTrainer::extra_state() {
  std::vector<Matrix*> out;
  for (LinearHead* h : heads())
    for (Matrix* m : h->state()) out.push_back(m);
  if (ff_.peer_strength > 0.0f)
    for (auto& s : state_) out.push_back(&s.peer->running_means());
  return out;
}

Json ForwardForwardTrainer::summary() const {
  Json s;
  s["mode"] = supervised_ ? "supervised" : "unsupervised";
  Json units = Json::array();
  for (const FFBlock& b : blocks_) units.push_back(b.units);
  s["blocks"] = units;
  ff_.describe(s, thresholds_);
  s["negatives"] = negatives_->options();
  s["block_schedule"] = greedy_ ? "greedy" : "simultaneous";
  s["batch_size"] = batch_size_;
  s["epochs"] = epochs_;
  s["optimizer"] = options_.at("optimizer");
  s["schedule"] = options_.at("schedule");
  if (supervised_) s["label_strength"] = embedding_.strength;
  s["jitter"] = jitter_;
  s["softmax_head"] = softmax_head_ ? softmax_head_->summary() : Json();
  s["readout"] = readout_ ? readout_->summary() : Json();
  return s;
}

std::pair<std::size_t, std::size_t> ForwardForwardTrainer::active_blocks(std::size_t epoch) const {
  if (!greedy_) return {0, blocks_.size() - 1};
  const std::size_t k = epoch * blocks_.size() / epochs_;
  return {k, k};
}

float ForwardForwardTrainer::block_rate_factor(std::size_t epoch) const {
  if (!greedy_) return schedule_->factor(epoch, epochs_);
  const std::size_t K = blocks_.size(), k = epoch * K / epochs_;
  const std::size_t begin = (k * epochs_ + K - 1) / K, end = ((k + 1) * epochs_ + K - 1) / K;
  return schedule_->factor(epoch - begin, end - begin);
}

const Matrix& ForwardForwardTrainer::prepare_input(const Matrix& x, Matrix& out) {
  if (!ff_.normalize_input) return x;
  input_norm_->forward(x, out, RunContext{});
  return out;
}

void ForwardForwardTrainer::normalize_output(std::size_t k, const Matrix& y, Matrix& out) {
  state_.at(k).norm->forward(y, out, RunContext{});
}

void ForwardForwardTrainer::label_free_pass(Network& network, const Matrix& images, std::size_t upto,
                                            const RunContext& ctx, const std::vector<LinearHead*>& heads) {
  const std::size_t rows = images.shape()[0];
  const Matrix* raw = &images;
  if (supervised_) {
    embedding_.embed_neutral(images, neutral_);
    raw = &neutral_;
  }
  const Matrix* x = &prepare_input(*raw, neutral_input_);
  for (LinearHead* h : heads) h->features(rows);
  for (std::size_t k = 0; k <= upto; ++k) {
    const Matrix& y = forward_block(network, blocks_[k], *x, eval_acts_, ctx);
    Matrix& out = eval_normalised_[k % 2];  // the heads copy at once: two buffers suffice
    normalize_output(k, y, out);
    for (LinearHead* h : heads) h->copy_block(k, out, rows);
    x = &out;
  }
}

const Matrix& ForwardForwardTrainer::head_logits(Network& network, LinearHead& head, const Matrix& images,
                                                 const RunContext& ctx) {
  label_free_pass(network, images, head.last_block(), ctx, {&head});
  return head.logits();
}

EpochMetrics ForwardForwardTrainer::train_epoch(Network& network, const Split& train, const FeatureShape& shape,
                                                std::size_t epoch, Rng& rng, const ProgressCallback& progress) {
  if (blocks_.empty()) throw Error("forward_forward: train_epoch before attach");
  const EpochBatches batches(train, batch_size_, rng);
  const auto [first_active, last_active] = active_blocks(epoch);
  const float lr = lr_ * block_rate_factor(epoch);
  const float head_factor = schedule_->factor(epoch, epochs_);
  EpochTally tally(epoch, epochs_, batches.count(), progress);
  const std::vector<LinearHead*> trained_heads = heads();
  std::size_t head_upto = 0;
  for (LinearHead* h : trained_heads) head_upto = std::max(head_upto, h->last_block());
  // The positive/negative pass runs to the last trained block, and further
  // when unsupervised heads read later blocks from its positive rows.
  std::size_t ff_upto = last_active;
  if (!supervised_ && !trained_heads.empty()) ff_upto = std::max(ff_upto, head_upto);
  const RunContext ctx{true, &rng};
  const std::size_t features = train.x.shape()[1];

  LinearHead* scorer_head = softmax_head_.get();
  const ClassScorer scorer = [&]() -> const Matrix& {
    scorer_head->logits();
    return scorer_head->probabilities();
  };

  for (std::size_t b = 0; b < batches.count(); ++b) {
    const std::size_t count = batches.rows(b);
    const Matrix* src = &batches.gather(b, images_, labels_, shape, jitter_, rng, jittered_);

    // Heads' features from the neutral-label pass (supervised), before any update.
    if (supervised_ && !trained_heads.empty()) label_free_pass(network, *src, head_upto, ctx, trained_heads);
    if (!supervised_)
      for (LinearHead* h : trained_heads) h->features(count);

    // Positive rows, then negative rows, stacked for one GEMM per layer.
    const NegativeInput neg_in{*src, labels_, shape, supervised_ ? &embedding_ : nullptr, &train, rng,
                               scorer_head ? &scorer : nullptr};
    negatives_->generate(neg_in, negatives_buf_);
    ensure_shape(stacked_, 2 * count, features);
    if (supervised_) {
      embedding_.embed(*src, labels_, positives_);
      std::copy_n(positives_.data(), count * features, stacked_.data());
    } else {
      std::copy_n(src->data(), count * features, stacked_.data());
    }
    std::copy_n(negatives_buf_.data(), count * features, stacked_.data() + count * features);

    const Matrix* x = &prepare_input(stacked_, stacked_);  // normalised in place
    double batch_loss = 0.0;
    for (std::size_t k = 0; k <= ff_upto; ++k) {
      BlockState& s = state_[k];
      const Matrix& y = forward_block(network, blocks_[k], *x, acts_, ctx);
      if (k >= first_active && k <= last_active) {
        const LocalRuleResult r = ff_.objective->evaluate(LocalRuleInput{y, count, ff_.goodness.get(), thresholds_[k], x}, &dy_);
        if (!std::isfinite(r.loss))
          throw batch_diverged(epoch, b, "loss of block " + std::to_string(k), r.loss);
        batch_loss += r.loss;
        add_block_measures(tally, k, r, count);
        if (k == last_active && trained_heads.empty()) tally.add_errors(r.mistakes, r.cases);
        for (std::size_t i = blocks_[k].first; i <= blocks_[k].last; ++i) network.layer(i).zero_grad();
        std::function<void(Matrix&)> peer;
        if (s.peer->enabled()) peer = [&](Matrix& dpre) { s.peer->apply(y, count, dpre); };
        backward_block(network, blocks_[k], *x, acts_, dy_, grads_, peer);
        for (std::size_t i : s.params) optimizers_[i]->step(*parameters_[i].value, *parameters_[i].grad, lr);
      }
      if (k < ff_upto || !supervised_) {
        // dy_ is dead now: it takes the normalised output, which becomes the
        // next block's input, and this block's input buffer becomes the next
        // dy_. With the activation working in place the pass holds three
        // [2B, units] matrices (input, output, gradient) however deep the net is.
        normalize_output(k, y, dy_);
        std::swap(dy_, block_input_);
        if (!supervised_)
          for (LinearHead* h : trained_heads) h->copy_block(k, block_input_, count);
        x = &block_input_;
      }
    }

    for (std::size_t i = 0; i < trained_heads.size(); ++i) {
      LinearHead& h = *trained_heads[i];
      const Matrix& logits = h.logits();
      if (i == 0) tally.add_errors(count_errors(logits, labels_), count);
      const float head_loss = h.train(labels_, h.learning_rate() * head_factor);
      if (!std::isfinite(head_loss))
        throw batch_diverged(epoch, b, "loss of the " + h.name(), head_loss,
                             "lower trainer." + h.name() + ".optimizer.lr");
      tally.add_measure(h.name() + ".loss", head_loss, count);
    }

    tally.batch_done(b, count, batch_loss);
  }
  return tally.finish(lr);
}

ForwardForwardTrainer& as_forward_forward(Trainer& trainer, const std::string& procedure) {
  auto* ff = dynamic_cast<ForwardForwardTrainer*>(&trainer);
  if (!ff)
    throw ConfigError("/trainer/type", "the evaluation procedure \"" + procedure +
                                           "\" needs a Forward-Forward trainer (forward_forward; recurrent_ff for goodness_every_label and one_pass_softmax), but this run uses \"" +
                                           trainer.type() + "\"; use the \"softmax\" procedure instead");
  return *ff;
}

}  // namespace fflab
