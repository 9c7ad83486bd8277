#include "fflab/train/forward_forward_keys.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/core/strings.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/local/rule_slot.hpp"
#include "fflab/train/forward_forward_blocks.hpp"
#include "fflab/train/training_keys.hpp"

namespace fflab {

namespace {

Schema peer_schema() {
  Schema s;
  s.optional("strength", KeyType::number, 0.0,
             "strength of the push of each unit's running mean activity toward the layer's average "
             "(Hinton's code: 0.03); 0 = off")
      .at_least(0);
  s.optional("momentum", KeyType::number, 0.9, "momentum of the running mean of each unit's activity on positive cases")
      .at_least(0)
      .at_most(1);
  return s;
}

void check_goodness_name(Json& j, const std::string& p) {
  goodness_registry().find(j.get<std::string>(), p);
}

void check_threshold(Json& j, const std::string& p) {
  if (j.is_string() && j.get<std::string>() == "units") return;
  if (j.is_number() && j.get<double>() >= 0.0) return;
  throw ConfigError(p, "expected a number >= 0 or \"units\" (the number of units in the block), got " +
                           (j.is_string() ? quoted(j.get<std::string>()) : json_type_name(j)));
}

}  // namespace

Json default_ff_optimizer() {
  return Json{{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.9}, {"dampening", 0.9}, {"weight_decay", 0.001}};
}

Json default_head_optimizer() {
  return Json{{"type", "sgd"}, {"lr", 0.1}, {"momentum", 0.9}, {"dampening", 0.9}, {"weight_decay", 0.003}};
}

void add_ff_objective_keys(Schema& s) {
  s.optional("goodness", KeyType::string, "sum_squares",
             "goodness of a block output: sum_squares (max ssq), neg_sum_squares (min ssq), mean_squares")
      .validated_by(check_goodness_name);
  s.optional("threshold", KeyType::any, "units",
             "theta on the squares scale: a number, or \"units\" = the block's number of units. Learns: "
             "rms + sum_squares + \"units\" (Hinton), l2 + mean_squares + 2; NOT l2 + sum_squares + \"units\"")
      .validated_by(check_threshold);
  s.optional("objective", KeyType::object, Json{{"type", "softplus"}},
             "the Forward-Forward objective of each block, a local rule that scores positive against negative "
             "rows ({\"type\": \"softplus\" | \"symba\", ...})")
      .validated_by([](Json& j, const std::string& p) { validate_rule_section(j, p, RuleSlot::ff_objective); });
  s.optional("normalization", KeyType::string, "rms",
             "length normalisation of a block's output before the next block: \"rms\" = y / sqrt(mean(y^2)) "
             "(Hinton's code), \"l2\" = y / ||y||; no mean subtraction; \"none\" (forward_forward only) "
             "passes the block output on as it is (blocks that end in batch_norm, CwComp) and leaves the input "
             "as it is too")
      .one_of({"rms", "l2", "none"});
  s.optional("normalize_input", KeyType::boolean, true,
             "also length-normalise block 0's input (after the label is embedded) with the same "
             "normalization, so every block sees rows of the same scale; false feeds the raw rows (on MNIST "
             "[0, 1] pixels this learns several times slower at the start)");
}

void add_label_strength_key(Schema& s, const std::string& more) {
  s.optional("label_strength", KeyType::number, 1.0,
             "value of the one-hot label entry (the neutral label is label_strength / classes per entry)" + more)
      .above(0);
}

void add_peer_normalization_key(Schema& s) {
  s.optional("peer_normalization", KeyType::object, Json::object(),
             "Hinton's peer normalisation at each block's activation (its units before any pooling or batch norm): {\"strength\": 0 (off; code 0.03), \"momentum\": 0.9}")
      .validated_by([](Json& j, const std::string& p) { peer_schema().apply(j, p); });
}

Schema head_schema(const char* default_blocks, const char* enabled_help) {
  Schema s;
  s.optional("enabled", KeyType::boolean, nullptr, enabled_help).nullable();
  s.optional("blocks", KeyType::any, default_blocks,
             "blocks whose normalised activities the head reads: \"all\", \"all_but_first\", \"last_three\" "
             "or a list of 0-based block indices")
      .validated_by(validate_block_set);
  add_optimizer_key(s, default_head_optimizer(),
                    "the head's update rule (Hinton: lr 0.1, weight cost 0.003); its lr follows the trainer's schedule");
  return s;
}

std::unique_ptr<LocalRule> build_ff_objective(Json spec, const std::string& trainer) {
  auto rule = local_rule_registry().build(spec, "/trainer/objective");
  const LocalRuleNeeds needs = rule->needs();
  if (!is_ff_objective(needs) || rule->gradient_at() != GradientAt::output || rule->pass() != RulePass::clean)
    throw ConfigError("/trainer/objective/type",
                      "the local rule \"" + rule->type() +
                          "\" is not a Forward-Forward objective (one that scores positive against negative "
                          "rows, or the block's class groups against the label), which the " + trainer + " trainer needs: run it with {\"type\": \"local_rules\", "
                          "\"rule\": {\"type\": \"" + rule->type() + "\"}}, or use objective softplus, symba or channel_competitive here");
  return rule;
}

FFObjectiveSettings::FFObjectiveSettings(const Json& o, const std::string& trainer)
    : objective(build_ff_objective(o.at("objective"), trainer)),
      threshold(o.at("threshold")),
      normalization(o.at("normalization").get<std::string>() == "l2" ? LengthNormKind::l2 : LengthNormKind::rms),
      normalize_blocks(o.at("normalization").get<std::string>() != "none"),
      normalize_input(normalize_blocks && o.at("normalize_input").get<bool>()),
      label_strength(o.at("label_strength").get<float>()),
      peer_options(o.at("peer_normalization")),
      peer_strength(peer_options.at("strength").get<float>()),
      peer_momentum(peer_options.at("momentum").get<float>()) {
  Json spec = {{"type", o.at("goodness")}};
  goodness = goodness_registry().build(spec, "/trainer/goodness");
  if (trainer == "forward_forward") return;
  if (!normalize_blocks)
    throw ConfigError("/trainer/normalization", "\"none\" is for the forward_forward trainer; the " + trainer +
                                                    " trainer's top-down input needs normalised blocks: use rms or l2");
  if (objective->needs().class_groups)
    throw ConfigError("/trainer/objective/type", "\"" + objective->type() + "\" is for the forward_forward trainer; the " +
                                                     trainer + " trainer needs negatives: use softplus or symba");
}

std::vector<float> FFObjectiveSettings::oriented_thresholds(const std::vector<FFBlock>& blocks) const {
  std::vector<float> out;
  for (const FFBlock& b : blocks) {
    const float theta = threshold.is_string() ? static_cast<float>(b.units) : threshold.get<float>();
    out.push_back(goodness->oriented_threshold(theta));
  }
  return out;
}

std::unique_ptr<PeerNormalization> FFObjectiveSettings::make_peer(std::size_t units) const {
  return std::make_unique<PeerNormalization>(peer_strength, peer_momentum, units);
}

void FFObjectiveSettings::describe(Json& s, const std::vector<float>& oriented) const {
  s["goodness"] = goodness->type();
  s["threshold"] = threshold;
  s["oriented_thresholds"] = oriented;
  s["objective"] = objective->options();
  s["normalization"] = !normalize_blocks ? "none" : normalization == LengthNormKind::l2 ? "l2" : "rms";
  s["normalize_input"] = normalize_input;
  s["peer_normalization"] = peer_options;
}

}  // namespace fflab
