#include "fflab/local/hard_label.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"

namespace fflab {

Schema HardLabelNegatives::schema() {
  Schema s;
  s.optional("uniform_mix", KeyType::number, 0.0,
             "weight of the uniform wrong-label distribution blended into the model's: 0 = purely the "
             "model's probabilities (Hinton's code), 1 = wrong_label")
      .at_least(0)
      .at_most(1);
  return s;
}

HardLabelNegatives::HardLabelNegatives(const Json& options)
    : mix_(options.at("uniform_mix").get<double>()) {}

std::int32_t HardLabelNegatives::draw(const float* q, std::size_t classes, std::int32_t label, double mix,
                                      Rng& rng) {
  double mass = 0.0;
  for (std::size_t c = 0; c < classes; ++c)
    if (static_cast<std::int32_t>(c) != label) mass += std::max(0.0, static_cast<double>(q[c]));
  const double wrong = static_cast<double>(classes - 1);
  const bool usable = std::isfinite(mass) && mass > 0.0;
  const double model = usable ? 1.0 - mix : 0.0;
  const double uniform = usable ? mix : 1.0;
  double u = static_cast<double>(rng.uniform());
  std::int32_t last = -1;
  for (std::size_t c = 0; c < classes; ++c) {
    if (static_cast<std::int32_t>(c) == label) continue;
    const double p = model * (usable ? std::max(0.0, static_cast<double>(q[c])) / mass : 0.0) + uniform / wrong;
    last = static_cast<std::int32_t>(c);
    if (u < p) return last;
    u -= p;
  }
  return last;  // rounding left u just above the total: the last wrong class
}

void HardLabelNegatives::generate(const NegativeInput& input, Matrix& negatives) {
  if (!input.embedding) throw Error("hard_label negatives need the label in the input (supervised mode)");
  if (!input.scores) throw Error("hard_label negatives need the model's class probabilities");
  const Matrix& q = (*input.scores)();
  const std::size_t classes = input.embedding->classes, rows = input.labels.size();
  if (q.shape()[0] != rows || q.shape()[1] != classes)
    throw ShapeError("hard_label: scores " + shape_string(q) + " for " + std::to_string(rows) + " rows of " +
                     std::to_string(classes) + " classes");
  drawn_.resize(rows);
  for (std::size_t r = 0; r < rows; ++r) drawn_[r] = draw(q.data() + r * classes, classes, input.labels[r], mix_, input.rng);
  input.embedding->embed(input.images, drawn_, negatives);
}

}  // namespace fflab
