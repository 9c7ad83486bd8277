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
  add_augmentation_keys(s);
  return s;
}

RecurrentFFTrainer::RecurrentFFTrainer(const Json& options)
    : options_(options),
      settings_(options),
      iterations_(options.at("iterations").get<std::size_t>()),
      damping_(options.at("damping").get<float>()),
      ff_(options, "recurrent_ff"),
      model_({options.at("test_window")[0].get<std::size_t>(), options.at("test_window")[1].get<std::size_t>()},
             ff_.label_strength) {
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
  const std::size_t window_end = model_.test_window().second;
  if (window_end > iterations_)
    throw ConfigError("/trainer/test_window", "the window ends at iteration " + std::to_string(window_end) +
                                                  " but trainer.iterations is " + std::to_string(iterations_) +
                                                  ": end it at most there");
  const Json& negatives = options.at("negatives");
  hard_negatives_ = negatives.at("type").get<std::string>() == "hard_label";
  if (hard_negatives_) uniform_mix_ = negatives.at("uniform_mix").get<double>();
}

void RecurrentFFTrainer::attach(Network& network, const Dataset& data) {
  check_augmentation(static_cast<std::size_t>(settings_.jitter), settings_.flip, data.shape);
  const std::size_t classes = data.num_classes;
  if (classes < 2) throw ConfigError("/dataset", "recurrent_ff needs at least 2 classes for wrong-label negatives");
  const std::vector<FFBlock> blocks = split_into_blocks(network);
  auto dynamics = std::make_unique<RecurrentFFDynamics>(network, blocks, options_.at("top_down"), classes,
                                                        ff_.normalization, damping_, "/trainer/top_down");
  const std::size_t K = blocks.size();
  thresholds_ = ff_.oriented_thresholds(blocks);
  model_.attach(network, blocks, std::move(dynamics), data.shape.size(), classes, ff_);
  parameters_.clear();
  optimizers_.clear();
  auto add = [&](const Parameter& p) {
    parameters_.push_back(p);
    Json spec = settings_.optimizer;
    optimizers_.push_back(optimizer_registry().build(spec, "/trainer/optimizer", p));
  };
  for (const auto& b : blocks)
    for (const Parameter& p : network.layer(b.first).parameters()) add(p);
  for (const Parameter& p : model_.dynamics().top_down_parameters()) add(p);

  const Json& spec = options_.at("softmax_head");
  if (spec.at("enabled").is_null() || spec.at("enabled").get<bool>()) {
    std::vector<std::size_t> units;
    for (const auto& b : blocks) units.push_back(b.units);
    model_.set_head(std::make_unique<LinearHead>("softmax_head",
                                                 resolve_block_set(spec.at("blocks"), K, "/trainer/softmax_head/blocks"),
                                                 units, classes, spec.at("optimizer"),
                                                 "/trainer/softmax_head/optimizer"));
  }
  if (hard_negatives_ && !model_.softmax_head())
    throw ConfigError("/trainer/softmax_head/enabled",
                      "hard_label negatives sample from the softmax head's probabilities: enable the head");
}

void RecurrentFFTrainer::initialize(Rng& rng) {
  if (!model_.attached()) throw Error("recurrent_ff: initialize before attach");
  model_.dynamics().initialize(rng);
}

std::vector<Optimizer*> RecurrentFFTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  if (LinearHead* head = model_.softmax_head())
    for (Optimizer* o : head->optimizers()) out.push_back(o);
  return out;
}

std::vector<Matrix*> RecurrentFFTrainer::extra_state() { return model_.state(ff_.peer_strength > 0.0f); }

Json RecurrentFFTrainer::summary() const {
  Json s;
  s["mode"] = "supervised, label at the top";
  ff_.describe(s, thresholds_);
  s["negatives"] = options_.at("negatives");
  s["iterations"] = iterations_;
  s["damping"] = damping_;
  s["train_iterations"] = train_iterations_;
  s["test_window"] = Json::array({model_.test_window().first, model_.test_window().second});
  s["top_down"] = options_.at("top_down");
  settings_.describe(s);
  s["label_strength"] = ff_.label_strength;
  s["jitter"] = settings_.jitter;
  s["softmax_head"] = model_.softmax_head() ? model_.softmax_head()->summary() : Json();
  return s;
}

