#include "fflab/train/recurrent_ff_trainer.hpp"

#include <algorithm>
#include <cmath>

#include <xtensor/xnoalias.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/local/hard_label.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/local/wrong_label.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/block_measures.hpp"
#include "fflab/train/epoch_batches.hpp"
#include "fflab/train/epoch_tally.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/training_keys.hpp"

namespace fflab {

namespace {

void check_top_down(Json& j, const std::string& p) {
  const std::string type = j.contains("type") && j.at("type").is_string() ? j.at("type").get<std::string>() : "";
  if (type != "dense" && type != "locally_connected")
    throw ConfigError(p + "/type", "the top-down layer type must be \"dense\" or \"locally_connected\" (with "
                                   "\"kernel\"); its width is the block's, filled in by the trainer");
  for (const char* filled : {"units", "units_per_location", "bias"})
    if (j.contains(filled))
      throw ConfigError(p + "/" + filled, std::string("leave out \"") + filled +
                                              "\": the trainer sets it (the block's width; top-down layers have no bias)");
  Json probe = j;
  probe[type == "dense" ? "units" : "units_per_location"] = 1;
  layer_registry().validate(probe, p);
}

void check_iteration_list(Json& j, const std::string& p) {
  if (j.is_string() && j.get<std::string>() == "all") return;
  if (j.is_array() && !j.empty() &&
      std::all_of(j.begin(), j.end(), [](const Json& e) { return e.is_number_integer() && e.get<std::int64_t>() >= 1; }))
    return;
  throw ConfigError(p, "expected \"all\" or a non-empty list of 1-based iteration numbers, e.g. [3, 4, 5]");
}

void check_window(Json& j, const std::string& p) {
  if (j.is_array() && j.size() == 2 && j[0].is_number_integer() && j[1].is_number_integer() &&
      j[0].get<std::int64_t>() >= 1 && j[0].get<std::int64_t>() <= j[1].get<std::int64_t>())
    return;
  throw ConfigError(p, "expected [first, last]: 1-based iterations with 1 <= first <= last, e.g. [3, 5]");
}

}  // namespace

Schema RecurrentFFTrainer::schema() {
  Schema s;
  add_epochs_key(s);
  add_batch_size_key(s, "images per mini-batch (each runs with its label and with a wrong label)");
  s.optional("iterations", KeyType::integer, 8,
             "synchronous iterations after the initial bottom-up pass (Hinton's MNIST net: 8)")
      .at_least(1);
  s.optional("damping", KeyType::number, 0.3,
             "new state = damping * old state + (1 - damping) * computed activity, in [0, 1) (Hinton: 0.3)")
      .at_least(0)
      .validated_by([](Json& j, const std::string& p) {
        if (j.get<double>() >= 1.0)
          throw ConfigError(p, "damping " + j.dump() + " keeps the old state forever: use a value in [0, 1)");
      });
  s.optional("train_iterations", KeyType::any, "all",
             "iterations (1-based) at which every block trains on its state: \"all\" or a list, e.g. [3, 4, 5]")
      .validated_by(check_iteration_list);
  s.optional("test_window", KeyType::array, Json::array({3, 5}),
             "[first, last] iterations (1-based, inclusive) over which goodness_every_label averages the goodness "
             "and the softmax head averages the states (Hinton's MNIST net: [3, 5] of 8)")
      .validated_by(check_window);
  s.optional("top_down", KeyType::object, Json{{"type", "dense"}},
             "the layer from block k+1's normalised state into block k: {\"type\": \"dense\"} or "
             "{\"type\": \"locally_connected\", \"kernel\": 11}; width from the block, no bias; the last block "
             "gets the label through a dense layer")
      .validated_by(check_top_down);
  s.optional("negatives", KeyType::object, Json{{"type", "wrong_label"}},
             "the label at the top of the negative rows: {\"type\": \"wrong_label\"} (uniform among the wrong "
             "classes) or {\"type\": \"hard_label\", \"uniform_mix\": 0} (self-generated: sampled from the "
             "softmax head's probabilities on this batch's neutral-label run, the true class masked out)")
      .validated_by([](Json& j, const std::string& p) {
        negative_registry().validate(j, p);
        const std::string type = j.at("type").get<std::string>();
        if (type != "wrong_label" && type != "hard_label")
          throw ConfigError(p + "/type", "recurrent_ff puts labels at the top, so its negatives are wrong labels: "
                                         "use wrong_label or hard_label, not \"" + type + "\"");
      });
  add_label_strength_key(s);
  add_ff_objective_keys(s);
  add_optimizer_key(s, default_ff_optimizer(),
                    "update rule of the bottom-up and top-down weights, one instance per parameter block (Hinton: "
                    "lr 0.01, gradient smoothing 0.9, weight cost 0.001)");
  add_schedule_key(s, Json{{"type", "linear_decay_second_half"}},
                   "learning-rate schedule over epochs (Hinton: constant, then linear decay in the second half)");
  add_peer_normalization_key(s);
  s.optional("softmax_head", KeyType::object, Json::object(),
             "the one-pass softmax head on the neutral-label run (states averaged over test_window): "
             "{\"enabled\": null (= true), \"blocks\": \"all\", \"optimizer\": ...}")
      .validated_by([](Json& j, const std::string& p) {
        head_schema("all", "train the one-pass softmax head; null = true").apply(j, p);
      });
  add_jitter_key(s);
  return s;
}

RecurrentFFTrainer::RecurrentFFTrainer(const Json& options)
    : options_(options),
      epochs_(options.at("epochs").get<std::size_t>()),
      batch_size_(options.at("batch_size").get<std::size_t>()),
      iterations_(options.at("iterations").get<std::size_t>()),
      jitter_(options.at("jitter").get<int>()),
      damping_(options.at("damping").get<float>()),
      lr_(options.at("optimizer").at("lr").get<float>()),
      ff_(options, "recurrent_ff") {
  const Json& train_its = options.at("train_iterations");
  if (train_its.is_string()) {
    for (std::size_t t = 1; t <= iterations_; ++t) train_iterations_.push_back(t);
  } else {
    for (const Json& t : train_its) train_iterations_.push_back(t.get<std::size_t>());
    std::sort(train_iterations_.begin(), train_iterations_.end());
    train_iterations_.erase(std::unique(train_iterations_.begin(), train_iterations_.end()), train_iterations_.end());
    if (train_iterations_.back() > iterations_)
      throw ConfigError("/trainer/train_iterations", "iteration " + std::to_string(train_iterations_.back()) +
                                                         " is beyond trainer.iterations = " +
                                                         std::to_string(iterations_) + ": raise iterations or drop it");
  }
  window_ = {options.at("test_window")[0].get<std::size_t>(), options.at("test_window")[1].get<std::size_t>()};
  if (window_.second > iterations_)
    throw ConfigError("/trainer/test_window", "the window ends at iteration " + std::to_string(window_.second) +
                                                  " but trainer.iterations is " + std::to_string(iterations_) +
                                                  ": end it at most there");
  const Json& negatives = options.at("negatives");
  hard_negatives_ = negatives.at("type").get<std::string>() == "hard_label";
  if (hard_negatives_) uniform_mix_ = negatives.at("uniform_mix").get<double>();
  Json schedule = options.at("schedule");
  schedule_ = schedule_registry().build(schedule, "/trainer/schedule");
}

void RecurrentFFTrainer::attach(Network& network, const Dataset& data) {
  check_jitter(static_cast<std::size_t>(jitter_), data.shape);
  classes_ = data.num_classes;
  if (classes_ < 2) throw ConfigError("/dataset", "recurrent_ff needs at least 2 classes for wrong-label negatives");
  const std::vector<FFBlock> blocks = split_into_blocks(network);
  dynamics_ = std::make_unique<RecurrentFFDynamics>(network, blocks, options_.at("top_down"), classes_, ff_.normalization,
                                                    damping_, "/trainer/top_down");
  const std::size_t K = blocks.size();
  thresholds_ = ff_.oriented_thresholds(blocks);
  peers_.clear();
  for (const auto& b : blocks) peers_.push_back(ff_.make_peer(b.units));
  parameters_.clear();
  optimizers_.clear();
  auto add = [&](const Parameter& p) {
    parameters_.push_back(p);
    Json spec = options_.at("optimizer");
    optimizers_.push_back(optimizer_registry().build(spec, "/trainer/optimizer", p));
  };
  for (const auto& b : blocks)
    for (const Parameter& p : network.layer(b.first).parameters()) add(p);
  for (const Parameter& p : dynamics_->top_down_parameters()) add(p);
  input_norm_ = std::make_unique<LengthNorm>(ff_.normalization, FeatureShape::flat(data.shape.size()));

  const Json& spec = options_.at("softmax_head");
  head_.reset();
  if (spec.at("enabled").is_null() || spec.at("enabled").get<bool>()) {
    std::vector<std::size_t> units;
    for (const auto& b : blocks) units.push_back(b.units);
    head_ = std::make_unique<LinearHead>("softmax_head", resolve_block_set(spec.at("blocks"), K, "/trainer/softmax_head/blocks"),
                                         units, classes_, spec.at("optimizer"), "/trainer/softmax_head/optimizer");
  }
  if (hard_negatives_ && !head_)
    throw ConfigError("/trainer/softmax_head/enabled",
                      "hard_label negatives sample from the softmax head's probabilities: enable the head");
}

void RecurrentFFTrainer::initialize(Rng& rng) {
  if (!dynamics_) throw Error("recurrent_ff: initialize before attach");
  dynamics_->initialize(rng);
}

std::vector<Optimizer*> RecurrentFFTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  if (head_)
    for (Optimizer* o : head_->optimizers()) out.push_back(o);
  return out;
}

