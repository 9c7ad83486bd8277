#include "fflab/local/wrong_label.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

Schema WrongLabelNegatives::schema() { return Schema(); }

WrongLabelNegatives::WrongLabelNegatives(const Json& /*options*/) {}

void WrongLabelNegatives::generate(const NegativeInput& input, Matrix& negatives) {
  if (!input.embedding) throw Error("wrong_label negatives need the label in the input (supervised mode)");
  const std::size_t classes = input.embedding->classes;
  const std::size_t rows = input.labels.size();
  wrong_.resize(rows);
  for (std::size_t r = 0; r < rows; ++r) wrong_[r] = draw(input.labels[r], classes, input.rng);
  input.embedding->embed(input.images, wrong_, negatives);
}

std::int32_t WrongLabelNegatives::draw(std::int32_t label, std::size_t classes, Rng& rng) {
  return static_cast<std::int32_t>((static_cast<std::uint64_t>(label) + 1 + rng.below(classes - 1)) % classes);
}

}  // namespace fflab
