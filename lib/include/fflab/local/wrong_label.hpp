#pragma once
// WrongLabelNegatives ("wrong_label"): the positive image with a label drawn
// uniformly among the classes - 1 WRONG ones (never the true label: drawn as
// (true + 1 + below(classes - 1)) mod classes). One draw per row.
#include "fflab/local/negative_generator.hpp"

namespace fflab {

class WrongLabelNegatives : public NegativeGenerator {
 public:
  static Schema schema();
  explicit WrongLabelNegatives(const Json& options = Json::object());
  std::string type() const override { return "wrong_label"; }
  bool needs_labels_in_input() const override { return true; }
  void generate(const NegativeInput& input, Matrix& negatives) override;
  Json options() const override { return Json{{"type", "wrong_label"}}; }

  /// A wrong class for true label `label`, uniform among the other classes - 1 (one rng draw).
  static std::int32_t draw(std::int32_t label, std::size_t classes, Rng& rng);

 private:
  Labels wrong_;
};

}  // namespace fflab
