#include "fflab/local/registry.hpp"

#include "fflab/local/channel_competitive_objective.hpp"
#include "fflab/local/dfa_rule.hpp"
#include "fflab/local/drtp_rule.hpp"
#include "fflab/local/feedback_alignment_rule.hpp"
#include "fflab/local/hard_label.hpp"
#include "fflab/local/hybrid_negatives.hpp"
#include "fflab/local/local_head_rule.hpp"
#include "fflab/local/pepita_rule.hpp"
#include "fflab/local/sign_symmetry_rule.hpp"
#include "fflab/local/softplus_objective.hpp"
#include "fflab/local/squares_goodness.hpp"
#include "fflab/local/symba_objective.hpp"
#include "fflab/local/wrong_label.hpp"

namespace fflab {

void register_builtin_goodness(GoodnessRegistry& registry) {
  auto add = [&](const char* name, const char* help, SquaresKind kind) {
    registry.add({name, help, Schema(),
                  [kind](const Json&) { return std::make_unique<SquaresGoodness>(kind); }});
  };
  add("sum_squares", "G = sum of squared activities; positives HIGH (max ssq, Hinton's choice)",
      SquaresKind::sum);
  add("neg_sum_squares", "G = -sum of squared activities; positives have a LOW sum of squares (min ssq)",
      SquaresKind::neg_sum);
  add("mean_squares", "G = mean of squared activities; positives HIGH (use with threshold 2 after l2)",
      SquaresKind::mean);
}

void register_builtin_local_rules(LocalRuleRegistry& registry) {
  registry.add({"softplus",
                "forward_forward, recurrent_ff: the paper's loss: mean softplus(theta - G_pos) + mean softplus(G_neg - theta)",
                SoftplusObjective::schema(),
                [](const Json& o) { return std::make_unique<SoftplusObjective>(o); }});
  registry.add({"symba", "forward_forward, recurrent_ff: SymBa, mean softplus(-alpha (G_pos_i - G_neg_i)), positive i paired with negative i",
                SymbaObjective::schema(), [](const Json& o) { return std::make_unique<SymbaObjective>(o); }});
  registry.add({"channel_competitive",
                "forward_forward: CwComp, cross-entropy over the mean squares of the block's class groups of "
                "channels (units); no negatives",
                ChannelCompetitiveObjective::schema(),
                [](const Json& o) { return std::make_unique<ChannelCompetitiveObjective>(o); }});
  registry.add({"local_head",
                "local_rules: cross-entropy of a private linear head on the block output; nothing crosses blocks",
                LocalHeadRule::schema(), [](const Json& o) { return std::make_unique<LocalHeadRule>(o); }});
  registry.add({"drtp", "local_rules: direct random target projection, -onehot(label) F_k as the block's error",
                DrtpRule::schema(), [](const Json& o) { return std::make_unique<DrtpRule>(o); }});
  registry.add({"dfa", "local_rules: direct feedback alignment, the output error e through a fixed random F_k",
                DfaRule::schema(), [](const Json& o) { return std::make_unique<DfaRule>(o); }});
  registry.add({"fa", "local_rules: feedback alignment, the error down layer by layer through a fixed random B_k",
                FeedbackAlignmentRule::schema(),
                [](const Json& o) { return std::make_unique<FeedbackAlignmentRule>(o); }});
  registry.add({"sign_symmetry",
                "local_rules: sign symmetry, the error down layer by layer through sign(W) times random magnitudes",
                SignSymmetryRule::schema(), [](const Json& o) { return std::make_unique<SignSymmetryRule>(o); }});
  registry.add({"pepita",
                "local_rules: PEPITA, a second pass on x + e F; weight change from the two passes' difference",
                PepitaRule::schema(), [](const Json& o) { return std::make_unique<PepitaRule>(o); }});
}

void register_builtin_negatives(NegativeRegistry& registry) {
  registry.add({"wrong_label", "supervised: same image, a label drawn uniformly among the wrong ones",
                WrongLabelNegatives::schema(),
                [](const Json& o) { return std::make_unique<WrongLabelNegatives>(o); }});
  registry.add({"hard_label",
                "supervised: same image, a wrong label drawn in proportion to the model's softmax-head "
                "probability for it (Hinton's code)",
                HardLabelNegatives::schema(), [](const Json& o) { return std::make_unique<HardLabelNegatives>(o); }});
  registry.add({"hybrid",
                "unsupervised: mix two images of different classes through a blurred random mask",
                HybridNegatives::schema(), [](const Json& o) { return std::make_unique<HybridNegatives>(o); }});
}

GoodnessRegistry& goodness_registry() {
  static GoodnessRegistry registry = [] {
    GoodnessRegistry r("goodness");
    register_builtin_goodness(r);
    return r;
  }();
  return registry;
}

LocalRuleRegistry& local_rule_registry() {
  static LocalRuleRegistry registry = [] {
    LocalRuleRegistry r("local rule");
    register_builtin_local_rules(r);
    return r;
  }();
  return registry;
}

NegativeRegistry& negative_registry() {
  static NegativeRegistry registry = [] {
    NegativeRegistry r("negative generator");
    register_builtin_negatives(r);
    return r;
  }();
  return registry;
}

}  // namespace fflab
