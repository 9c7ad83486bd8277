#include "fflab/train/forward_forward_trainer.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/block_measures.hpp"
#include "fflab/train/epoch_tally.hpp"
#include "fflab/train/forward_forward_keys.hpp"
#include "fflab/train/training_keys.hpp"

namespace fflab {

namespace {

void validate_block_epochs(Json& j, const std::string& p) {
  if (j.is_null()) return;
  if (!j.is_array() || j.empty())
    throw ConfigError(p, "expected null or a non-empty list of epoch counts, one per block, e.g. [2, 3, 4, 5]");
  for (std::size_t i = 0; i < j.size(); ++i) {
    if (!j[i].is_number_integer() || j[i].get<std::int64_t>() < 1)
      throw ConfigError(child_pointer(p, i), "expected an epoch count >= 1, got " + j[i].dump());
    if (i > 0 && j[i].get<std::int64_t>() < j[i - 1].get<std::int64_t>())
      throw ConfigError(child_pointer(p, i), "the windows must not shrink from block to block (" +
                                                 j[i - 1].dump() + " then " + j[i].dump() +
                                                 "): a block feeds the ones above it");
  }
}

}  // namespace

Schema ForwardForwardTrainer::schema() {
  Schema s;
  add_epochs_key(s);
  add_batch_size_key(s, "positive examples per mini-batch (as many negatives)");
  s.optional("supervised", KeyType::boolean, true,
             "true: the label goes in the first `classes` input features (label in the input); false: "
             "unsupervised FF on the images alone (use hybrid negatives and the linear readout)");
  add_label_strength_key(s, "; with label_input \"pattern\" the amplitude of the label's wave");
  s.optional("label_input", KeyType::string, "pixels",
             "where the label goes (supervised): \"pixels\" = the first `classes` features (Hinton's MNIST "
             "border pixels); \"channels\" = `classes` constant H x W maps before the image's channels (conv "
             "nets: every location sees the label; the network's input then has classes more channels; normalize_input "
             "then normalises the image's channels only, the label channels keep label_strength); \"pattern\" = "
             "label_strength times a wave over the whole image added to every channel, orientation pi c / classes "
             "for class c, wavelength label_pattern_wavelength pixels (images only; the input keeps its shape; "
             "normalize_input normalises the sum, as with pixels)")
      .one_of({"pixels", "channels", "pattern"});
  s.optional("label_pattern_wavelength", KeyType::number, 4.0,
             "label_input \"pattern\": the waves' wavelength in pixels (ignored otherwise)")
      .above(0);
  s.optional("negatives", KeyType::object, nullptr,
             "negative data generator ({\"type\": \"wrong_label\" | \"hard_label\" | \"hybrid\"}); null = "
             "wrong_label when supervised, hybrid otherwise")
      .nullable()
      .validated_by([](Json& j, const std::string& p) {
        if (!j.is_null()) negative_registry().validate(j, p);
      });
  add_ff_objective_keys(s);
  s.optional("goodness_scope", KeyType::string, "map",
             "which of a block's units make one goodness: \"map\" = the whole block output; on a block whose "
             "output is a C x H x W map (H*W > 1) \"channels\" = one goodness per channel, \"locations\" = one "
             "per location (its C units); the objective scores every (row, group) as a row of its own, with the "
             "threshold of a group (\"units\" = the group's units), the loss summed over a row's groups (so its scale "
             "is the map's) and the block's pos/neg mistakes counted per group. Flat blocks and 1 x 1 maps are one group "
             "under any scope; evaluation sums a row's goodness over the whole block as with \"map\"")
      .one_of({"map", "channels", "locations"});
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
  s.optional("neutral_pass_rows", KeyType::integer, 256,
             "the supervised heads' neutral-label pass runs over the batch in slices of ceil(B / ceil(B / n)) "
             "rows (the last one smaller when they do not divide B), each slice's scores added into the heads' "
             "one step, so neither the heads' [batch, features] input nor the pass's activations are held for "
             "the whole batch; the step is the whole batch's (the sums' order differs; with dropout in the "
             "blocks the masks are drawn in another order). null = the whole batch at once. Nets with "
             "batch_norm (its training statistics are the batch's) and layer-pipelined runs always run the "
             "whole batch; the record's trainer summary says which (neutral_pass)")
      .at_least(1)
      .nullable();
  s.optional("readout", KeyType::object, Json::object(),
             "the linear readout of unsupervised FF, a softmax on the label-free pass: {\"enabled\": null "
             "(= unsupervised), \"blocks\": \"last_three\", \"optimizer\": ...}")
      .validated_by([](Json& j, const std::string& p) {
        head_schema("last_three", "train the linear readout; null = when unsupervised").apply(j, p);
      });
  s.optional("block_epochs", KeyType::any, nullptr,
             "per-block training windows (CwComp): a list with one epoch count per block, non-decreasing, at "
             "most epochs; block k trains during epochs [0, block_epochs[k]) and is frozen after; epochs after "
             "every window only run the batches through the frozen blocks in training mode (batch norm's "
             "running statistics settle; the train error is the last block's); null = every block trains "
             "every epoch (simultaneous schedule only)")
      .nullable()
      .validated_by(validate_block_epochs);
  add_augmentation_keys(s);
  return s;
}

ForwardForwardTrainer::ForwardForwardTrainer(const Json& options)
    : options_(options),
      settings_(options),
      supervised_(options.at("supervised").get<bool>()),
      greedy_(options.at("block_schedule").get<std::string>() == "greedy"),
      label_channels_(options.at("label_input").get<std::string>() == "channels"),
      label_pattern_(options.at("label_input").get<std::string>() == "pattern"),
      ff_(options, "forward_forward"),
      class_groups_(ff_.objective->needs().class_groups),
      model_(supervised_ && !class_groups_, ff_.label_strength),
      neutral_rows_asked_(options.at("neutral_pass_rows").is_null() ? 0
                                                                    : options.at("neutral_pass_rows").get<std::size_t>()) {
  read_block_epochs(options.at("block_epochs"));
  Json negatives = options.at("negatives");
  if (class_groups_) {
    check_class_group_objective(negatives);
    return;
  }
  if (negatives.is_null()) negatives = Json{{"type", supervised_ ? "wrong_label" : "hybrid"}};
  negatives_ = negative_registry().build(negatives, "/trainer/negatives");
  if (negatives_->needs_labels_in_input() != supervised_)
    throw ConfigError("/trainer/negatives/type",
                      "\"" + negatives_->type() + "\" negatives are for " +
                          (negatives_->needs_labels_in_input() ? "supervised" : "unsupervised") +
                          " FF but trainer.supervised is " + (supervised_ ? "true" : "false") +
                          ": use wrong_label or hard_label when supervised, hybrid when not");
}

FeatureShape ForwardForwardTrainer::network_input(const FeatureShape& data, std::size_t classes) const {
  if (!(label_channels_ || label_pattern_) || !model_.supervised()) return data;
  if (data.is_flat())
    throw ConfigError("/trainer/label_input", std::string(label_channels_ ? "label channels" : "label patterns") +
                                                  " need image samples, but these are flat rows of " +
                                                  std::to_string(data.size()) + " features: use \"pixels\"");
  if (label_pattern_) return data;
  return {data.channels + classes, data.height, data.width};
}

void ForwardForwardTrainer::read_block_epochs(const Json& spec) {
  if (spec.is_null()) return;
  for (const Json& e : spec) block_epochs_.push_back(e.get<std::size_t>());
  if (greedy_)
    throw ConfigError("/trainer/block_epochs", "per-block windows are for the simultaneous block schedule; the "
                                               "greedy schedule sets its own: drop one of the two");
  if (block_epochs_.back() > settings_.epochs)
    throw ConfigError(child_pointer("/trainer/block_epochs", block_epochs_.size() - 1),
                      "the last block's window (" + std::to_string(block_epochs_.back()) +
                          " epochs) goes beyond trainer.epochs (" + std::to_string(settings_.epochs) +
                          "): shorten it or raise epochs");
}

void ForwardForwardTrainer::check_class_group_objective(const Json& negatives) const {
  const std::string name = ff_.objective->type();
  if (!supervised_)
    throw ConfigError("/trainer/supervised", "the objective \"" + name +
                                                 "\" reads the labels (not in the input): set supervised to true");
  if (!negatives.is_null())
    throw ConfigError("/trainer/negatives", "the objective \"" + name +
                                                "\" uses no negative data: remove trainer.negatives");
}

void ForwardForwardTrainer::check_blocks(Network& network, const std::vector<FFBlock>& blocks) const {
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const FFBlock& b = blocks[k];
    const std::size_t channels = network.layer(b.last).output_shape().channels;
    if (class_groups_ && channels % classes_ != 0)
      throw ConfigError(child_pointer("/network/layers", b.last),
                        "block " + std::to_string(k) + "'s output has " + std::to_string(channels) +
                            " channels (units), which do not split into " + std::to_string(classes_) +
                            " class groups for \"" + ff_.objective->type() + "\": give it a multiple of " +
                            std::to_string(classes_));
  }
}

