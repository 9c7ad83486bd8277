#pragma once
// LocalRule: the learning rule of ONE block (a run of layers ending at an
// activation, see train/forward_forward_blocks.hpp). It sees only its own
// block's input, pre-activation and output, plus the signals it declares in
// needs(): no gradient crosses blocks. Two trainers run rules:
//  - "forward_forward" runs rules that need negatives (the FF objectives:
//    softplus, symba): the block output holds positive rows, then negative rows.
//  - "local_rules" runs the others (local_head, drtp, dfa, pepita, fa,
//    sign_symmetry, user rules) on a network of blocks followed by an output
//    layer, and picks its pass schedule from the needs: a full forward pass
//    first when a rule needs the global output error, a second (modulated)
//    pass when a rule asks for it, the blocks top-down when a rule needs the
//    signal of the part above (fa, sign_symmetry).
// evaluate(input, gradient*) returns the rule's loss (0 for rules without
// one, whose has_loss() is false: drtp, dfa, pepita, fa, sign_symmetry) and, if `gradient` is given, writes the block's
// learning signal in the place gradient_at() names:
//  - output:          dL/d(block output); the trainer takes it back through
//                     the block's activation and layers (f'(a) included).
//  - pre_activation:  dL/d(input of the block's final activation), taken back
//                     through the layers below it (PEPITA, which has no f').
// A rule that needs the upstream signal writes its gradient at the input of
// the weighted layer (dense or conv2d) that opens the part above, sending the
// signal through that layer with a stand-in weight (through_above); the
// trainer takes it back through the parameter-free layers in between
// (dropout, pooling) to the block output.
// A rule whose pass() is `modulated` has its weight change taken against the
// block's input in the modulated pass; one whose output_pass() is
// `modulated` also has the output part (the layers after the last block)
// learn on the modulated pass: the output loss's gradient at the modulated
// output, taken against the last block's modulated output (PEPITA). Signals are means over cases: the
// gradient carries the 1/B factor, like the global losses.
// A rule instance serves one block in "local_rules" (it may own parameters,
// e.g. a private head, which that trainer updates and checkpoints) and all
// blocks in "forward_forward" (stateless objectives).
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/layers/layer.hpp"
#include "fflab/local/goodness.hpp"

