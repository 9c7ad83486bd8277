#include "fflab/layers/dense.hpp"

#include <algorithm>

#include <xtensor/xnoalias.hpp>

#include "fflab/core/elementwise.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/layers/initializers.hpp"
#include "fflab/layers/weight_budget.hpp"

namespace fflab {

namespace {

/// The names "bias_init" takes: the schema's list and the C++ constructor's check.
const std::vector<std::string>& bias_initializer_names() {
  static const std::vector<std::string> names = {"zeros", "uniform_fan_in"};
  return names;
}

}  // namespace

Schema DenseLayer::schema() {
  Schema s;
  s.required("units", KeyType::integer, "number of output units").at_least(1).at_most(1000000);
  s.optional("bias", KeyType::boolean, true, "add a learnable bias per unit (starts at 0 unless bias_init says otherwise)");
  s.optional("bias_init", KeyType::string, "zeros",
             "bias initialiser: zeros, or uniform_fan_in = U(+-1/sqrt(fan_in)) (PyTorch's nn.Linear default)")
      .one_of(bias_initializer_names());
  s.optional("init", KeyType::string, "normal_fan_in",
             "weight initialiser: normal_fan_in = N(0,1)/sqrt(fan_in), he, he_uniform, uniform_fan_in = U(+-1/sqrt(fan_in)) (PyTorch's default), glorot, zeros")
      .one_of(initializer_names());
  return s;
}

namespace {

/// The "units" option, checked against the weight budget before anything is allocated.
std::size_t units_within_budget(const Json& options, std::size_t inputs) {
  const auto units = options.at("units").get<std::size_t>();
  check_weight_budget(static_cast<double>(inputs) * static_cast<double>(units), "/units",
                      std::to_string(units) + " units on " + std::to_string(inputs) + " inputs", "use fewer units");
  return units;
}

}  // namespace

DenseLayer::DenseLayer(const Json& options, FeatureShape input)
    : DenseLayer(input.size(), units_within_budget(options, input.size()), options.at("bias").get<bool>(),
                 options.at("init").get<std::string>(), options.at("bias_init").get<std::string>()) {
  input_ = input;
}

DenseLayer::DenseLayer(std::size_t in, std::size_t out, bool bias, std::string init, std::string bias_init)
    : input_(FeatureShape::flat(in)),
      in_(in),
      out_(out),
      use_bias_(bias),
      init_(std::move(init)),
      bias_init_(std::move(bias_init)) {
  if (!use_bias_ && bias_init_ != "zeros")
    throw ConfigError("/bias_init", "bias_init \"" + bias_init_ + "\" on a layer without a bias (\"bias\": false): drop bias_init or set bias to true");
  const auto& known = bias_initializer_names();
  if (std::find(known.begin(), known.end(), bias_init_) == known.end())
    throw ConfigError("/bias_init", "unknown bias initialiser \"" + bias_init_ + "\": use zeros or uniform_fan_in");
  if (in_ == 0 || out_ == 0)
    throw ShapeError("dense: needs at least one input and one unit, got " + std::to_string(in_) +
                     " -> " + std::to_string(out_));
  weight_ = Matrix::from_shape({in_, out_});
  weight_grad_ = Matrix::from_shape({in_, out_});
  weight_.fill(0.0f);
  weight_grad_.fill(0.0f);
  if (use_bias_) {
    bias_ = Matrix::from_shape({1, out_});
    bias_grad_ = Matrix::from_shape({1, out_});
    bias_.fill(0.0f);
    bias_grad_.fill(0.0f);
  }
}

void DenseLayer::check_input(const Matrix& x, const char* where) const {
  if (x.shape()[1] != in_)
    throw ShapeError(std::string("dense.") + where + ": expected " + std::to_string(in_) +
                     " features per row, got " + shape_string(x));
}

void DenseLayer::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check_input(x, "forward");
  const std::size_t batch = x.shape()[0];
  ensure_shape(y, batch, out_);
  gemm(x, weight_, y);
  if (use_bias_) xt::noalias(y) += bias_;  // [1, out] broadcast over rows
}

void DenseLayer::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_input(x, "accumulate_grad");
  add_grad(x, dy, 1.0f);
}

void DenseLayer::write_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_input(x, "write_grad");
  add_grad(x, dy, 0.0f);
}

void DenseLayer::add_grad(const Matrix& x, const Matrix& dy, float beta) {
  gemm(x, dy, weight_grad_, /*transpose_a=*/true, false, 1.0f, beta);
  if (use_bias_) {
    // beta 0: from 0 + d, as after zero_grad
    add_column_sums(dy.data(), dy.shape()[0], out_, bias_grad_.data(), beta == 0.0f);
  }
}

void DenseLayer::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy,
                                Matrix& dx) {
  backward_input_through(weight_, x, dy, dx);
}

void DenseLayer::backward_input_through(const Matrix& weight, const Matrix& x, const Matrix& dy, Matrix& dx) {
  check_input(x, "backward_input");
  if (weight.shape() != weight_.shape())
    throw ShapeError("dense.backward_input_through: a stand-in weight " + shape_string(weight) + " for " +
                     shape_string(weight_));
  ensure_shape(dx, dy.shape()[0], in_);
  gemm(dy, weight, dx, false, /*transpose_b=*/true);
}

std::vector<Parameter> DenseLayer::parameters() {
  std::vector<Parameter> p = {{"weight", &weight_, &weight_grad_, true}};
  if (use_bias_) p.push_back({"bias", &bias_, &bias_grad_, false});
  return p;
}

void DenseLayer::initialize(Rng& rng) {
  init_weights(weight_, init_, in_, out_, rng);
  if (!use_bias_) return;
  if (bias_init_ == "uniform_fan_in")
    init_weights(bias_, bias_init_, in_, out_, rng);  // drawn after the weights
  else
    bias_.fill(0.0f);
}

Json DenseLayer::options() const {
  return Json{{"type", "dense"}, {"units", out_}, {"bias", use_bias_}, {"init", init_}, {"bias_init", bias_init_}};
}

}  // namespace fflab