void ForwardForwardTrainer::attach(Network& network, const Dataset& data) {
  check_augmentation(static_cast<std::size_t>(settings_.jitter), settings_.flip, data.shape);
  std::vector<FFBlock> blocks = split_into_blocks(network, true);
  const std::size_t K = blocks.size();
  classes_ = data.num_classes;
  if (!block_epochs_.empty() && block_epochs_.size() != K)
    throw ConfigError("/trainer/block_epochs", "one window per block: the network has " + std::to_string(K) +
                                                   " blocks, block_epochs lists " +
                                                   std::to_string(block_epochs_.size()));
  if (model_.supervised() && !label_channels_ && !label_pattern_ && data.shape.size() < data.num_classes)
    throw ConfigError("/dataset", "supervised Forward-Forward writes the label into the first " +
                                      std::to_string(data.num_classes) + " features, but samples have only " +
                                      std::to_string(data.shape.size()) +
                                      "; use more features or trainer.supervised = false");
  if (greedy_ && settings_.epochs < K)
    throw ConfigError("/trainer/epochs", "the greedy block schedule needs at least one epoch per block: " +
                                             std::to_string(K) + " blocks, " + std::to_string(settings_.epochs) +
                                             " epochs");

  check_blocks(network, blocks);
  thresholds_ = ff_.oriented_thresholds(blocks);
  set_goodness_scopes(network, blocks);
  block_params_.assign(K, {});
  parameters_.clear();
  optimizers_.clear();
  for (std::size_t k = 0; k < K; ++k)
    for (std::size_t i = blocks[k].first; i <= blocks[k].last; ++i)
      for (const auto& p : network.layer(i).parameters()) {
        block_params_[k].push_back(parameters_.size());
        parameters_.push_back(p);
        Json spec = settings_.optimizer;
        optimizers_.push_back(optimizer_registry().build(spec, "/trainer/optimizer", p));
      }
  std::vector<std::size_t> units;
  for (const auto& b : blocks) units.push_back(b.units);
  const std::size_t label_channel_size = label_channels_ ? data.shape.height * data.shape.width : 0;
  neutral_whole_because_.clear();
  for (std::size_t i = 0; i < network.size() && neutral_whole_because_.empty(); ++i)
    if (network.layer(i).couples_rows())
      neutral_whole_because_ = "layer " + std::to_string(i) + " (" + network.layer(i).type() +
                               ") mixes the batch's rows";
  model_.attach(network, std::move(blocks), network_input(data.shape, data.num_classes).size(), data.num_classes, ff_,
                label_channel_size);
  if (label_pattern_)
    model_.use_label_patterns(data.shape.channels, data.shape.height, data.shape.width,
                              options_.at("label_pattern_wavelength").get<float>());

  auto make_head = [&](const char* key, bool default_on) -> std::unique_ptr<LinearHead> {
    const Json& spec = options_.at(key);
    const bool on = spec.at("enabled").is_null() ? default_on : spec.at("enabled").get<bool>();
    if (!on) return nullptr;
    const std::string pointer = std::string("/trainer/") + key;
    auto set = resolve_block_set(spec.at("blocks"), K, pointer + "/blocks");
    return std::make_unique<LinearHead>(key, std::move(set), units, data.num_classes, spec.at("optimizer"),
                                        pointer + "/optimizer");
  };
  auto softmax_head = make_head("softmax_head", supervised_ && !class_groups_);
  auto readout = make_head("readout", !supervised_);
  const bool scorer = softmax_head != nullptr;
  model_.set_heads(std::move(softmax_head), std::move(readout));
  if (negatives_ && negatives_->needs_scores() && !scorer)
    throw ConfigError("/trainer/softmax_head/enabled",
                      "\"" + negatives_->type() +
                          "\" negatives sample from the one-pass softmax head's probabilities: enable the head");
}

