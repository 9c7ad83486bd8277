#pragma once
// LocalRule: the objective of ONE block, computed from that block's output
// alone (no gradient crosses blocks). Forward-Forward's layer objective is
// one; later rules may declare further signals in LocalRuleInput.
//   evaluate(input, doutput*) -> loss (and dL/doutput if doutput is given)
// The block output holds the positive rows first, then the negative rows:
// rows [0, positives) are positive, rows [positives, rows) negative.
// The loss is a mean over cases (see each rule), so doutput already carries
// the 1/B factor, like the global losses.
#include <cstddef>
#include <string>

#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"
#include "fflab/local/goodness.hpp"

namespace fflab {

/// What a rule sees of its block.
struct LocalRuleInput {
  const Matrix& output;       ///< [P + N, units]: positive rows, then negative rows
  std::size_t positives = 0;  ///< P
  const Goodness& goodness;   ///< the run's goodness
  float threshold = 0.0f;     ///< theta on the goodness's scale (oriented)
};

/// What a rule reports besides its gradient.
struct LocalRuleResult {
  double loss = 0.0;
  double positive_goodness = 0.0;  ///< mean goodness of the positive rows
  double negative_goodness = 0.0;  ///< mean goodness of the negative rows
  std::size_t cases = 0;           ///< decisions the rule makes on this batch
  std::size_t mistakes = 0;        ///< of which wrong (positive judged negative or vice versa)
};

class LocalRule {
 public:
  virtual ~LocalRule() = default;
  /// Registry name ("softplus", "symba").
  virtual std::string type() const = 0;
  virtual LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) = 0;
  /// Resolved options, for records.
  virtual Json options() const = 0;
};

}  // namespace fflab
