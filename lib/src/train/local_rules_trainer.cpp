#include "fflab/train/local_rules_trainer.hpp"

#include <cmath>

#include <xtensor/xnoalias.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/layers/conv2d.hpp"
#include "fflab/layers/initializers.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/local/rule_slot.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/block_measures.hpp"
#include "fflab/train/epoch_tally.hpp"
#include "fflab/train/training_keys.hpp"

namespace fflab {

namespace {

const char* schedule_name(LocalRulesTrainer::PassSchedule s) {
  switch (s) {
    case LocalRulesTrainer::PassSchedule::streaming: return "streaming";
    case LocalRulesTrainer::PassSchedule::forward_first: return "forward_first";
    case LocalRulesTrainer::PassSchedule::two_pass: return "two_pass";
    case LocalRulesTrainer::PassSchedule::top_down: return "top_down";
  }
  return "?";
}

}  // namespace

Schema LocalRulesTrainer::schema() {
  Schema s;
  add_epochs_key(s);
  add_batch_size_key(s);
  s.required("rule", KeyType::object,
             "the local learning rule of every block ({\"type\": \"local_head\" | \"drtp\" | \"dfa\" | "
             "\"pepita\" | a rule you registered, ...}); one instance per block")
      .validated_by([](Json& j, const std::string& p) { validate_rule_section(j, p, RuleSlot::local_rules); });
  s.optional("output_loss", KeyType::object, Json{{"type", "softmax_cross_entropy"}},
             "loss of the output part on the network output ({\"type\": \"softmax_cross_entropy\" | "
             "\"sigmoid_cross_entropy\" | ...}); its gradient times the batch size is the output error e")
      .validated_by([](Json& j, const std::string& p) { loss_registry().validate(j, p); });
  add_optimizer_key(s, Json{{"type", "sgd"}, {"lr", 0.05}, {"momentum", 0.9}},
                    "update rule of the blocks' parameters and the rules' own (and of the readout unless "
                    "readout_optimizer is given)");
  s.optional("readout_optimizer", KeyType::object, nullptr,
             "update rule of the readout (the output layers after the last block), with its own lr under the same "
             "schedule; null: the same as optimizer")
      .nullable()
      .validated_by([](Json& j, const std::string& p) { optimizer_registry().validate(j, p); });
  add_schedule_key(s, Json{{"type", "constant"}}, "learning-rate schedule over epochs ({\"type\": ...})");
  add_augmentation_keys(s);
  return s;
}

LocalRulesTrainer::LocalRulesTrainer(const Json& options)
    : options_(options), settings_(options) {
  const Json& readout = options.at("readout_optimizer");
  readout_optimizer_ = readout.is_null() ? settings_.optimizer : readout;
  readout_lr_ = readout_optimizer_.at("lr").get<float>();
  // One instance now, to read the rule's needs and reject it early.
  Json rule = options.at("rule");
  auto probe = local_rule_registry().build(rule, "/trainer/rule");
  needs_ = probe->needs();
  gradient_at_ = probe->gradient_at();
  rule_pass_ = probe->pass();
  output_pass_ = probe->output_pass();
  Json loss = options.at("output_loss");
  output_loss_ = loss_registry().build(loss, "/trainer/output_loss");
  if (is_ff_objective(needs_))
    throw ConfigError("/trainer/rule/type",
                      "the local rule \"" + probe->type() +
                          "\" is a Forward-Forward objective (it scores positive against negative rows, or class "
                          "groups against the label): run it "
                          "with {\"type\": \"forward_forward\", \"objective\": {\"type\": \"" + probe->type() + "\"}}");
  if ((rule_pass_ == RulePass::modulated || output_pass_ == RulePass::modulated) && !needs_.modulated_pass)
    throw ConfigError("/trainer/rule/type", "the local rule \"" + probe->type() +
                                                "\" learns against the modulated pass but does not declare "
                                                "needs().modulated_pass; declare it");
  if (needs_.upstream && (needs_.modulated_pass || needs_.output_error))
    throw ConfigError("/trainer/rule/type", "the local rule \"" + probe->type() +
                                                "\" asks for the upstream signal and the output error or a modulated "
                                                "pass; the trainer runs one schedule per rule: ask for one");
  if (needs_.upstream) {
    schedule_kind_ = PassSchedule::top_down;
  } else if (needs_.modulated_pass) {
    needs_.output_error = true;
    schedule_kind_ = PassSchedule::two_pass;
  } else if (needs_.output_error) {
    schedule_kind_ = PassSchedule::forward_first;
  }
}

namespace {

/// Block b's (last) conv2d layer, or null when it has none (dense and locally connected layers have their
/// own weights at every position).
const Conv2D* block_conv(Network& network, const FFBlock& b) {
  for (std::size_t i = b.activation + 1; i-- > b.first;)
    if (const auto* conv = dynamic_cast<const Conv2D*>(&network.layer(i))) return conv;
  return nullptr;
}

/// The output positions over which block b's weights are shared: its conv2d layer's map; 1 without one.
std::size_t shared_positions(const Conv2D* conv) {
  return conv ? conv->output_shape().height * conv->output_shape().width : 1;
}

}  // namespace

void LocalRulesTrainer::attach(Network& network, const Dataset& data) {
  check_augmentation(static_cast<std::size_t>(settings_.jitter), settings_.flip, data.shape);
  model_.set_network(network);
  parts_ = split_blocks_and_output(network);
  const std::size_t K = parts_.blocks.size(), classes = data.num_classes;
  rules_.clear();
  feedback_.assign(K, Matrix());
  parameters_.clear();
  optimizers_.clear();
  block_params_.assign(K, {});
  output_params_.clear();
  auto add_parameter = [&](const Parameter& p, std::vector<std::size_t>& owner) {
    const bool readout = &owner == &output_params_;
    owner.push_back(parameters_.size());
    parameters_.push_back(p);
    Json spec = readout ? readout_optimizer_ : settings_.optimizer;
    optimizers_.push_back(
        optimizer_registry().build(spec, readout ? "/trainer/readout_optimizer" : "/trainer/optimizer", p));
  };
  above_.assign(needs_.upstream ? K : 0, {});
  upstream_.assign(needs_.upstream ? K : 0, Matrix());
  if (needs_.upstream) find_layers_above(network);
  for (std::size_t k = 0; k < K; ++k) {
    const FFBlock& b = parts_.blocks[k];
    Json spec = options_.at("rule");
    rules_.push_back(local_rule_registry().build(spec, "/trainer/rule"));
    const std::size_t above = needs_.upstream ? network.layer(above_[k].weighted).output_shape().size() : 0;
    const Conv2D* conv = block_conv(network, b);
    rules_[k]->attach(LocalRuleBlock{k, K, b.inputs, b.units, classes, above, shared_positions(conv),
                                     settings_.batch_size, conv != nullptr});
    if (needs_.feedback)
      feedback_[k] = needs_.upstream ? Matrix::from_shape(network.layer(above_[k].weighted).signal_weight()->shape())
                                     : Matrix({classes, b.units}, 0.0f);
    for (std::size_t i = b.first; i <= b.last; ++i)
      for (const auto& p : network.layer(i).parameters()) add_parameter(p, block_params_[k]);
    for (const auto& p : rules_[k]->parameters()) add_parameter(p, block_params_[k]);
  }
  for (std::size_t i = parts_.output.first; i <= parts_.output.last; ++i)
    for (const auto& p : network.layer(i).parameters()) add_parameter(p, output_params_);
  modulation_ = needs_.modulated_pass ? Matrix({classes, data.shape.size()}, 0.0f) : Matrix();
  const bool streaming = schedule_kind_ == PassSchedule::streaming;
  acts_.resize(streaming ? 2 : K);
  mod_acts_.resize(schedule_kind_ == PassSchedule::two_pass ? K : 0);
  initialized_ = false;
}

void LocalRulesTrainer::initialize(Rng& rng) {
  if (rules_.empty()) throw Error("local_rules: initialize before attach");
  for (std::size_t k = 0; k < rules_.size(); ++k) {
    Matrix& f = feedback_[k];
    if (f.size() > 0 && !needs_.upstream && needs_.feedback_init == "normal_fan_in") {
      // [classes, units], drawn as before feedback_init existed (bit for bit).
      const float scale = needs_.feedback_scale / std::sqrt(static_cast<float>(f.shape()[0]));
      for (float& v : f) v = rng.normal() * scale;
    } else if (f.size() > 0) {
      // Upstream: a stand-in for the weight above, over that weight's fans; else [classes, units].
      const WeightFans fans = needs_.upstream ? above_[k].fans : WeightFans{f.shape()[0], f.shape()[1]};
      init_weights(f, needs_.feedback_init, fans.in, fans.out, rng);
      f *= needs_.feedback_scale;
    }
    rules_[k]->initialize(rng);
  }
  if (modulation_.size() > 0) {
    const float scale = needs_.modulation_scale * std::sqrt(6.0f / static_cast<float>(modulation_.shape()[1]));
    for (float& v : modulation_) v = (2.0f * rng.uniform() - 1.0f) * scale;
  }
  initialized_ = true;
}

std::vector<Optimizer*> LocalRulesTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  return out;
}

