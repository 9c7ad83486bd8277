// The gradient checker must catch the usual mistakes, or its passes mean nothing.
#include <catch2/catch.hpp>

#include <xtensor/xnoalias.hpp>

#include "fflab/core/gemm.hpp"
#include "fflab/layers/dense.hpp"
#include "support/gradient_check.hpp"

using namespace fflab;
using namespace fflab::test;

namespace {

enum class Bug { none, wrong_sign_dx, transposed_weight_dx, missing_bias_grad, assigns_grad, half_weight_grad };

/// A square dense layer with one deliberate gradient bug.
class BuggyDense : public DenseLayer {
 public:
  BuggyDense(std::size_t n, Bug bug) : DenseLayer(n, n, true), bug_(bug) {}
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override {
    DenseLayer::backward_input(x, y, dy, dx);
    if (bug_ == Bug::wrong_sign_dx) dx *= -1.0f;
    if (bug_ == Bug::transposed_weight_dx) gemm(dy, weight(), dx, false, false);  // dy W, not dy W^T
  }
  void accumulate_grad(const Matrix& x, const Matrix& y, const Matrix& dy) override {
    if (bug_ == Bug::assigns_grad) zero_grad();
    if (bug_ == Bug::missing_bias_grad) {
      Matrix before = *parameters()[1].grad;
      DenseLayer::accumulate_grad(x, y, dy);
      *parameters()[1].grad = before;
      return;
    }
    if (bug_ == Bug::half_weight_grad) {
      Matrix before = *parameters()[0].grad;
      DenseLayer::accumulate_grad(x, y, dy);
      Matrix& g = *parameters()[0].grad;
      xt::noalias(g) = before + 0.5f * (g - before);
      return;
    }
    DenseLayer::accumulate_grad(x, y, dy);
  }

 private:
  Bug bug_;
};

}  // namespace

TEST_CASE("gradient checker passes a correct layer and fails each deliberate bug", "[gradcheck]") {
  const Matrix x = random_matrix(4, 5, 11);
  auto check = [&](Bug bug) {
    BuggyDense layer(5, bug);
    Rng rng(3);
    layer.initialize(rng);
    // A non-zero bias so the bias matters.
    for (auto& v : layer.bias()) v = 0.3f;
    return check_layer_gradients(layer, x);
  };
  const auto good = check(Bug::none);
  INFO(good.report());
  CHECK(good.ok());
  CHECK(good.max_relative_error() < 1e-3);

  for (Bug bug : {Bug::wrong_sign_dx, Bug::transposed_weight_dx, Bug::missing_bias_grad,
                  Bug::assigns_grad, Bug::half_weight_grad}) {
    const auto bad = check(bug);
    INFO("bug " << static_cast<int>(bug) << ": " << bad.report());
    CHECK_FALSE(bad.ok());
  }
}

TEST_CASE("loss gradient checker fails on a wrong loss gradient", "[gradcheck]") {
  struct HalfSquare : Loss {
    bool bug = false;
    std::string type() const override { return "half_square"; }
    float evaluate(const Matrix& o, const Labels&, Matrix* d) override {
      if (d) {
        ensure_shape(*d, o.shape()[0], o.shape()[1]);
        xt::noalias(*d) = (bug ? 2.0f : 1.0f) * o;
      }
      double s = 0;
      for (float v : o) s += 0.5 * v * v;
      return static_cast<float>(s);
    }
  } loss;
  const Matrix o = random_matrix(3, 4, 5);
  const Labels labels = {0, 1, 2};
  CHECK(check_loss_gradient(loss, o, labels).ok());
  loss.bug = true;
  CHECK_FALSE(check_loss_gradient(loss, o, labels).ok());
}