std::vector<Matrix*> RecurrentFFTrainer::extra_state() {
  std::vector<Matrix*> out;
  for (const Parameter& p : dynamics_->top_down_parameters()) out.push_back(p.value);
  if (head_)
    for (Matrix* m : head_->state()) out.push_back(m);
  if (ff_.peer_strength > 0.0f)
    for (auto& p : peers_) out.push_back(&p->running_means());
  return out;
}

Json RecurrentFFTrainer::summary() const {
  Json s;
  s["mode"] = "supervised, label at the top";
  ff_.describe(s, thresholds_);
  s["negatives"] = options_.at("negatives");
  s["iterations"] = iterations_;
  s["damping"] = damping_;
  s["train_iterations"] = train_iterations_;
  s["test_window"] = Json::array({window_.first, window_.second});
  s["top_down"] = options_.at("top_down");
  s["batch_size"] = batch_size_;
  s["epochs"] = epochs_;
  s["optimizer"] = options_.at("optimizer");
  s["schedule"] = options_.at("schedule");
  s["label_strength"] = ff_.label_strength;
  s["jitter"] = jitter_;
  s["softmax_head"] = head_ ? head_->summary() : Json();
  return s;
}

const Matrix& RecurrentFFTrainer::prepare_input(const Matrix& images, Matrix& out) {
  if (!ff_.normalize_input) return images;
  input_norm_->forward(images, out, RunContext{});
  return out;
}