std::vector<Optimizer*> ForwardForwardTrainer::optimizers() {
  std::vector<Optimizer*> out;
  for (auto& o : optimizers_) out.push_back(o.get());
  for (LinearHead* h : model_.heads())
    for (Optimizer* o : h->optimizers()) out.push_back(o);
  return out;
}

std::vector<Matrix*> ForwardForwardTrainer::extra_state() { return model_.state(ff_.peer_strength > 0.0f); }

Json ForwardForwardTrainer::summary() const {
  Json s;
  s["mode"] = class_groups_ ? "supervised (labels in the objective, not in the input)"
              : supervised_  ? "supervised"
                             : "unsupervised";
  Json units = Json::array();
  for (const FFBlock& b : model_.blocks()) units.push_back(b.units);
  s["blocks"] = units;
  ff_.describe(s, thresholds_);
  s["goodness_scope"] = options_.at("goodness_scope");
  s["negatives"] = negatives_ ? negatives_->options() : Json();
  s["block_schedule"] = greedy_ ? "greedy" : "simultaneous";
  s["block_epochs"] = block_epochs_.empty() ? Json() : Json(block_epochs_);
  settings_.describe(s);
  if (model_.supervised()) {
    s["label_strength"] = model_.embedding().strength;
    s["label_input"] = label_channels_ ? "channels" : label_pattern_ ? "pattern" : "pixels";
    if (label_pattern_) s["label_pattern_wavelength"] = options_.at("label_pattern_wavelength");
    if (label_channels_ && ff_.normalize_input) s["input_normalized"] = "image channels (label channels as given)";
  }
  s["jitter"] = settings_.jitter;
  s["neutral_pass"] = neutral_pass_description();
  s["softmax_head"] = model_.softmax_head() ? model_.softmax_head()->summary() : Json();
  s["readout"] = model_.readout() ? model_.readout()->summary() : Json();
  return s;
}