std::vector<Matrix*> LocalRulesTrainer::extra_state() {
  std::vector<Matrix*> out;
  for (auto& rule : rules_)
    for (const auto& p : rule->parameters()) out.push_back(p.value);
  for (auto& f : feedback_)
    if (f.size() > 0) out.push_back(&f);
  if (modulation_.size() > 0) out.push_back(&modulation_);
  return out;
}

Json LocalRulesTrainer::summary() const {
  Json s;
  s["rule"] = rules_.empty() ? options_.at("rule") : rules_.front()->options();
  s["pass_schedule"] = schedule_name(schedule_kind_);
  s["output_loss"] = options_.at("output_loss");
  Json units = Json::array();
  for (const auto& b : parts_.blocks) units.push_back(b.units);
  s["blocks"] = units;
  settings_.describe(s);
  if (!options_.at("readout_optimizer").is_null()) s["readout_optimizer"] = readout_optimizer_;
  s["jitter"] = settings_.jitter;
  return s;
}

void LocalRulesTrainer::step(const std::vector<std::size_t>& params, float lr) {
  for (std::size_t i : params) updater().update(*optimizers_[i], *parameters_[i].value, *parameters_[i].grad, lr);
}

LocalRuleInput LocalRulesTrainer::rule_input(Network& network, std::size_t k, const Matrix& x,
                                             const BlockActivations& acts, const TrainingBatch& batch,
                                             const Matrix* upstream) {
  const FFBlock& block = parts_.blocks[k];
  const std::size_t count = block.last - block.first + 1;
  LocalRuleInput in{acts.output(count - 1), acts.output(count - 1).shape()[0]};
  in.input = &x;
  in.pre_activation = &acts.output(count - 2);
  if (needs_.labels) in.labels = &batch.labels;
  if (needs_.feedback) in.feedback = &feedback_[k];
  if (needs_.output_error) in.output_error = &error_;
  if (needs_.upstream) {
    Layer& layer = network.layer(above_[k].weighted);
    in.upstream = upstream;
    in.above_weight = layer.signal_weight();
    in.above_fans = above_[k].fans;
    const Matrix& layer_input = output_above(k, above_[k].weighted - 1, in.output);
    in.through_above = [&layer, &layer_input, upstream](const Matrix& weight, Matrix& gradient) {
      layer.backward_input_through(weight, layer_input, *upstream, gradient);
    };
  }
  in.rng = &batch.rng;
  return in;
}