void RecurrentFFTrainer::label_rows(const Labels& labels, Matrix& out) const {
  ensure_shape(out, labels.size(), classes_);
  out.fill(0.0f);
  for (std::size_t r = 0; r < labels.size(); ++r) out(r, static_cast<std::size_t>(labels[r])) = ff_.label_strength;
}

void RecurrentFFTrainer::neutral_window_features(Network& network, const Matrix& images, const RunContext& ctx) {
  const std::size_t rows = images.shape()[0];
  ensure_shape(neutral_top_, rows, classes_);
  neutral_top_.fill(ff_.label_strength / static_cast<float>(classes_));
  RecurrentFFDynamics& net = *dynamics_;
  net.start(network, prepare_input(images, neutral_input_), neutral_top_, ctx);
  head_->features(rows);
  const float share = 1.0f / static_cast<float>(window_.second - window_.first + 1);
  std::vector<Matrix>& sums = window_sums_;
  sums.resize(dynamics_->blocks());
  for (std::size_t t = 1; t <= window_.second; ++t) {
    net.step(network, ctx);
    if (t < window_.first) continue;
    for (std::size_t k : head_->blocks()) {
      if (t == window_.first)
        sums[k] = share * net.normalised(k);
      else
        xt::noalias(sums[k]) += share * net.normalised(k);
    }
  }
  for (std::size_t k : head_->blocks()) head_->copy_block(k, sums[k], rows);
}

const Matrix& RecurrentFFTrainer::head_logits(Network& network, const Matrix& images, const RunContext& ctx) {
  if (!head_) throw ConfigError("/trainer/softmax_head/enabled", "the softmax head is not trained: enable it");
  neutral_window_features(network, images, ctx);
  return head_->logits();
}

void RecurrentFFTrainer::label_scores(Network& network, const Matrix& images, const std::vector<std::size_t>& blocks,
                                      Matrix& scores) {
  const std::size_t R = images.shape()[0], C = classes_;
  const RunContext ctx{false, nullptr};
  // Row c * R + r: image r with label c at the top.
  eval_labels_.resize(C * R);
  for (std::size_t c = 0; c < C; ++c)
    std::fill_n(eval_labels_.begin() + static_cast<std::ptrdiff_t>(c * R), R, static_cast<std::int32_t>(c));
  label_rows(eval_labels_, top_);
  RecurrentFFDynamics& net = *dynamics_;
  net.start_repeated(network, prepare_input(images, eval_input_), C, top_, ctx);
  ensure_shape(scores, R, C);
  scores.fill(0.0f);
  const float share = 1.0f / static_cast<float>(window_.second - window_.first + 1);
  for (std::size_t t = 1; t <= window_.second; ++t) {
    net.step(network, ctx);
    if (t < window_.first) continue;
    for (std::size_t k : blocks) {
      ff_.goodness->value(net.state(k), goodness_values_);
      for (std::size_t c = 0; c < C; ++c)
        for (std::size_t r = 0; r < R; ++r) scores(r, c) += share * goodness_values_(c * R + r);
    }
  }
}