std::pair<std::size_t, std::size_t> ForwardForwardTrainer::active_blocks(std::size_t epoch) const {
  const std::size_t K = model_.blocks().size();
  if (!block_epochs_.empty()) {
    std::size_t first = 0;
    while (first < K && block_epochs_[first] <= epoch) ++first;
    return {first, K - 1};  // first == K: every window is over, no block trains
  }
  if (!greedy_) return {0, K - 1};
  const std::size_t k = epoch * K / settings_.epochs;
  return {k, k};
}

float ForwardForwardTrainer::block_rate_factor(std::size_t epoch) const {
  if (!greedy_) return settings_.factor(epoch);
  const std::size_t E = settings_.epochs, K = model_.blocks().size(), k = epoch * K / E;
  const std::size_t begin = (k * E + K - 1) / K, end = ((k + 1) * E + K - 1) / K;
  return settings_.schedule->factor(epoch - begin, end - begin);
}

float ForwardForwardTrainer::begin_epoch(std::size_t epoch) {
  if (model_.blocks().empty()) throw Error("forward_forward: train_epoch before attach");
  EpochPlan& p = plan_;
  std::tie(p.first_active, p.last_active) = active_blocks(epoch);
  p.head_factor = settings_.factor(epoch);
  p.heads = model_.heads();
  p.head_upto = 0;
  for (LinearHead* h : p.heads) p.head_upto = std::max(p.head_upto, h->last_block());
  // The positive/negative pass runs to the last trained block, and further
  // when unsupervised heads read later blocks from its positive rows.
  p.ff_upto = p.last_active;
  if (!supervised_ && !p.heads.empty()) p.ff_upto = std::max(p.ff_upto, p.head_upto);
  return settings_.lr * block_rate_factor(epoch);
}

