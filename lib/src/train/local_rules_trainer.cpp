#include "fflab/train/local_rules_trainer.hpp"

#include <cmath>

#include <xtensor/xnoalias.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/local/registry.hpp"
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
      .validated_by([](Json& j, const std::string& p) { local_rule_registry().validate(j, p); });
  add_optimizer_key(s, Json{{"type", "sgd"}, {"lr", 0.05}, {"momentum", 0.9}},
                    "update rule of every parameter block (the blocks', the output layer's and the rules' own)");
  add_schedule_key(s, Json{{"type", "constant"}}, "learning-rate schedule over epochs ({\"type\": ...})");
  add_augmentation_keys(s);
  return s;
}

LocalRulesTrainer::LocalRulesTrainer(const Json& options)
    : options_(options), settings_(options) {
  // One instance now, to read the rule's needs and reject it early.
  Json rule = options.at("rule");
  auto probe = local_rule_registry().build(rule, "/trainer/rule");
  needs_ = probe->needs();
  gradient_at_ = probe->gradient_at();
  rule_pass_ = probe->pass();
  if (needs_.negatives)
    throw ConfigError("/trainer/rule/type",
                      "the local rule \"" + probe->type() +
                          "\" is a Forward-Forward objective (it scores positive against negative rows): run it "
                          "with {\"type\": \"forward_forward\", \"objective\": {\"type\": \"" + probe->type() + "\"}}");
  if (rule_pass_ == RulePass::modulated && !needs_.modulated_pass)
    throw ConfigError("/trainer/rule/type", "the local rule \"" + probe->type() +
                                                "\" learns against the modulated pass but does not declare "
                                                "needs().modulated_pass; declare it");
  if (needs_.modulated_pass) {
    needs_.output_error = true;
    schedule_kind_ = PassSchedule::two_pass;
  } else if (needs_.output_error) {
    schedule_kind_ = PassSchedule::forward_first;
  }
}

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
    owner.push_back(parameters_.size());
    parameters_.push_back(p);
    Json spec = settings_.optimizer;
    optimizers_.push_back(optimizer_registry().build(spec, "/trainer/optimizer", p));
  };
  for (std::size_t k = 0; k < K; ++k) {
    const FFBlock& b = parts_.blocks[k];
    Json spec = options_.at("rule");
    rules_.push_back(local_rule_registry().build(spec, "/trainer/rule"));
    rules_[k]->attach(LocalRuleBlock{k, K, b.inputs, b.units, classes});
    if (needs_.feedback) feedback_[k] = Matrix({classes, b.units}, 0.0f);
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
    if (f.size() > 0) {
      const float scale = needs_.feedback_scale / std::sqrt(static_cast<float>(f.shape()[0]));
      for (float& v : f) v = rng.normal() * scale;
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
  Json units = Json::array();
  for (const auto& b : parts_.blocks) units.push_back(b.units);
  s["blocks"] = units;
  settings_.describe(s);
  s["jitter"] = settings_.jitter;
  return s;
}

void LocalRulesTrainer::step(const std::vector<std::size_t>& params, float lr) {
  for (std::size_t i : params) updater().update(*optimizers_[i], *parameters_[i].value, *parameters_[i].grad, lr);
}

LocalRuleResult LocalRulesTrainer::train_block(Network& network, std::size_t k, const Matrix& x,
                                               const BlockActivations& acts, const Matrix* mx,
                                               const BlockActivations* macts, const TrainingBatch& batch) {
  const FFBlock& block = parts_.blocks[k];
  const std::size_t count = block.last - block.first + 1;
  LocalRuleInput in{acts.output(count - 1), acts.output(count - 1).shape()[0]};
  in.input = &x;
  in.pre_activation = &acts.output(count - 2);
  if (needs_.labels) in.labels = &batch.labels;
  if (needs_.feedback) in.feedback = &feedback_[k];
  if (needs_.output_error) in.output_error = &error_;
  if (macts) {
    in.modulated_input = mx;
    in.modulated_output = &macts->output(count - 1);
  }
  for (std::size_t i : block_params_[k]) std::fill(parameters_[i].grad->begin(), parameters_[i].grad->end(), 0.0f);
  const LocalRuleResult r = rules_[k]->evaluate(in, &dy_);
  if (!std::isfinite(r.loss)) throw batch.diverged("loss of block " + std::to_string(k), r.loss);
  const bool modulated = rule_pass_ == RulePass::modulated;
  backward_block(network, block, modulated ? *mx : x, modulated ? *macts : acts, dy_, grads_, {},
                 gradient_at_ == GradientAt::pre_activation);
  step(block_params_[k], batch.lr);
  return r;
}

float LocalRulesTrainer::begin_epoch(std::size_t epoch) {
  if (rules_.empty()) throw Error("local_rules: train_epoch before attach");
  if (!initialized_) throw Error("local_rules: train_epoch before initialize (the runner calls it after attach)");
  return settings_.learning_rate(epoch);
}

double LocalRulesTrainer::train_batch(Network& network, const TrainingBatch& batch) {
  const Matrix& hidden = clean_pass(network, batch);
  const Matrix& z = forward_block(network, parts_.output, hidden, out_acts_, batch.context);
  const float loss = output_loss_.evaluate(z, batch.labels, &dz_);
  batch.check_finite(loss, "output loss");
  batch.tally.add_errors(count_errors(z, batch.labels), batch.rows);
  if (schedule_kind_ != PassSchedule::streaming) train_blocks_after_output(network, batch);

  // The output part learns from its own cross-entropy; its gradient stops
  // at its first layer.
  for (std::size_t i : output_params_) std::fill(parameters_[i].grad->begin(), parameters_[i].grad->end(), 0.0f);
  backward_block(network, parts_.output, hidden, out_acts_, dz_, grads_);
  step(output_params_, batch.lr);
  return static_cast<double>(loss);
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
      batch.tally.add_measure(block_measure(k, "loss"), train_block(network, k, *x, acts, nullptr, nullptr, batch).loss,
                              batch.rows);
    x = &y;
  }
  return *x;
}

void LocalRulesTrainer::train_blocks_after_output(Network& network, const TrainingBatch& batch) {
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
    for (std::size_t k = 0; k < K; ++k)
      m = &forward_block(network, parts_.blocks[k], *m, mod_acts_[k], batch.context, 0, true);
  }
  for (std::size_t k = 0; k < K; ++k) {
    const Matrix& in = k == 0 ? *src : acts_[k - 1].output(parts_.blocks[k - 1].last - parts_.blocks[k - 1].first);
    const Matrix* min = nullptr;
    if (mx) min = k == 0 ? mx : &mod_acts_[k - 1].output(parts_.blocks[k - 1].last - parts_.blocks[k - 1].first);
    const LocalRuleResult r = train_block(network, k, in, acts_[k], min, mx ? &mod_acts_[k] : nullptr, batch);
    batch.tally.add_measure(block_measure(k, "loss"), r.loss, count);
  }
}

}  // namespace fflab