LocalRuleResult RecurrentFFTrainer::batch_gradients(Network& network, const Matrix& images, const Labels& labels,
                                                    const Labels& wrong, const RunContext& ctx) {
  const std::size_t B = images.shape()[0], F = images.shape()[1], K = dynamics_->blocks();
  ensure_shape(stacked_, 2 * B, F);
  std::copy_n(images.data(), B * F, stacked_.data());
  std::copy_n(images.data(), B * F, stacked_.data() + B * F);
  Labels both(labels);
  both.insert(both.end(), wrong.begin(), wrong.end());
  label_rows(both, top_);
  for (const Parameter& p : parameters_) p.grad->fill(0.0f);

  RecurrentFFDynamics& net = *dynamics_;
  net.start(network, prepare_input(stacked_, stacked_), top_, ctx);
  const float share = 1.0f / static_cast<float>(train_iterations_.size());
  LocalRuleResult total;
  block_results_.assign(K, LocalRuleResult{});
  std::size_t next = 0;
  for (std::size_t t = 1; t <= train_iterations_.back(); ++t) {
    net.step(network, ctx);
    if (train_iterations_[next] != t) continue;
    ++next;
    for (std::size_t k = 0; k < K; ++k) {
      const Matrix& s = net.state(k);
      const LocalRuleResult r = ff_.objective->evaluate(LocalRuleInput{s, B, ff_.goodness.get(), thresholds_[k]}, &ds_);
      total.loss += share * r.loss;
      block_results_[k].loss += share * r.loss;
      block_results_[k].positive_goodness += share * r.positive_goodness;
      block_results_[k].negative_goodness += share * r.negative_goodness;
      if (k + 1 == K) {
        total.cases = r.cases;
        total.mistakes = r.mistakes;
      }
      ds_ *= share;
      std::function<void(Matrix&)> peer;
      if (peers_[k]->enabled()) peer = [&](Matrix& dz) { peers_[k]->apply(s, B, dz); };
      net.accumulate(network, k, ds_, peer);
    }
  }
  net.finish_gradients(network);
  return total;
}

EpochMetrics RecurrentFFTrainer::train_epoch(Network& network, const Split& train, const FeatureShape& shape,
                                             std::size_t epoch, Rng& rng, const ProgressCallback& progress) {
  if (!dynamics_) throw Error("recurrent_ff: train_epoch before attach");
  const EpochBatches batches(train, batch_size_, rng);
  const float factor = schedule_->factor(epoch, epochs_);
  const float lr = lr_ * factor;
  EpochTally tally(epoch, epochs_, batches.count(), progress);
  const RunContext ctx{true, &rng};

  for (std::size_t b = 0; b < batches.count(); ++b) {
    const std::size_t count = batches.rows(b);
    const Matrix* src = &batches.gather(b, images_, labels_, shape, jitter_, rng, jittered_);
    if (head_) neutral_window_features(network, *src, ctx);  // before this batch's update
    wrong_.resize(count);
    if (hard_negatives_) {
      head_->logits();
      const Matrix& q = head_->probabilities();
      for (std::size_t r = 0; r < count; ++r)
        wrong_[r] = HardLabelNegatives::draw(q.data() + r * classes_, classes_, labels_[r], uniform_mix_, rng);
    } else {
      for (std::size_t r = 0; r < count; ++r) wrong_[r] = WrongLabelNegatives::draw(labels_[r], classes_, rng);
    }
    const LocalRuleResult r = batch_gradients(network, *src, labels_, wrong_, ctx);
    if (!std::isfinite(r.loss))
      throw batch_diverged(epoch, b, "recurrent_ff loss", r.loss);
    for (std::size_t k = 0; k < block_results_.size(); ++k) add_block_measures(tally, k, block_results_[k], count);
    for (std::size_t i = 0; i < parameters_.size(); ++i)
      optimizers_[i]->step(*parameters_[i].value, *parameters_[i].grad, lr);
    if (head_) {
      tally.add_errors(count_errors(head_->logits(), labels_), count);
      const float head_loss = head_->train(labels_, head_->learning_rate() * factor);
      if (!std::isfinite(head_loss))
        throw batch_diverged(epoch, b, "loss of the softmax_head", head_loss,
                             "lower trainer.softmax_head.optimizer.lr");
      tally.add_measure("softmax_head.loss", head_loss, count);
    } else {
      tally.add_errors(r.mistakes, r.cases);
    }
    tally.batch_done(b, count, r.loss);
  }
  return tally.finish(lr);
}

RecurrentFFTrainer* as_recurrent_ff(Trainer& trainer) { return dynamic_cast<RecurrentFFTrainer*>(&trainer); }

}  // namespace fflab