namespace fflab {

/// The signals a rule asks for; the trainer provides exactly these.
struct LocalRuleNeeds {
  bool negatives = false;     ///< positive and negative rows in one pass (FF); forward_forward only
  bool labels = false;        ///< the batch's labels
  /// A fixed random matrix per block (drawn once, checkpointed): [classes, units] with entries
  /// N(0, 1) * feedback_scale / sqrt(classes); with upstream, shaped like the weight above (see there).
  bool feedback = false;
  float feedback_scale = 1.0f;
  bool output_error = false;  ///< e = softmax(network output) - onehot(label), [B, classes], per case
  bool modulated_pass = false;  ///< a second pass on x + e F, F [classes, inputs] fixed random
  float modulation_scale = 0.05f;  ///< F's entries are U(-1, 1) * modulation_scale * sqrt(6 / inputs)
  /// The learning signal of the part above and its weight (see LocalRuleInput::upstream); blocks learn
  /// top-down. With feedback, the fixed matrix is shaped like the weight of the layer above and drawn
  /// with the initialiser feedback_init over that weight's fans, times feedback_scale. Without upstream,
  /// a feedback_init other than normal_fan_in draws [classes, units] over fans (classes, units).
  bool upstream = false;
  std::string feedback_init = "normal_fan_in";
  /// Scores the block's per-class groups of units against the label, without negatives: a
  /// Forward-Forward-family objective that needs labels (channel_competitive); forward_forward runs it.
  bool class_groups = false;
};

/// Where a rule's gradient lives.
enum class GradientAt { output, pre_activation };
/// Which forward pass the weight change is taken against.
enum class RulePass { clean, modulated };

/// The block a rule instance serves (local_rules trainer).
struct LocalRuleBlock {
  std::size_t index = 0, blocks = 0;  ///< this block, of how many
  std::size_t inputs = 0, units = 0;  ///< block input and output widths
  std::size_t classes = 0;
  std::size_t above = 0;  ///< needs.upstream: outputs of the weighted layer that opens the part above
  /// Output positions over which the block's weights are shared: its conv2d layer's map (height x
  /// width); 1 for dense and locally connected layers, whose weights differ at every position.
  std::size_t positions = 1;
  /// The trainer's batch size (rows a step trains, over every rank); 0 when unknown (a rule tested alone).
  std::size_t batch_size = 0;
  /// The block's weights are a conv2d layer's, shared over its output map however small (a conv whose map
  /// is 1 x 1, as LeNet-5's C5, has positions 1 and is still convolutional).
  bool convolutional = false;
};

/// What a rule sees of its block. Pointers are null unless the rule's needs
/// (or, for input and pre_activation, the trainer) provide them.
struct LocalRuleInput {
  const Matrix& output;            ///< [R, units]: the block output (positive rows, then negative rows)
  std::size_t positives = 0;       ///< P: rows [0, P) positive; without negatives P = R
  const Goodness* goodness = nullptr;  ///< FF: the run's goodness
  float threshold = 0.0f;          ///< FF: theta on the goodness's scale (oriented)
  const Matrix* input = nullptr;           ///< [R, inputs] the block input
  const Matrix* pre_activation = nullptr;  ///< [R, units] the input of the block's final activation
  const Labels* labels = nullptr;          ///< needs.labels
  std::size_t classes = 0;                 ///< needs.class_groups: the dataset's classes
  const Matrix* feedback = nullptr;        ///< needs.feedback: [classes, units] (upstream: like above_weight)
  const Matrix* output_error = nullptr;    ///< needs.output_error: [R, classes]
  const Matrix* modulated_input = nullptr;   ///< needs.modulated_pass: [R, inputs]
  const Matrix* modulated_output = nullptr;  ///< needs.modulated_pass: [R, units]
  /// needs.upstream: [R, above] dL/d(output of the weighted layer that opens the part above: the next
  /// block's pre-activation, or the network output), as backprop or the rule above computed it.
  const Matrix* upstream = nullptr;
  /// needs.upstream: that layer's weight as in this batch's forward pass (dense: [units, above];
  /// conv2d: [M, (C/G)*k*k]) and its fans.
  const Matrix* above_weight = nullptr;
  WeightFans above_fans = {};
  /// needs.upstream: writes into its second argument the upstream signal sent back through the layer
  /// above with the first argument (shaped like above_weight) in place of its weight: [R, inputs of
  /// that layer] (the block's units unless pooling or dropout lies between). Empty (rules tested
  /// alone): the layer above is dense and follows the block, the product is upstream weight^T.
  std::function<void(const Matrix&, Matrix&)> through_above = {};
  Rng* rng = nullptr;  ///< the training generator, for draws per batch (local_rules)
};

/// What a rule reports besides its gradient.
struct LocalRuleResult {
  double loss = 0.0;
  double positive_goodness = 0.0;  ///< FF: mean goodness of the positive rows
  double negative_goodness = 0.0;  ///< FF: mean goodness of the negative rows
  std::size_t cases = 0;           ///< decisions the rule makes on this batch (0: none)
  std::size_t mistakes = 0;        ///< of which wrong
};

class LocalRule {
 public:
  virtual ~LocalRule() = default;
  /// Registry name ("softplus", "dfa", ...).
  virtual std::string type() const = 0;
  virtual LocalRuleNeeds needs() const = 0;
  /// Whether evaluate() reports a loss of the rule's own; false (drtp, dfa,
  /// pepita, fa, sign_symmetry): the trainer records no per-block loss for it.
  virtual bool has_loss() const { return true; }
  virtual GradientAt gradient_at() const { return GradientAt::output; }
  virtual RulePass pass() const { return RulePass::clean; }
  /// Which pass the output part learns on (modulated needs a modulated pass).
  virtual RulePass output_pass() const { return RulePass::clean; }
  /// Sizes the rule's own state for `block` (local_rules: once, before training).
  virtual void attach(const LocalRuleBlock& /*block*/) {}
  /// Draws the rule's own random initial values (after attach). A resumed
  /// run calls it again with the same generator, so fixed random state drawn
  /// here comes back identical without a checkpoint; trained state must be
  /// in parameters(), which the trainer checkpoints.
  virtual void initialize(Rng& /*rng*/) {}
  virtual LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* gradient) = 0;
  /// The rule's own trainable parameters (e.g. a private head); the trainer
  /// zeroes their grads before evaluate, updates them after (through its
  /// ParameterUpdater), checkpoints them.
  virtual std::vector<Parameter> parameters() { return {}; }
  /// Resolved options, for records: {"type": type(), then every key of the
  /// rule's schema}. The default echoes what the constructor resolved with
  /// LocalRule(schema, options), so a rule need not write it by hand.
  virtual Json options() const;