double ForwardForwardTrainer::train_batch(Network& network, const TrainingBatch& batch) {
  if (!pipeline_) return train_steps(network, batch);
  try {
    return train_steps(network, batch);
  } catch (const DivergenceError& e) {
    // Only this rank knows: the others would wait for it. A plain Error ends the job.
    throw Error(std::string(e.what()) + " (on rank " + std::to_string(pipeline_->ranks().rank()) +
                " of a layer pipeline, which stops the whole job: no diverged record is written)");
  }
}

double ForwardForwardTrainer::train_steps(Network& network, const TrainingBatch& batch) {
  // Pipelined: what the ranks below computed for this batch comes first.
  const double loss_below = pipeline_ && !pipeline_->first_stage() ? receive_batch(batch.rows) : 0.0;
  // Heads' scores (supervised) from the neutral-label pass, before any update;
  // pipelined, their features only (the last rank scores them).
  const bool scored = supervised_ && !plan_.heads.empty() && !pipeline_;
  if (scored)
    score_heads_on_neutral_rows(batch);
  else if (supervised_ && !plan_.heads.empty())
    neutral_pass(batch);
  if (!supervised_)
    for (LinearHead* h : plan_.heads) h->features(batch.rows);
  if (class_groups_)
    copy_rows(batch.images, 0, batch.rows, stacked_);
  else
    stack_positives_and_negatives(batch);
  const double loss = train_blocks(network, batch, loss_below);
  if (!pipeline_) {
    train_heads(batch, scored);
    return loss;
  }
  if (pipeline_->last_stage())
    train_heads(batch, false);
  else
    send_batch(batch.rows, loss);
  batch.tally.add_measure("pipeline_wait_ms", 1e3 * pipeline_->take_wait_seconds(), 1);
  return loss;
}

std::string ForwardForwardTrainer::neutral_pass_description() const {
  if (!supervised_ || (!model_.softmax_head() && !model_.readout())) return "none (no supervised head)";
  if (pipeline_) return "the whole batch (layer-pipelined)";
  if (!neutral_whole_because_.empty()) return "the whole batch: " + neutral_whole_because_;
  if (neutral_rows_asked_ == 0) return "the whole batch (neutral_pass_rows null)";
  return "slices of at most " + std::to_string(neutral_rows_asked_) + " rows";
}

std::size_t ForwardForwardTrainer::neutral_slice_rows(std::size_t rows) const {
  const std::size_t most = neutral_whole_because_.empty() ? neutral_rows_asked_ : 0;
  if (most == 0 || rows <= most) return rows;
  const std::size_t slices = (rows + most - 1) / most;
  return (rows + slices - 1) / slices;
}

void ForwardForwardTrainer::score_heads_on_neutral_rows(const TrainingBatch& batch) {
  const std::size_t rows = batch.rows, slice = neutral_slice_rows(rows);
  for (LinearHead* h : plan_.heads) h->begin_batch(rows);
  for (std::size_t first = 0; first < rows; first += slice) {
    const std::size_t n = std::min(slice, rows - first);
    const Matrix* images = &batch.images;
    if (n < rows) {
      copy_rows(batch.images, first, n, neutral_slice_);
      images = &neutral_slice_;
    }
    model_.label_free_pass(*images, plan_.head_upto, batch.context, plan_.heads);
    for (LinearHead* h : plan_.heads) h->score_slice(first, batch.labels);
  }
}

