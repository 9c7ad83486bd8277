#include "fflab/layers/activation.hpp"

#include <algorithm>

#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xoperation.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

namespace {
const char* name_of(Activation kind) {
  switch (kind) {
    case Activation::relu: return "relu";
    case Activation::leaky_relu: return "leaky_relu";
    case Activation::elu: return "elu";
    case Activation::sigmoid: return "sigmoid";
    case Activation::tanh: return "tanh";
  }
  return "?";
}

/// out[i] = f(i) for i in [0, n), on the run's threads.
template <class F>
void each_element(std::size_t n, F&& f) {
  parallel_for(n, kElementsPerThread, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) f(i);
  });
}

double parameter_of(Activation kind, const Json& options) {
  if (kind == Activation::leaky_relu) return options.at("slope").get<double>();
  if (kind == Activation::elu) return options.at("alpha").get<double>();
  if (kind == Activation::tanh) return options.at("slope").get<double>();
  return 0.0;
}
}  // namespace

Schema ActivationLayer::schema(Activation kind) {
  Schema s;
  if (kind == Activation::leaky_relu)
    s.optional("slope", KeyType::number, default_parameter(kind), "slope for negative inputs").at_least(0.0);
  if (kind == Activation::elu)
    s.optional("alpha", KeyType::number, default_parameter(kind), "saturation value -alpha for large negative inputs")
        .above(0.0);
  if (kind == Activation::tanh) {
    s.optional("amplitude", KeyType::number, 1.0, "A in y = A tanh(S x) (LeCun et al. 1998: 1.7159)").above(0.0);
    s.optional("slope", KeyType::number, default_parameter(kind), "S in y = A tanh(S x) (LeCun et al. 1998: 2/3)")
        .above(0.0);
  }
  return s;
}

ActivationLayer::ActivationLayer(Activation kind, const Json& options, FeatureShape shape)
    : ActivationLayer(kind, shape, parameter_of(kind, options),
                      kind == Activation::tanh ? options.at("amplitude").get<double>() : 1.0) {}

double ActivationLayer::default_parameter(Activation kind) {
  if (kind == Activation::leaky_relu) return 0.01;
  if (kind == Activation::elu || kind == Activation::tanh) return 1.0;
  return 0.0;
}

ActivationLayer::ActivationLayer(Activation kind, FeatureShape shape)
    : ActivationLayer(kind, shape, default_parameter(kind), 1.0) {}

ActivationLayer::ActivationLayer(Activation kind, FeatureShape shape, double parameter, double amplitude)
    : kind_(kind), shape_(shape), parameter_(parameter), amplitude_(amplitude) {
  if (kind == Activation::tanh && !(parameter > 0.0 && amplitude > 0.0))
    throw Error("tanh: slope and amplitude must be > 0 (1 and 1 = plain tanh), got " + std::to_string(parameter) +
                " and " + std::to_string(amplitude));
}

std::string ActivationLayer::type() const { return name_of(kind_); }

void ActivationLayer::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  if (x.shape()[1] != shape_.size())
    throw ShapeError(type() + ".forward: expected " + std::to_string(shape_.size()) +
                     " features per row, got " + shape_string(x));
  ensure_shape(y, x.shape()[0], x.shape()[1]);
  const auto a = static_cast<float>(parameter_);
  const float* in = x.data();
  float* out = y.data();  // may be in: forward works in place
  switch (kind_) {
    case Activation::relu: each_element(x.size(), [&](std::size_t i) { out[i] = std::max(in[i], 0.0f); }); break;
    case Activation::leaky_relu:
      each_element(x.size(), [&](std::size_t i) {
        const float pass = in[i], leak = a * in[i];
        out[i] = in[i] > 0.0f ? pass : leak;
      });
      break;
    case Activation::elu: xt::noalias(y) = xt::where(x > 0.0f, x, a * (xt::exp(x) - 1.0f)); break;
    case Activation::sigmoid: xt::noalias(y) = 1.0f / (1.0f + xt::exp(-x)); break;
    case Activation::tanh:
      if (plain_tanh()) {
        xt::noalias(y) = xt::tanh(x);
      } else {
        const auto amp = static_cast<float>(amplitude_);
        xt::noalias(y) = amp * xt::tanh(a * x);
      }
      break;
  }
}

void ActivationLayer::backward_input(const Matrix& x, const Matrix& y, const Matrix& dy,
                                     Matrix& dx) {
  if (dy.shape() != y.shape() || x.shape() != y.shape())
    throw ShapeError(type() + ".backward_input: x " + shape_string(x) + ", y " + shape_string(y) +
                     " and dy " + shape_string(dy) + " must have one shape");
  ensure_shape(dx, dy.shape()[0], dy.shape()[1]);
  const auto a = static_cast<float>(parameter_);
  const float* in = x.data();
  const float* d = dy.data();
  float* out = dx.data();  // may be d: backward works in place
  switch (kind_) {
    // Both values loaded, then one picked: a blend the compiler vectorises,
    // where a load under the condition becomes an unpredictable branch.
    case Activation::relu:
      each_element(x.size(), [&](std::size_t i) {
        const float pass = d[i];
        out[i] = in[i] > 0.0f ? pass : 0.0f;
      });
      break;
    case Activation::leaky_relu:
      each_element(x.size(), [&](std::size_t i) {
        const float pass = d[i], leak = a * d[i];
        out[i] = in[i] > 0.0f ? pass : leak;
      });
      break;
    case Activation::elu: xt::noalias(dx) = xt::where(x > 0.0f, dy, dy * (y + a)); break;
    case Activation::sigmoid: xt::noalias(dx) = dy * y * (1.0f - y); break;
    case Activation::tanh:
      if (plain_tanh()) {
        xt::noalias(dx) = dy * (1.0f - y * y);
      } else {  // S (A - y^2 / A) = S A - (S / A) y^2
        const auto sa = static_cast<float>(parameter_ * amplitude_), s_over_a = static_cast<float>(parameter_ / amplitude_);
        xt::noalias(dx) = dy * (sa - s_over_a * y * y);
      }
      break;
  }
}

Json ActivationLayer::options() const {
  Json j{{"type", type()}};
  if (kind_ == Activation::leaky_relu) j["slope"] = parameter_;
  if (kind_ == Activation::elu) j["alpha"] = parameter_;
  if (kind_ == Activation::tanh) {
    j["amplitude"] = amplitude_;
    j["slope"] = parameter_;
  }
  return j;
}

}  // namespace fflab