LocalRuleResult RecurrentFFTrainer::batch_gradients(Network& network, const Matrix& images, const Labels& labels,
                                                    const Labels& wrong, const RunContext& ctx) {
  const std::size_t B = images.shape()[0], F = images.shape()[1], K = model_.blocks();
  ensure_shape(stacked_, 2 * B, F);
  std::copy_n(images.data(), B * F, stacked_.data());
  std::copy_n(images.data(), B * F, stacked_.data() + B * F);
  Labels both(labels);
  both.insert(both.end(), wrong.begin(), wrong.end());
  model_.label_rows(both, top_);
  for (const Parameter& p : parameters_) p.grad->fill(0.0f);

  RecurrentFFDynamics& net = model_.dynamics();
  net.start(network, model_.prepare_input(stacked_, stacked_), top_, ctx);
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
      std::function<void(Matrix&)> peer;
      PeerNormalization& peer_norm = model_.peer(k);
      if (peer_norm.enabled()) peer = [&](Matrix& dz) { peer_norm.apply(s, B, dz); };
      net.accumulate(network, k, ds_, share, peer);
    }
  }
  net.finish_gradients(network);
  return total;
}

float RecurrentFFTrainer::begin_epoch(std::size_t epoch) {
  if (!model_.attached()) throw Error("recurrent_ff: train_epoch before attach");
  head_factor_ = settings_.factor(epoch);
  return settings_.lr * head_factor_;
}

double RecurrentFFTrainer::train_batch(Network& network, const TrainingBatch& batch) {
  LinearHead* head = model_.softmax_head();
  if (head) model_.neutral_window_features(batch.images, batch.context);  // before this batch's update
  draw_wrong_labels(batch);
  const LocalRuleResult r = batch_gradients(network, batch.images, batch.labels, wrong_, batch.context);
  if (!std::isfinite(r.loss)) throw batch.diverged("recurrent_ff loss", r.loss);
  for (std::size_t k = 0; k < block_results_.size(); ++k) add_block_measures(batch.tally, k, block_results_[k], batch.rows);
  for (std::size_t i = 0; i < parameters_.size(); ++i)
    updater().update(*optimizers_[i], *parameters_[i].value, *parameters_[i].grad, batch.lr);
  if (head)
    train_head(batch);
  else
    batch.tally.add_errors(r.mistakes, r.cases);
  return r.loss;
}

void RecurrentFFTrainer::draw_wrong_labels(const TrainingBatch& batch) {
  const std::size_t count = batch.rows;
  const Labels& labels = batch.labels;
  const std::size_t classes = model_.classes();
  wrong_.resize(count);
  if (hard_negatives_) {
    LinearHead& head = *model_.softmax_head();
    head.logits();
    const Matrix& q = head.probabilities();
    for (std::size_t r = 0; r < count; ++r)
      wrong_[r] = HardLabelNegatives::draw(q.data() + r * classes, classes, labels[r], uniform_mix_, batch.rng);
  } else {
    for (std::size_t r = 0; r < count; ++r) wrong_[r] = WrongLabelNegatives::draw(labels[r], classes, batch.rng);
  }
}

void RecurrentFFTrainer::train_head(const TrainingBatch& batch) {
  LinearHead& head = *model_.softmax_head();
  head.begin_batch(batch.rows);
  head.score_slice(0, batch.labels);
  batch.tally.add_errors(count_errors(head.batch_logits(), batch.labels), batch.rows);
  const float head_loss = head.step(head.learning_rate() * head_factor_, updater());
  if (!std::isfinite(head_loss))
    throw batch.diverged("loss of the softmax_head", head_loss, "lower trainer.softmax_head.optimizer.lr");
  batch.tally.add_measure("softmax_head.loss", head_loss, batch.rows);
}

}  // namespace fflab
