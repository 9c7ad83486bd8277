#pragma once
// Checks for the author of a local learning rule (docs/extending.md,
// "Testing it"), usable from any test framework: each returns a
// RuleCheckResult that lists what is wrong, one line per problem.
//  - check_local_rule: the rule on a case worked out by hand (loss and
//    gradient equal the hand values; this catches a wrong target, which a
//    finite difference cannot), its gradient against central differences of
//    its own loss, and that a wrong gradient (negated, or without the 1/B)
//    would fail that comparison.
//  - check_rule_schema: the rule as the registry builds it from a manifest
//    section: its options() echo every key of its schema with the resolved
//    value (a key left out would vanish from the run record), and an unknown
//    key fails with a ConfigError at /trainer/rule/<key>.
#include <string>
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/local/local_rule.hpp"

namespace fflab::testing {

/// A block's signals, small enough to work out on paper, and what the rule
/// must return on them. An empty matrix (or label list) is a signal not given.
struct LocalRuleHandCase {
  Matrix output;          ///< [B, units] the block output
  Matrix pre_activation;  ///< [B, units]; empty: the output stands in
  Matrix input;           ///< [B, inputs]
  Labels labels;          ///< B labels
  Matrix feedback;        ///< [classes, units]
  Matrix output_error;    ///< [B, classes]
  double loss = 0.0;      ///< the loss the rule must return
  Matrix gradient;        ///< the gradient it must write (where gradient_at() says); empty: not compared
  double tolerance = 1e-5;  ///< on the loss and each gradient entry, relative to max(1, |value|)
  /// Compare the gradient with central differences of the rule's loss (off
  /// for rules whose loss is not what their gradient descends, such as dfa).
  bool finite_differences = true;
  double eps = 1e-2;                  ///< finite-difference step
  double gradient_tolerance = 5e-3;   ///< bound on the relative error of the whole gradient
};

/// What a check found: one line per problem.
struct RuleCheckResult {
  std::vector<std::string> problems;
  double gradient_relative_error = 0.0;  ///< against central differences (0 when not compared)
  bool ok() const { return problems.empty(); }
  /// The problems, one per line ("ok" when there are none).
  std::string report() const;
};

/// Runs `rule` (attached and initialised as its trainer would) on `hand_case`.
RuleCheckResult check_local_rule(LocalRule& rule, const LocalRuleHandCase& hand_case);

/// Builds the registered local rule `options["type"]` from `options` (a
/// manifest section; the defaults fill the rest) and checks its type(),
/// options() and schema as described above.
RuleCheckResult check_rule_schema(const Json& options);

}  // namespace fflab::testing
