#pragma once
// Manifest keys shared by the two Forward-Forward trainers (forward_forward
// and recurrent_ff): the objective (goodness, threshold, objective,
// normalisation), the label strength, peer normalisation and the softmax
// head sections. One definition each, so both trainers read the same.
#include <memory>
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/local/local_rule.hpp"

namespace fflab {

/// Hinton's FF update rule: SGD lr 0.01, gradient smoothing 0.9, weight cost 0.001.
Json default_ff_optimizer();
/// Hinton's softmax head rule: SGD lr 0.1, gradient smoothing 0.9, weight cost 0.003.
Json default_head_optimizer();

/// goodness, threshold, objective, normalization, normalize_input (in this order).
void add_ff_objective_keys(Schema& s);
void add_label_strength_key(Schema& s);
void add_peer_normalization_key(Schema& s);
/// The schema of a head section: enabled (null = `enabled_help`'s default),
/// blocks (default `default_blocks`), optimizer.
Schema head_schema(const char* default_blocks, const char* enabled_help);

/// The objective section as a LocalRule; ConfigError (/trainer/objective/type)
/// naming the local_rules trainer if the rule is not a Forward-Forward
/// objective (one that scores positive against negative rows).
std::unique_ptr<LocalRule> build_ff_objective(Json spec, const std::string& trainer);

}  // namespace fflab
