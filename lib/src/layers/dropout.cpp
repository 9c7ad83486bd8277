#include "fflab/layers/dropout.hpp"

#include <xtensor/xnoalias.hpp>

#include "fflab/core/errors.hpp"

namespace fflab {

Schema Dropout::schema() {
  Schema s;
  s.optional("rate", KeyType::number, 0.5, "probability of zeroing each value in training (below 1)")
      .at_least(0.0)
      .validated_by([](Json& rate, const std::string& pointer) {
        if (rate.get<double>() >= 1.0)
          throw ConfigError(pointer, "value " + rate.dump() + " is out of range: must be < 1 (1 would drop everything)");
      });
  return s;
}

Dropout::Dropout(const Json& options, FeatureShape shape)
    : Dropout(shape, options.at("rate").get<double>()) {}

Dropout::Dropout(FeatureShape shape, double rate) : shape_(shape), rate_(rate) {
  if (!(rate_ >= 0.0 && rate_ < 1.0))
    throw ConfigError("", "dropout: rate must be in [0, 1), got " + std::to_string(rate_));
}

void Dropout::forward(const Matrix& x, Matrix& y, const RunContext& ctx) {
  if (x.shape()[1] != shape_.size())
    throw ShapeError("dropout.forward: expected " + std::to_string(shape_.size()) +
                     " features per row, got " + shape_string(x));
  ensure_shape(y, x.shape()[0], x.shape()[1]);
  if (ctx.training && ctx.reuse_masks && rate_ > 0.0) {
    if (!masked_ || mask_.shape() != x.shape())
      throw ShapeError("dropout.forward: asked to reuse the latest mask, but the latest forward " +
                       std::string(masked_ ? "had shape " + shape_string(mask_) : "drew none") + " and this one is " +
                       shape_string(x));
    xt::noalias(y) = x * mask_;
    return;
  }
  masked_ = ctx.training && rate_ > 0.0;
  if (!masked_) {
    xt::noalias(y) = x;
    return;
  }
  if (!ctx.rng) throw Error("dropout: training forward needs RunContext::rng");
  ensure_shape(mask_, x.shape()[0], x.shape()[1]);
  const auto scale = static_cast<float>(1.0 / (1.0 - rate_));
  float* m = mask_.data();
  for (std::size_t i = 0; i < mask_.size(); ++i) m[i] = ctx.rng->uniform() < rate_ ? 0.0f : scale;
  xt::noalias(y) = x * mask_;
}

void Dropout::backward_input(const Matrix& /*x*/, const Matrix& /*y*/, const Matrix& dy,
                             Matrix& dx) {
  ensure_shape(dx, dy.shape()[0], dy.shape()[1]);
  if (!masked_) {
    xt::noalias(dx) = dy;
    return;
  }
  if (mask_.shape() != dy.shape())
    throw ShapeError("dropout.backward_input: dy " + shape_string(dy) +
                     " does not match the latest forward " + shape_string(mask_));
  xt::noalias(dx) = dy * mask_;
}

Json Dropout::options() const { return Json{{"type", "dropout"}, {"rate", rate_}}; }

}  // namespace fflab
