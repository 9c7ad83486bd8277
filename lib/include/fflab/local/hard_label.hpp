#pragma once
// HardLabelNegatives ("hard_label", Hinton's code): the positive image with a
// wrong label sampled in proportion to the model's own probability for it,
// the true class masked out: p(c) = q_c / sum_{k != y} q_k for c != y, where
// q = input.scores() (the forward_forward trainer passes its one-pass softmax
// head's probabilities on the neutral-label pass of this batch, computed with
// the parameters before this batch's update). If the wrong classes get no
// probability mass (or it is not finite) the draw is uniform among them.
// `uniform_mix` blends in the uniform wrong-label distribution:
// p = (1 - mix) * p_model + mix * uniform.
#include "fflab/local/negative_generator.hpp"

namespace fflab {

class HardLabelNegatives : public NegativeGenerator {
 public:
  static Schema schema();
  explicit HardLabelNegatives(const Json& options);
  explicit HardLabelNegatives(double uniform_mix = 0.0) : mix_(uniform_mix) {}
  std::string type() const override { return "hard_label"; }
  bool needs_labels_in_input() const override { return true; }
  bool needs_scores() const override { return true; }
  void generate(const NegativeInput& input, Matrix& negatives) override;
  Json options() const override { return Json{{"type", "hard_label"}, {"uniform_mix", mix_}}; }

  /// Draws a wrong class for true label `label` from probabilities q[classes].
  static std::int32_t draw(const float* q, std::size_t classes, std::int32_t label, double mix, Rng& rng);

 private:
  double mix_;
  Labels drawn_;  // the batch's drawn wrong labels
};

}  // namespace fflab