LocalRuleResult LocalRulesTrainer::train_block(Network& network, std::size_t k, const Matrix& x,
                                               const BlockActivations& acts, const Matrix* mx,
                                               const BlockActivations* macts, const TrainingBatch& batch,
                                               const Matrix* upstream, bool step_now) {
  const FFBlock& block = parts_.blocks[k];
  const std::size_t count = block.last - block.first + 1;
  LocalRuleInput in = rule_input(network, k, x, acts, batch, upstream);
  if (macts) {
    in.modulated_input = mx;
    in.modulated_output = &macts->output(count - 1);
  }
  for (std::size_t i : block_params_[k]) std::fill(parameters_[i].grad->begin(), parameters_[i].grad->end(), 0.0f);
  const LocalRuleResult r = rules_[k]->evaluate(in, &dy_);
  if (!std::isfinite(r.loss)) throw batch.diverged("loss of block " + std::to_string(k), r.loss);
  if (macts) mask_like_following_dropout(network, k);
  std::function<void(Matrix&)> keep_signal;
  if (needs_.upstream) {
    back_through_between(network, k, in.output);
    if (k > 0)
      keep_signal = [this, k](Matrix& d) {
        ensure_shape(upstream_[k], d.shape()[0], d.shape()[1]);
        xt::noalias(upstream_[k]) = d;
      };
  }
  const bool modulated = rule_pass_ == RulePass::modulated;
  backward_block(network, block, modulated ? *mx : x, modulated ? *macts : acts, dy_, grads_, keep_signal,
                 gradient_at_ == GradientAt::pre_activation);
  if (step_now) step(block_params_[k], batch.lr);
  return r;
}