void ForwardForwardTrainer::neutral_pass(const TrainingBatch& batch) {
  const BlockRange mine = pipeline_->mine();
  if (mine.first > plan_.head_upto) return;  // the heads' features arrived complete
  const std::size_t upto = std::min(mine.last, plan_.head_upto);
  neutral_output_ = mine.first == 0
                        ? &model_.label_free_pass(batch.images, upto, batch.context, plan_.heads)
                        : &model_.label_free_blocks(neutral_input_, mine.first, upto, batch.context, plan_.heads);
}

void ForwardForwardTrainer::stack_positives_and_negatives(const TrainingBatch& batch) {
  const std::size_t count = batch.rows, features = model_.embedding().width(batch.split.x.shape()[1]);
  LinearHead* scorer_head = model_.softmax_head();
  const LabelEmbedding& embedding = model_.embedding();
  // The head scored the batch's neutral rows before any update (score_heads_on_neutral_rows).
  const ClassScorer scorer = [&]() -> const Matrix& { return scorer_head->probabilities(); };
  const NegativeInput neg_in{batch.images, batch.labels, batch.shape, supervised_ ? &embedding : nullptr,
                             &batch.split, batch.rng, scorer_head ? &scorer : nullptr};
  negatives_->generate(neg_in, negatives_buf_);
  ensure_shape(stacked_, 2 * count, features);
  if (supervised_) {
    embedding.embed(batch.images, batch.labels, positives_);
    std::copy_n(positives_.data(), count * features, stacked_.data());
  } else {
    std::copy_n(batch.images.data(), count * features, stacked_.data());
  }
  std::copy_n(negatives_buf_.data(), count * features, stacked_.data() + count * features);
}

BlockRange ForwardForwardTrainer::stage_blocks() const {
  if (!pipeline_) return {0, plan_.ff_upto};
  return {pipeline_->mine().first, std::min(pipeline_->mine().last, plan_.ff_upto)};
}

double ForwardForwardTrainer::train_blocks(Network& network, const TrainingBatch& batch, double loss_below) {
  const std::size_t count = batch.rows;
  const BlockRange stage = stage_blocks();
  double batch_loss = loss_below;
  // Block 0's input normalised in place; a later first block's came from the rank below.
  const Matrix* x = stage.first == 0 ? &model_.prepare_input(stacked_, stacked_) : &block_input_;
  const std::vector<FFBlock>& blocks = model_.blocks();
  for (std::size_t k = stage.first; k <= stage.last; ++k) {
    const Matrix& y = forward_block(network, blocks[k], *x, acts_, batch.context);
    if (k >= plan_.first_active && k <= plan_.last_active)
      batch_loss += train_block(network, batch, k, *x, y);
    else if (k + 1 == blocks.size() && plan_.first_active > plan_.last_active && plan_.heads.empty())
      score_frozen_block(batch, k, *x, y);
    if (k < plan_.ff_upto || !supervised_) {
      // dy_ is dead now: it takes the normalised output, which becomes the
      // next block's input, and this block's input buffer becomes the next
      // dy_. With the activation working in place the pass holds three
      // [2B, units] matrices (input, output, gradient) however deep the net is.
      model_.normalize_output(k, y, dy_);
      std::swap(dy_, block_input_);
      if (!supervised_)
        for (LinearHead* h : plan_.heads) h->copy_block(k, block_input_, count);
      x = &block_input_;
    }
  }
  return batch_loss;
}

LocalRuleInput ForwardForwardTrainer::rule_input(const TrainingBatch& batch, std::size_t k, const Matrix& x,
                                                const Matrix& y) {
  const GoodnessScope& scope = scopes_[k];
  const Matrix* output = &y;
  if (!scope.whole()) {
    scope.gather(y, scoped_output_);
    output = &scoped_output_;
  }
  // Under a scope the input's rows are not the output's: no objective of the scoped kind reads it.
  LocalRuleInput in{*output, batch.rows * scope.groups(), ff_.goodness.get(), thresholds_[k],
                    scope.whole() ? &x : nullptr};
  if (class_groups_) {
    in.labels = &batch.labels;
    in.classes = classes_;
  }
  return in;
}