 protected:
  LocalRule() = default;
  /// Resolves `options` (a manifest section, or {} for every default)
  /// against the rule's `schema` (Schema::resolve) and keeps the result for
  /// options() and resolved().
  LocalRule(const Schema& schema, const Json& options) : resolved_(schema.resolve(options)) {}
  /// The resolved value of one of the schema's keys.
  const Json& resolved(const std::string& key) const { return resolved_.at(key); }

 private:
  Json resolved_ = Json::object();
};

/// The needs of a Forward-Forward objective: positive and negative rows.
inline LocalRuleNeeds ff_objective_needs() {
  LocalRuleNeeds n;
  n.negatives = true;
  return n;
}

/// The needs of a class-group objective: the labels, no negatives.
inline LocalRuleNeeds class_group_objective_needs() {
  LocalRuleNeeds n;
  n.labels = true;
  n.class_groups = true;
  return n;
}

/// Whether the forward_forward trainer runs a rule with these needs as its
/// objective: negatives, or class groups with labels, and nothing else.
inline bool is_ff_objective(const LocalRuleNeeds& n) {
  const bool other = n.feedback || n.output_error || n.modulated_pass || n.upstream;
  return !other && ((n.negatives && !n.labels && !n.class_groups) || (n.class_groups && n.labels && !n.negatives));
}

/// input.goodness, or an Error naming `rule` if the trainer gave none.
const Goodness& require_goodness(const LocalRuleInput& input, const std::string& rule);
/// *signal, or an Error naming the rule and the missing signal (a trainer bug
/// or a rule that does not declare what it reads).
const Matrix& require_signal(const Matrix* signal, const std::string& rule, const char* what);
/// needs.upstream: *gradient = the upstream signal sent back through the
/// layer above with `weight` in place of its own (input.through_above, or
/// upstream weight^T when that is empty). ShapeError naming `rule` unless
/// weight is shaped like above_weight and the signal has a row per output row.
void send_through_above(const LocalRuleInput& input, const Matrix& weight, const std::string& rule,
                        Matrix& gradient);

/// A fixed-feedback rule's step (DFA): *gradient = scale * signal
/// feedback, [B, k] x [k, units], when gradient is given. ShapeError unless
/// the signal, the feedback and the block output fit: "<rule>: <signal_name>
/// S, feedback F and block output O do not fit (<shapes>)".
void project_through_feedback(const Matrix& signal, const Matrix& feedback, const Matrix& output, float scale,
                              const std::string& rule, const char* signal_name, const char* shapes,
                              Matrix* gradient);
/// *input.labels, checked against the block output's rows (ShapeError), or
/// an Error naming the rule if no labels were given.
const Labels& require_labels(const LocalRuleInput& input, const std::string& rule);

}  // namespace fflab