void LocalRulesTrainer::mask_like_following_dropout(Network& network, std::size_t k) {
  const FFBlock& above = k + 1 == parts_.blocks.size() ? parts_.output : parts_.blocks[k + 1];
  for (std::size_t i = above.first; i <= above.last && network.layer(i).type() == "dropout"; ++i)
    network.layer(i).backward_input(dy_, dy_, dy_, dy_);  // dy .* the mask both passes applied
}

void LocalRulesTrainer::find_layers_above(Network& network) {
  const std::size_t K = parts_.blocks.size();
  const std::string rule = options_.at("rule").at("type").get<std::string>();
  for (std::size_t k = 0; k < K; ++k) {
    const bool top = k + 1 == K;
    const std::size_t first = parts_.blocks[k].last + 1;
    const std::size_t weighted = top ? parts_.output.last : parts_.blocks[k + 1].last - 1;
    const std::string where = "/network/layers/" + std::to_string(weighted);
    if (weighted < first || !network.layer(weighted).signal_weight())
      throw ConfigError(where, "rule \"" + rule + "\" sends the error down through the dense or conv2d layer that " +
                                   (top ? "ends the network" : "feeds block " + std::to_string(k + 1) + "'s activation") +
                                   "; this layer is \"" + network.layer(weighted).type() +
                                   "\": put a dense or conv2d layer there");
    above_[k] = {weighted, network.layer(weighted).signal_weight_fans(), {}};
    for (std::size_t i = first; i < weighted; ++i) {
      if (!network.layer(i).parameters().empty())
        throw ConfigError("/network/layers/" + std::to_string(i),
                          "rule \"" + rule + "\" takes the error back from layer " + std::to_string(weighted) +
                              " to block " + std::to_string(k) + " through parameter-free layers only (dropout, "
                              "pooling, norms without a gain); this one is \"" + network.layer(i).type() +
                              "\": remove it or move it into a block");
      above_[k].between.push_back(i);
    }
  }
}

const Matrix& LocalRulesTrainer::output_above(std::size_t k, std::size_t i, const Matrix& block_output) const {
  if (i == parts_.blocks[k].last) return block_output;
  const bool top = k + 1 == parts_.blocks.size();
  const FFBlock& part = top ? parts_.output : parts_.blocks[k + 1];
  return (top ? out_acts_ : acts_[k + 1]).output(i - part.first);
}

void LocalRulesTrainer::back_through_between(Network& network, std::size_t k, const Matrix& block_output) {
  const auto& between = above_[k].between;
  for (auto i = between.rbegin(); i != between.rend(); ++i) {
    Layer& layer = network.layer(*i);
    const Matrix& x = output_above(k, *i - 1, block_output);
    const Matrix& y = output_above(k, *i, block_output);
    if (layer.backward_in_place()) {
      layer.backward_input(x, y, dy_, dy_);
    } else {
      layer.backward_input(x, y, dy_, between_);
      std::swap(dy_, between_);
    }
  }
}

float LocalRulesTrainer::begin_epoch(std::size_t epoch) {
  if (rules_.empty()) throw Error("local_rules: train_epoch before attach");
  if (!initialized_) throw Error("local_rules: train_epoch before initialize (the runner calls it after attach)");
  readout_rate_ = readout_lr_ * settings_.factor(epoch);
  return settings_.learning_rate(epoch);
}

double LocalRulesTrainer::train_batch(Network& network, const TrainingBatch& batch) {
  const Matrix& hidden = clean_pass(network, batch);
  const Matrix& z = forward_block(network, parts_.output, hidden, out_acts_, batch.context);
  const float loss = output_loss_->evaluate(z, batch.labels, &dz_);
  batch.check_finite(loss, "output loss");
  batch.tally.add_errors(count_errors(z, batch.labels), batch.rows);
  if (schedule_kind_ != PassSchedule::streaming) train_blocks_after_output(network, batch);
  train_output(network, batch, hidden);
  return static_cast<double>(loss);
}

