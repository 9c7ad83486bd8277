#include "fflab/layers/maxout.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

Schema Maxout::schema() {
  Schema s;
  s.required("pieces", KeyType::integer, "channels (features of flat rows) per output, which keeps their maximum")
      .at_least(2)
      .at_most(65536);
  return s;
}

Maxout::Maxout(const Json& options, FeatureShape input) : Maxout(input, options.at("pieces").get<std::size_t>()) {}

Maxout::Maxout(FeatureShape input, std::size_t pieces) : input_(input), pieces_(pieces) {
  if (pieces < 1 || input.channels % pieces != 0)
    throw ConfigError("/pieces", "pieces " + std::to_string(pieces) + " must divide the " +
                                     std::to_string(input.channels) + (input.is_flat() ? " features" : " channels") +
                                     " of the " + to_string(input) + " input: use a divisor");
}

std::size_t Maxout::winner(const float* row, std::size_t o, std::size_t l) const {
  const std::size_t L = input_.height * input_.width;
  std::size_t best = o * pieces_ * L + l;
  for (std::size_t j = 1; j < pieces_; ++j) {
    const std::size_t i = (o * pieces_ + j) * L + l;
    if (row[i] > row[best]) best = i;
  }
  return best;
}

void Maxout::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  if (x.shape()[1] != input_.size())
    throw ShapeError("maxout.forward: expected " + std::to_string(input_.size()) + " features per row, got " +
                     shape_string(x));
  const std::size_t batch = x.shape()[0], out = output_shape().size(), L = input_.height * input_.width;
  ensure_shape(y, batch, out);
  for (std::size_t b = 0; b < batch; ++b) {
    const float* xr = x.data() + b * input_.size();
    for (std::size_t i = 0; i < out; ++i) y(b, i) = xr[winner(xr, i / L, i % L)];
  }
}

void Maxout::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  const std::size_t batch = dy.shape()[0], out = output_shape().size(), L = input_.height * input_.width;
  if (dy.shape()[1] != out || x.shape()[0] != batch || x.shape()[1] != input_.size())
    throw ShapeError("maxout.backward_input: dy " + shape_string(dy) + " does not match the output of x " +
                     shape_string(x));
  ensure_shape(dx, batch, input_.size());
  dx.fill(0.0f);
  for (std::size_t b = 0; b < batch; ++b) {
    const float* xr = x.data() + b * input_.size();
    for (std::size_t i = 0; i < out; ++i) dx(b, winner(xr, i / L, i % L)) += dy(b, i);
  }
}

}  // namespace fflab
