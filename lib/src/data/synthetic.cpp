#include "fflab/data/synthetic.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

namespace {
Split draw_split(std::size_t rows, const Matrix& centres, Rng& rng) {
  const std::size_t classes = centres.shape()[0], features = centres.shape()[1];
  Split split;
  split.x = Matrix::from_shape({rows, features});
  split.y.resize(rows);
  const std::vector<std::size_t> order = rng.permutation(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const std::size_t label = order[r] % classes;
    split.y[r] = static_cast<std::int32_t>(label);
    for (std::size_t f = 0; f < features; ++f) split.x(r, f) = centres(label, f) + rng.normal();
  }
  return split;
}
}  // namespace

Dataset make_synthetic(const SyntheticOptions& options, Rng& rng) {
  if (options.classes < 2) throw ConfigError("/dataset/classes", "a classification needs at least 2 classes");
  if (options.shape.size() == 0) throw ConfigError("/dataset/features", "samples need at least 1 feature");
  Dataset out;
  out.name = "synthetic";
  out.shape = options.shape;
  out.num_classes = options.classes;
  out.source = "synthetic";
  Matrix centres = Matrix::from_shape({options.classes, options.shape.size()});
  for (auto& value : centres) value = options.separation * rng.normal();
  out.train = draw_split(options.train, centres, rng);
  out.validation = draw_split(options.validation, centres, rng);
  out.test = draw_split(options.test, centres, rng);
  return out;
}

}  // namespace fflab