void LocalRulesTrainer::train_output(Network& network, const TrainingBatch& batch, const Matrix& hidden) {
  // The output part learns from its own loss; its gradient stops at its
  // first layer.
  for (std::size_t i : output_params_) std::fill(parameters_[i].grad->begin(), parameters_[i].grad->end(), 0.0f);
  if (output_pass_ == RulePass::modulated) {
    const FFBlock& last = parts_.blocks.back();
    const Matrix& mh = mod_acts_.back().output(last.last - last.first);
    RunContext again = batch.context;
    again.reuse_masks = true;
    const Matrix& zm = forward_block(network, parts_.output, mh, out_mod_acts_, again);
    output_loss_->evaluate(zm, batch.labels, &dz_);
    backward_block(network, parts_.output, mh, out_mod_acts_, dz_, grads_);
  } else {
    backward_block(network, parts_.output, hidden, out_acts_, dz_, grads_);
  }
  step(output_params_, readout_rate_);
}

void LocalRulesTrainer::record_loss(const TrainingBatch& batch, std::size_t k, double loss, std::size_t rows) const {
  if (rules_[k]->has_loss()) batch.tally.add_measure(block_measure(k, "loss"), loss, rows);
}

const Matrix& LocalRulesTrainer::clean_pass(Network& network, const TrainingBatch& batch) {
  // Streaming rules learn block by block as it goes. Every block keeps its
  // pre-activation for the rule to see.
  const bool streaming = schedule_kind_ == PassSchedule::streaming;
  const Matrix* x = &batch.images;
  for (std::size_t k = 0; k < parts_.blocks.size(); ++k) {
    BlockActivations& acts = acts_[streaming ? k % 2 : k];
    const Matrix& y = forward_block(network, parts_.blocks[k], *x, acts, batch.context, 0, true);
    if (streaming)
      record_loss(batch, k, train_block(network, k, *x, acts, nullptr, nullptr, batch).loss, batch.rows);
    x = &y;
  }
  return *x;
}

void LocalRulesTrainer::train_blocks_top_down(Network& network, const TrainingBatch& batch) {
  const std::size_t K = parts_.blocks.size();
  std::vector<double> losses(K, 0.0);
  const Matrix* up = &dz_;  // the output layer's dL/dz
  for (std::size_t k = K; k-- > 0;) {
    const Matrix& in = k == 0 ? batch.images : acts_[k - 1].output(parts_.blocks[k - 1].last - parts_.blocks[k - 1].first);
    losses[k] = train_block(network, k, in, acts_[k], nullptr, nullptr, batch, up, false).loss;
    up = &upstream_[k];
  }
  for (std::size_t k = 0; k < K; ++k) {
    step(block_params_[k], batch.lr);
    record_loss(batch, k, losses[k], batch.rows);
  }
}

void LocalRulesTrainer::train_blocks_after_output(Network& network, const TrainingBatch& batch) {
  if (schedule_kind_ == PassSchedule::top_down) return train_blocks_top_down(network, batch);
  const std::size_t K = parts_.blocks.size(), count = batch.rows;
  const Matrix* src = &batch.images;
  // e = softmax(z) - onehot, per case: the output gradient without its 1/B.
  ensure_shape(error_, dz_.shape()[0], dz_.shape()[1]);
  xt::noalias(error_) = dz_ * static_cast<float>(count);
  const Matrix* mx = nullptr;
  if (schedule_kind_ == PassSchedule::two_pass) {
    ensure_shape(modulated_, count, src->shape()[1]);
    xt::noalias(modulated_) = *src;
    gemm(error_, modulation_, modulated_, false, false, 1.0f, 1.0f);  // x + e F
    mx = &modulated_;
    const Matrix* m = mx;
    RunContext again = batch.context;  // the clean pass's dropout masks
    again.reuse_masks = true;
    for (std::size_t k = 0; k < K; ++k) m = &forward_block(network, parts_.blocks[k], *m, mod_acts_[k], again, 0, true);
  }
  for (std::size_t k = 0; k < K; ++k) {
    const Matrix& in = k == 0 ? *src : acts_[k - 1].output(parts_.blocks[k - 1].last - parts_.blocks[k - 1].first);
    const Matrix* min = nullptr;
    if (mx) min = k == 0 ? mx : &mod_acts_[k - 1].output(parts_.blocks[k - 1].last - parts_.blocks[k - 1].first);
    const LocalRuleResult r = train_block(network, k, in, acts_[k], min, mx ? &mod_acts_[k] : nullptr, batch);
    record_loss(batch, k, r.loss, count);
  }
}

}  // namespace fflab
