#pragma once
// LocalHeadRule ("local_head"): local supervised learning through a private
// linear head. Block output y [B, units] -> logits z = y W + b (W [units,
// classes], the rule's own parameters) -> softmax cross-entropy with the label:
//   L = mean_i (logsumexp(z_i) - z_i[label_i])
//   dL/dz = (softmax(z) - onehot) / B,  dL/dW = y^T dL/dz,  dL/dy = dL/dz W^T
// The head is trained with the block and thrown away after training; only
// the block's dL/dy goes down, and nothing crosses to the block below.
// A case is a mistake when the head's argmax is not the label.
#include "fflab/layers/dense.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/losses/softmax_cross_entropy.hpp"

namespace fflab {

class LocalHeadRule : public LocalRule {
 public:
  static Schema schema();
  explicit LocalHeadRule(const Json& options = Json::object());
  std::string type() const override { return "local_head"; }
  LocalRuleNeeds needs() const override;
  void attach(const LocalRuleBlock& block) override;
  void initialize(Rng& rng) override;
  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override;
  std::vector<Parameter> parameters() override;

  /// The head (valid after attach), for tests.
  DenseLayer& head() { return *head_; }

 private:
  std::string init_;
  std::unique_ptr<DenseLayer> head_;
  SoftmaxCrossEntropy loss_;
  Matrix logits_, dlogits_;
};

}  // namespace fflab
