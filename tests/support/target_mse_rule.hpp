#pragma once
// A user's own local learning rule, "target_mse", written outside the
// library: tests/user_rule registers it from the test program and, built as a
// plugin (tests/support/plugins/target_mse_plugin.cpp), through `fflab
// --plugin`. docs/extending.md walks through it.
//
// Each block regresses its output y [B, units] onto a fixed random projection
// of the one-hot label t [B, classes] through the block's feedback matrix
// F [classes, units] (drawn and checkpointed by the trainer):
//   L = 0.5 * mean_i || y_i - t_i F ||^2,   dL/dy = (y - t F) / B
#include <memory>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/local/local_rule.hpp"
#include "fflab/local/registry.hpp"

namespace fflab::test {

inline std::size_t target_mse_evaluations = 0;  // calls of TargetMseRule::evaluate, to see the trainer use the rule

class TargetMseRule : public LocalRule {
 public:
  static Schema schema() {
    Schema s;
    s.optional("feedback_scale", KeyType::number, 1.0,
               "the fixed target projection F has entries N(0, 1) * feedback_scale / sqrt(classes)")
        .above(0);
    return s;
  }
  // The defaults come from schema(); options() echoes the resolved keys.
  explicit TargetMseRule(const Json& options)
      : LocalRule(schema(), options), feedback_scale_(resolved("feedback_scale").get<float>()) {}

  std::string type() const override { return "target_mse"; }
  LocalRuleNeeds needs() const override {
    LocalRuleNeeds n;
    n.labels = true;
    n.feedback = true;
    n.feedback_scale = feedback_scale_;
    return n;
  }
  // gradient_at() = output and pass() = clean (the defaults): the trainer
  // takes dL/dy back through the block's activation and layers.

  LocalRuleResult evaluate(const LocalRuleInput& input, Matrix* doutput) override {
    ++target_mse_evaluations;
    const Matrix& y = input.output;
    const Matrix& f = require_signal(input.feedback, "target_mse", "feedback matrix");
    const Labels& labels = require_labels(input, "target_mse");
    const std::size_t rows = y.shape()[0], units = y.shape()[1], classes = f.shape()[0];
    if (f.shape()[1] != units)
      throw ShapeError("target_mse: feedback " + shape_string(f) + " and block output " + shape_string(y) +
                       " do not fit");
    if (doutput) ensure_shape(*doutput, rows, units);
    const float inv_rows = 1.0f / static_cast<float>(rows);
    double sum = 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
      const auto label = static_cast<std::size_t>(labels[i]);
      if (labels[i] < 0 || label >= classes)
        throw ShapeError("target_mse: label " + std::to_string(labels[i]) + " outside 0.." +
                         std::to_string(classes - 1));
      for (std::size_t j = 0; j < units; ++j) {
        const float d = y(i, j) - f(label, j);  // (y - t F)_ij: t_i F is row `label` of F
        sum += static_cast<double>(d) * d;
        if (doutput) (*doutput)(i, j) = d * inv_rows;
      }
    }
    LocalRuleResult r;
    r.loss = 0.5 * sum / static_cast<double>(rows);
    return r;
  }

 private:
  float feedback_scale_;
};

/// Registers the rule once (Catch2 may enter a test case more than once).
inline void register_target_mse() {
  if (local_rule_registry().contains("target_mse")) return;
  local_rule_registry().add({"target_mse",
                             "local_rules: regress the block output onto onehot(label) F_k (0.5 * mean squared error)",
                             TargetMseRule::schema(),
                             [](const Json& o) { return std::make_unique<TargetMseRule>(o); }});
}

/// A squared-error local loss has curvature ~ ||x||^2 in the block's weights,
/// and the synthetic blobs are not standardised (||x||^2 ~ 80 at separation 3):
/// with the trainer's default SGD (lr 0.05, momentum 0.9) the blocks
/// overshoot, their relu units die and the output layer sees zeros. Plain
/// SGD and targets on the scale of the activations (feedback_scale 3) learn.
inline Json target_mse_manifest() {
  return Json::parse(R"({
    "study": "tests", "name": "user_rule", "seed": 7, "threads": 1,
    "dataset": {"type": "synthetic", "train": 300, "validation": 60, "test": 90, "features": 8, "classes": 3},
    "network": {"layers": [{"type": "dense", "units": 16}, {"type": "relu"},
                           {"type": "dense", "units": 16}, {"type": "relu"}, {"type": "dense", "units": 3}]},
    "trainer": {"type": "local_rules", "epochs": 6, "batch_size": 50,
                "rule": {"type": "target_mse", "feedback_scale": 3.0},
                "optimizer": {"type": "sgd", "lr": 0.05, "momentum": 0.0}}
  })");
}

}  // namespace fflab::test