void ForwardForwardTrainer::set_goodness_scopes(Network& network, const std::vector<FFBlock>& blocks) {
  const auto kind = parse_goodness_scope(options_.at("goodness_scope").get<std::string>(), "/trainer/goodness_scope");
  if (kind != GoodnessScopeKind::map && class_groups_)
    throw ConfigError("/trainer/goodness_scope", "the \"" + ff_.objective->type() +
                                                     "\" objective scores its own class groups of channels: "
                                                     "leave goodness_scope at \"map\"");
  scopes_.clear();
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    scopes_.emplace_back(kind, network.layer(blocks[k].last).output_shape());
    if (!scopes_[k].whole() && ff_.threshold.is_string())  // "units": the group's
      thresholds_[k] = ff_.goodness->oriented_threshold(static_cast<float>(scopes_[k].group_units()));
  }
}

void ForwardForwardTrainer::score_frozen_block(const TrainingBatch& batch, std::size_t k, const Matrix& x,
                                               const Matrix& y) {
  const LocalRuleResult r = ff_.objective->evaluate(rule_input(batch, k, x, y), nullptr);
  batch.tally.add_errors(r.mistakes, r.cases);
}

double ForwardForwardTrainer::train_block(Network& network, const TrainingBatch& batch, std::size_t k,
                                          const Matrix& x, const Matrix& y) {
  const std::size_t count = batch.rows;
  const FFBlock& block = model_.blocks()[k];
  const GoodnessScope& scope = scopes_[k];
  LocalRuleResult r = ff_.objective->evaluate(rule_input(batch, k, x, y), scope.whole() ? &dy_ : &scoped_grad_);
  if (!scope.whole()) {
    // The objective averaged over rows x groups: summed over a row's groups
    // instead, the loss and each unit's gradient keep the map's scale.
    const auto groups = static_cast<float>(scope.groups());
    r.loss *= groups;
    scale_in_place(scoped_grad_, groups);
    scope.scatter(scoped_grad_, dy_);
  }
  if (!std::isfinite(r.loss)) throw batch.diverged("loss of block " + std::to_string(k), r.loss);
  add_block_measures(batch.tally, k, r, count);
  if (k == plan_.last_active && plan_.heads.empty()) batch.tally.add_errors(r.mistakes, r.cases);
  PeerNormalization& peer_norm = model_.peer(k);
  std::function<void(Matrix&)> peer;
  // At the activation: its output is the block's unless pooling or batch
  // norm follow it, and the gradient there is the pre-activation's.
  const Matrix& activity = acts_.output(block.activation - block.first);
  if (peer_norm.enabled()) peer = [&](Matrix& dpre) { peer_norm.apply(activity, count, dpre); };
  backward_block(network, block, x, acts_, dy_, grads_, peer, false, /*write_grads=*/true);
  for (std::size_t i : block_params_[k])
    updater().update(*optimizers_[i], *parameters_[i].value, *parameters_[i].grad, batch.lr);
  return r.loss;
}

void ForwardForwardTrainer::train_heads(const TrainingBatch& batch, bool scored) {
  for (std::size_t i = 0; i < plan_.heads.size(); ++i) {
    LinearHead& h = *plan_.heads[i];
    if (!scored) {
      h.begin_batch(batch.rows);
      h.score_slice(0, batch.labels);
    }
    if (i == 0) batch.tally.add_errors(count_errors(h.batch_logits(), batch.labels), batch.rows);
    const float head_loss = h.step(h.learning_rate() * plan_.head_factor, updater());
    if (!std::isfinite(head_loss))
      throw batch.diverged("loss of the " + h.name(), head_loss, "lower trainer." + h.name() + ".optimizer.lr");
    batch.tally.add_measure(h.name() + ".loss", head_loss, batch.rows);
  }
}

}  // namespace fflab
