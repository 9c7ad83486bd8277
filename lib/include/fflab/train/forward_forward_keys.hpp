#pragma once
// Manifest keys shared by the two Forward-Forward trainers (forward_forward
// and recurrent_ff): the objective (goodness, threshold, objective,
// normalisation), the label strength, peer normalisation and the softmax
// head sections. One definition each, so both trainers read the same.
#include <memory>
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/layers/length_norm.hpp"
#include "fflab/local/goodness.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/peer_normalization.hpp"
#include "fflab/train/forward_forward_blocks.hpp"

namespace fflab {

/// Hinton's FF update rule: SGD lr 0.01, gradient smoothing 0.9, weight cost 0.001.
Json default_ff_optimizer();
/// Hinton's softmax head rule: SGD lr 0.1, gradient smoothing 0.9, weight cost 0.003.
Json default_head_optimizer();

/// goodness, threshold, objective, normalization, normalize_input (in this order).
void add_ff_objective_keys(Schema& s);
/// label_strength; `more` is appended to its help (what else it means on that trainer).
void add_label_strength_key(Schema& s, const std::string& more = "");
void add_peer_normalization_key(Schema& s);
/// The schema of a head section: enabled (null = `enabled_help`'s default),
/// blocks (default `default_blocks`), optimizer.
Schema head_schema(const char* default_blocks, const char* enabled_help);

/// The objective section as a LocalRule; ConfigError (/trainer/objective/type)
/// naming the local_rules trainer if the rule is not a Forward-Forward
/// objective (one that scores positive against negative rows).
std::unique_ptr<LocalRule> build_ff_objective(Json spec, const std::string& trainer);

/// The settings both FF trainers read from the keys above, parsed once from
/// a trainer section the schema has already completed: the goodness, the
/// objective (checked by build_ff_objective), the threshold, the
/// normalisation, the label strength and peer normalisation.
struct FFObjectiveSettings {
  FFObjectiveSettings(const Json& trainer_options, const std::string& trainer);

  std::unique_ptr<Goodness> goodness;
  std::unique_ptr<LocalRule> objective;
  Json threshold;  // a number, or "units"
  LengthNormKind normalization;  // when normalize_blocks
  bool normalize_blocks;         // false: "none"
  bool normalize_input;          // never without normalize_blocks
  float label_strength;
  Json peer_options;  // {"strength", "momentum"}
  float peer_strength, peer_momentum;

  /// Each block's threshold on the goodness' own orientation: theta = the
  /// block's units for "units", else the number.
  std::vector<float> oriented_thresholds(const std::vector<FFBlock>& blocks) const;
  /// A block's peer normalisation (off when the strength is 0).
  std::unique_ptr<PeerNormalization> make_peer(std::size_t units) const;
  /// Writes goodness, threshold, oriented_thresholds, objective,
  /// normalization, normalize_input and peer_normalization into a summary.
  void describe(Json& summary, const std::vector<float>& oriented) const;
};

}  // namespace fflab
