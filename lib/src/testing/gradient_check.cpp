#include "fflab/testing/gradient_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>

#include "fflab/core/rng.hpp"

namespace fflab::testing {

Matrix random_matrix(std::size_t rows, std::size_t cols, std::uint64_t seed, float scale) {
  Rng rng(seed);
  Matrix m = Matrix::from_shape({rows, cols});
  for (auto& v : m) v = scale * rng.normal();
  return m;
}

bool GradCheckResult::ok() const {
  return accumulates && backward_matches && max_relative_error() <= tolerance;
}

double GradCheckResult::max_relative_error() const {
  double e = 0.0;
  for (const auto& b : blocks) e = std::max(e, b.relative_error);
  return e;
}

std::string GradCheckResult::report() const {
  std::ostringstream s;
  s << "gradient check (tolerance " << tolerance << ")";
  if (!accumulates) s << "\n  accumulate_grad does not ADD: a second call did not double the grads";
  if (!backward_matches) s << "\n  backward differs from write_grad then backward_input (dx or a parameter gradient)";
  for (const auto& b : blocks)
    s << "\n  " << b.name << ": relative error " << b.relative_error << " over " << b.checked
      << " coords (|analytic| " << b.analytic_norm << ", |numeric| " << b.numeric_norm
      << "; worst at " << b.worst_index << ": analytic " << b.worst_analytic << " numeric "
      << b.worst_numeric << ")";
  return s.str();
}

namespace {

/// Indices to check in a block of n values.
std::vector<std::size_t> coordinates(std::size_t n, std::size_t max_coords, Rng& rng) {
  std::vector<std::size_t> idx;
  if (max_coords == 0 || max_coords >= n) {
    idx.resize(n);
    for (std::size_t i = 0; i < n; ++i) idx[i] = i;
  } else {
    auto perm = rng.permutation(n);
    idx.assign(perm.begin(), perm.begin() + static_cast<std::ptrdiff_t>(max_coords));
    std::sort(idx.begin(), idx.end());
  }
  return idx;
}

/// Compares analytic[idx[i]] with numeric[i].
BlockCheck compare(std::string name, const float* analytic, const std::vector<std::size_t>& idx,
                   const std::vector<double>& numeric) {
  BlockCheck c;
  c.name = std::move(name);
  c.checked = idx.size();
  double diff2 = 0.0, a2 = 0.0, n2 = 0.0, worst = -1.0;
  for (std::size_t i = 0; i < idx.size(); ++i) {
    const double a = analytic[idx[i]], n = numeric[i];
    const double d = a - n;
    diff2 += d * d;
    a2 += a * a;
    n2 += n * n;
    if (std::abs(d) > worst) {
      worst = std::abs(d);
      c.worst_index = idx[i];
      c.worst_analytic = a;
      c.worst_numeric = n;
    }
  }
  c.analytic_norm = std::sqrt(a2);
  c.numeric_norm = std::sqrt(n2);
  const double denom = std::max({c.analytic_norm, c.numeric_norm, 1e-6});
  c.relative_error = std::sqrt(diff2) / denom;
  return c;
}

/// Central differences of f() over values[idx[i]], perturbed in place and restored.
std::vector<double> central_differences(float* values, const std::vector<std::size_t>& idx, double eps,
                                        const std::function<double()>& f) {
  std::vector<double> numeric;
  numeric.reserve(idx.size());
  for (std::size_t i : idx) {
    const float orig = values[i];
    values[i] = orig + static_cast<float>(eps);
    const double plus = f();
    values[i] = orig - static_cast<float>(eps);
    const double minus = f();
    values[i] = orig;
    // The step actually taken in float.
    const double step = static_cast<double>(orig + static_cast<float>(eps)) -
                        static_cast<double>(orig - static_cast<float>(eps));
    numeric.push_back((plus - minus) / step);
  }
  return numeric;
}

/// Whether the layer's grads now equal twice `once` (accumulate_grad adds).
bool grads_doubled(Layer& layer, const std::vector<Matrix>& once_per_block) {
  std::size_t i = 0;
  for (auto& p : layer.parameters()) {
    const Matrix& once = once_per_block[i++];
    const float* twice = p.grad->data();
    for (std::size_t k = 0; k < once.size(); ++k) {
      const float expect = 2.0f * once.data()[k];
      if (std::abs(twice[k] - expect) > 1e-5f * (1.0f + std::abs(expect))) return false;
    }
  }
  return true;
}

/// Whether backward(x, y, r, dx', write) gives the bits of write_grad then
/// backward_input (`dx`, computed before).
bool backward_matches_pair(Layer& layer, const Matrix& x, const Matrix& y, const Matrix& r, const Matrix& dx) {
  layer.write_grad(x, y, r);
  std::vector<Matrix> pair;
  for (auto& p : layer.parameters()) pair.push_back(*p.grad);
  Matrix dx_one;
  layer.backward(x, y, r, dx_one, /*write_grads=*/true);
  const auto same = [](const Matrix& a, const Matrix& b) {
    return a.shape() == b.shape() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
  };
  if (!same(dx_one, dx)) return false;
  std::size_t i = 0;
  for (auto& p : layer.parameters())
    if (!same(*p.grad, pair[i++])) return false;
  return true;
}

}  // namespace

GradCheckResult check_layer_gradients(Layer& layer, const Matrix& x,
                                      const GradCheckOptions& options, bool check_input) {
  GradCheckResult result;
  result.tolerance = options.tolerance;
  Rng pick(options.seed + 1);

  Matrix y;
  auto objective = [&](const Matrix& input, const Matrix& r) {
    Rng rng(options.seed);
    RunContext ctx{options.training, &rng};
    layer.forward(input, y, ctx);
    double l = 0.0;
    const float* py = y.data();
    const float* pr = r.data();
    for (std::size_t i = 0; i < y.size(); ++i)
      l += static_cast<double>(pr[i]) * static_cast<double>(py[i]);
    return l;
  };

  // Output shape from one forward, then the fixed random functional R.
  {
    Rng rng(options.seed);
    RunContext ctx{options.training, &rng};
    layer.forward(x, y, ctx);
  }
  const Matrix r = random_matrix(y.shape()[0], y.shape()[1], options.seed + 2);

  // Analytic gradients at x (forward again so stateful layers hold x's state).
  objective(x, r);
  const Matrix y0 = y;
  Matrix dx;
  if (check_input) layer.backward_input(x, y0, r, dx);
  layer.zero_grad();
  layer.accumulate_grad(x, y0, r);
  std::vector<Matrix> grads;
  for (auto& p : layer.parameters()) grads.push_back(*p.grad);
  layer.accumulate_grad(x, y0, r);  // must ADD: grads double
  result.accumulates = grads_doubled(layer, grads);
  if (check_input) result.backward_matches = backward_matches_pair(layer, x, y0, r, dx);
  layer.zero_grad();

  // Numeric gradient with respect to the input.
  if (check_input) {
    Matrix xp = x;
    const auto idx = coordinates(x.size(), options.max_coords, pick);
    const auto numeric = central_differences(xp.data(), idx, options.eps, [&] { return objective(xp, r); });
    result.blocks.push_back(compare("x", dx.data(), idx, numeric));
  }

  // Numeric gradient with respect to every parameter block.
  std::size_t block = 0;
  for (auto& p : layer.parameters()) {
    const Matrix& analytic = grads[block++];
    const auto idx = coordinates(p.value->size(), options.max_coords, pick);
    const auto numeric = central_differences(p.value->data(), idx, options.eps, [&] { return objective(x, r); });
    result.blocks.push_back(compare(p.name, analytic.data(), idx, numeric));
  }
  objective(x, r);  // leave the layer's state as after a forward at x
  return result;
}

GradCheckResult check_loss_gradient(Loss& loss, const Matrix& output, const Labels& labels,
                                    const GradCheckOptions& options) {
  GradCheckResult result;
  result.tolerance = options.tolerance;
  Rng pick(options.seed + 1);
  Matrix d;
  loss.evaluate(output, labels, &d);
  Matrix o = output;
  const auto idx = coordinates(o.size(), options.max_coords, pick);
  std::vector<double> numeric;
  numeric.reserve(idx.size());
  for (std::size_t i : idx) {
    const float orig = o.data()[i];
    o.data()[i] = orig + static_cast<float>(options.eps);
    const double plus = loss.evaluate(o, labels, nullptr);
    o.data()[i] = orig - static_cast<float>(options.eps);
    const double minus = loss.evaluate(o, labels, nullptr);
    o.data()[i] = orig;
    const double step = static_cast<double>(orig + static_cast<float>(options.eps)) -
                        static_cast<double>(orig - static_cast<float>(options.eps));
    numeric.push_back((plus - minus) / step);
  }
  result.blocks.push_back(compare("output", d.data(), idx, numeric));
  return result;
}

double gradient_error_in_place(Matrix& v, const Matrix& analytic, const std::function<double()>& f, double eps) {
  double diff = 0.0, norm_a = 0.0, norm_n = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const float saved = v.data()[i];
    v.data()[i] = saved + static_cast<float>(eps);
    const double up = f();
    v.data()[i] = saved - static_cast<float>(eps);
    const double down = f();
    v.data()[i] = saved;
    const double numeric = (up - down) / (2 * eps);
    const double a = analytic.data()[i];
    diff += (numeric - a) * (numeric - a);
    norm_a += a * a;
    norm_n += numeric * numeric;
  }
  return std::sqrt(diff) / std::max({std::sqrt(norm_a), std::sqrt(norm_n), 1e-12});
}

double gradient_error(Matrix y, const Matrix& analytic, const std::function<double(const Matrix&)>& f, double eps) {
  return gradient_error_in_place(y, analytic, [&] { return f(y); }, eps);
}

}  // namespace fflab::testing
