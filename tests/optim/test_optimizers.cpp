#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "fflab/core/errors.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/optim/adagrad.hpp"
#include "fflab/optim/adam.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/optim/rmsprop.hpp"
#include "fflab/optim/sgd.hpp"

using namespace fflab;

namespace {

// Builds an optimizer through the registry for a block holding `value`.
std::unique_ptr<Optimizer> make(Json options, Matrix& value, Matrix& grad, bool decay = true) {
  Parameter p{"weight", &value, &grad, decay};
  return optimizer_registry().build(options, "/optimizer", p);
}

float at(const Matrix& m, std::size_t i) { return m.data()[i]; }

}  // namespace

TEST_CASE("plain sgd: value -= lr * grad", "[optim][sgd]") {
  Matrix value = {{1.0f, 2.0f}};
  Matrix grad = {{0.5f, -1.0f}};
  auto opt = make({{"type", "sgd"}}, value, grad);
  opt->step(value, grad, 0.1f);
  CHECK(at(value, 0) == Approx(0.95f));
  CHECK(at(value, 1) == Approx(2.1f));
  opt->step(value, grad, 0.1f);
  CHECK(at(value, 0) == Approx(0.9f));
  CHECK(at(value, 1) == Approx(2.2f));
  CHECK(opt->steps() == 2);
}

TEST_CASE("sgd with momentum, nesterov and Hinton's gradient smoothing", "[optim][sgd]") {
  Matrix grad = {{1.0f}};
  SECTION("momentum 0.9") {
    Matrix value = {{1.0f}};
    auto opt = make({{"type", "sgd"}, {"momentum", 0.9}}, value, grad);
    opt->step(value, grad, 0.1f);  // v = 1
    CHECK(at(value, 0) == Approx(0.9f));
    opt->step(value, grad, 0.1f);  // v = 1.9
    CHECK(at(value, 0) == Approx(0.71f));
    opt->step(value, grad, 0.1f);  // v = 2.71
    CHECK(at(value, 0) == Approx(0.439f));
    CHECK(at(*opt->state()[0], 0) == Approx(2.71f));
  }
  SECTION("nesterov") {
    Matrix value = {{1.0f}};
    auto opt = make({{"type", "sgd"}, {"momentum", 0.9}, {"nesterov", true}}, value, grad);
    opt->step(value, grad, 0.1f);  // v = 1, value -= 0.1 * (1 + 0.9)
    CHECK(at(value, 0) == Approx(0.81f));
    opt->step(value, grad, 0.1f);  // v = 1.9, value -= 0.1 * (1 + 1.71)
    CHECK(at(value, 0) == Approx(0.539f));
  }
  SECTION("gradient smoothing = momentum 0.9, dampening 0.9") {
    Matrix value = {{1.0f}};
    auto opt = make({{"type", "sgd"}, {"momentum", 0.9}, {"dampening", 0.9}}, value, grad);
    opt->step(value, grad, 0.01f);  // v = 0.1
    CHECK(at(value, 0) == Approx(0.999f));
    opt->step(value, grad, 0.01f);  // v = 0.19
    CHECK(at(value, 0) == Approx(0.9971f));
    opt->step(value, grad, 0.01f);  // v = 0.271
    CHECK(at(value, 0) == Approx(0.99439f));
  }
  SECTION("dampening without momentum scales the step") {
    Matrix value = {{1.0f}};
    auto opt = make({{"type", "sgd"}, {"dampening", 0.5}}, value, grad);
    opt->step(value, grad, 0.1f);
    CHECK(at(value, 0) == Approx(0.95f));
    CHECK(opt->state()[0]->size() == 0);  // no velocity kept
  }
}

TEST_CASE("sgd weight decay adds wd * value to the gradient, only for decaying blocks",
          "[optim][sgd]") {
  Matrix grad = {{1.0f}};
  SECTION("plain") {
    Matrix value = {{2.0f}};
    auto opt = make({{"type", "sgd"}, {"weight_decay", 0.5}}, value, grad);
    opt->step(value, grad, 0.1f);  // g = 2
    CHECK(at(value, 0) == Approx(1.8f));
    opt->step(value, grad, 0.1f);  // g = 1.9
    CHECK(at(value, 0) == Approx(1.61f));
  }
  SECTION("decay off for the block") {
    Matrix value = {{2.0f}};
    auto opt = make({{"type", "sgd"}, {"weight_decay", 0.5}}, value, grad, false);
    opt->step(value, grad, 0.1f);
    CHECK(at(value, 0) == Approx(1.9f));
    opt->step(value, grad, 0.1f);
    CHECK(at(value, 0) == Approx(1.8f));
  }
  SECTION("momentum") {
    Matrix value = {{2.0f}};
    auto opt = make({{"type", "sgd"}, {"weight_decay", 0.5}, {"momentum", 0.9}}, value, grad);
    opt->step(value, grad, 0.1f);  // g = 2, v = 2
    CHECK(at(value, 0) == Approx(1.8f));
    opt->step(value, grad, 0.1f);  // g = 1.9, v = 3.7
    CHECK(at(value, 0) == Approx(1.43f));
  }
  SECTION("nesterov") {
    Matrix value = {{2.0f}};
    auto opt = make(
        {{"type", "sgd"}, {"weight_decay", 0.5}, {"momentum", 0.9}, {"nesterov", true}}, value,
        grad);
    opt->step(value, grad, 0.1f);  // g = 2, v = 2, value -= 0.1 * (2 + 1.8)
    CHECK(at(value, 0) == Approx(1.62f));
    opt->step(value, grad, 0.1f);  // g = 1.81, v = 3.61, value -= 0.1 * (1.81 + 3.249)
    CHECK(at(value, 0) == Approx(1.1141f));
  }
}

TEST_CASE("adagrad: s += g^2, value -= lr * g / (sqrt(s) + eps)", "[optim][adagrad]") {
  SECTION("no decay") {
    Matrix value = {{1.0f, 1.0f}};
    Matrix grad = {{2.0f, -0.5f}};
    auto opt = make({{"type", "adagrad"}}, value, grad);
    opt->step(value, grad, 0.1f);
    CHECK(at(value, 0) == Approx(0.9f));
    CHECK(at(value, 1) == Approx(1.1f));
    opt->step(value, grad, 0.1f);  // s = 8 and 0.5
    CHECK(at(value, 0) == Approx(0.8292893f));
    CHECK(at(value, 1) == Approx(1.1707107f));
    CHECK(at(*opt->state()[0], 0) == Approx(8.0f));
  }
  SECTION("weight decay") {
    Matrix value = {{2.0f}};
    Matrix grad = {{1.0f}};
    auto opt = make({{"type", "adagrad"}, {"weight_decay", 0.5}}, value, grad);
    opt->step(value, grad, 0.1f);  // g = 2, s = 4
    CHECK(at(value, 0) == Approx(1.9f));
    opt->step(value, grad, 0.1f);  // g = 1.95, s = 7.8025
    CHECK(at(value, 0) == Approx(1.8301900f));
  }
  SECTION("decay off for the block") {
    Matrix value = {{2.0f}};
    Matrix grad = {{1.0f}};
    auto opt = make({{"type", "adagrad"}, {"weight_decay", 0.5}}, value, grad, false);
    opt->step(value, grad, 0.1f);  // s = 1
    CHECK(at(value, 0) == Approx(1.9f));
    opt->step(value, grad, 0.1f);  // s = 2
    CHECK(at(value, 0) == Approx(1.9f - 0.1f / 1.4142136f));
  }
}

TEST_CASE("rmsprop: m = alpha m + (1 - alpha) g^2, value -= lr * g / (sqrt(m) + eps)", "[optim][rmsprop]") {
  SECTION("no decay") {
    Matrix value = {{1.0f, 1.0f}};
    Matrix grad = {{2.0f, -0.5f}};
    auto opt = make({{"type", "rmsprop"}}, value, grad);
    opt->step(value, grad, 0.1f);  // m = 0.04 and 0.0025: each moves by lr / sqrt(1 - alpha) = 1
    CHECK(at(value, 0) == Approx(0.0f).margin(1e-6));
    CHECK(at(value, 1) == Approx(2.0f));
    opt->step(value, grad, 0.1f);  // m = 0.0796 and 0.004975
    CHECK(at(value, 0) == Approx(-0.7088811f));
    CHECK(at(value, 1) == Approx(2.7088809f));
    CHECK(at(*opt->state()[0], 0) == Approx(0.0796f));
  }
  SECTION("weight decay and a smaller alpha") {
    Matrix value = {{2.0f}};
    Matrix grad = {{1.0f}};
    auto opt = make({{"type", "rmsprop"}, {"weight_decay", 0.5}, {"alpha", 0.5}}, value, grad);
    opt->step(value, grad, 0.1f);  // g = 2, m = 2, value -= 0.2 / sqrt(2)
    CHECK(at(value, 0) == Approx(2.0f - 0.2f / 1.4142136f));
  }
  SECTION("eps is added after the square root (torch), not inside it") {
    Matrix value = {{1.0f}};
    Matrix grad = {{2.0f}};
    auto opt = make({{"type", "rmsprop"}, {"eps", 0.1}}, value, grad);
    opt->step(value, grad, 0.1f);  // m = 0.04: 0.2 / (0.2 + 0.1); inside the root it would be 0.2 / sqrt(0.14)
    CHECK(at(value, 0) == Approx(1.0f - 0.2f / 0.3f));
  }
  SECTION("alpha must stay below 1") {
    Matrix value = {{2.0f}}, grad = {{1.0f}};
    CHECK_THROWS_WITH(make({{"type", "rmsprop"}, {"alpha", 1.0}}, value, grad),
                      Catch::Contains("/optimizer/alpha") && Catch::Contains("must be < 1"));
  }
}

TEST_CASE("adam: bias-corrected moments", "[optim][adam]") {
  SECTION("no decay") {
    Matrix value = {{1.0f}};
    Matrix grad = {{1.0f}};
    auto opt = make({{"type", "adam"}}, value, grad);
    opt->step(value, grad, 0.1f);  // m = 0.1, v = 0.001: m^ = 1, v^ = 1
    CHECK(at(value, 0) == Approx(0.9f));
    grad(0, 0) = -2.0f;
    opt->step(value, grad, 0.1f);  // m = -0.11, v = 0.004999
    CHECK(at(value, 0) == Approx(0.93661035f));
    CHECK(at(*opt->state()[0], 0) == Approx(-0.11f));
    CHECK(at(*opt->state()[1], 0) == Approx(0.004999f).epsilon(1e-4));  // 1 - beta2 in float
    grad(0, 0) = 0.5f;
    opt->step(value, grad, 0.1f);  // m = -0.049, v = 0.005244001
    CHECK(at(value, 0) == Approx(0.95027942f));
    CHECK(opt->steps() == 3);
  }
  SECTION("weight decay") {
    Matrix value = {{2.0f}};
    Matrix grad = {{1.0f}};
    auto opt = make({{"type", "adam"}, {"weight_decay", 0.5}}, value, grad);
    opt->step(value, grad, 0.1f);  // g = 2
    CHECK(at(value, 0) == Approx(1.9f));
    opt->step(value, grad, 0.1f);  // g = 1.95: m = 0.375, v = 0.0077985
    CHECK(at(value, 0) == Approx(1.8000740f));
  }
  SECTION("decay off for the block: a constant gradient moves by lr each step") {
    Matrix value = {{2.0f}};
    Matrix grad = {{1.0f}};
    auto opt = make({{"type", "adam"}, {"weight_decay", 0.5}}, value, grad, false);
    opt->step(value, grad, 0.1f);
    opt->step(value, grad, 0.1f);
    CHECK(at(value, 0) == Approx(1.8f));
  }
}

TEST_CASE("sgd and adam steps on a large block equal their formula at every element, on 1 and 2 threads",
          "[optim][sgd][adam]") {
  // 40,003 elements: vector loops, their odd tails and, on 2 threads, both
  // threads' shares; two steps, so the kept state enters the second.
  const std::size_t n = 40003;
  Matrix start({1, n}), g1({1, n}), g2({1, n});
  for (std::size_t i = 0; i < n; ++i) {
    start.data()[i] = std::sin(0.37f * static_cast<float>(i));
    g1.data()[i] = std::cos(0.11f * static_cast<float>(i)) - 0.2f;
    g2.data()[i] = 0.5f * std::sin(0.05f * static_cast<float>(i) + 1.0f);
  }
  const double lr = 0.03, wd = 0.01;
  struct Case {
    Json options;
    bool adam, nesterov;
    double momentum, keep;
  };
  const std::vector<Case> cases = {
      {{{"type", "sgd"}, {"momentum", 0.9}, {"weight_decay", wd}}, false, false, 0.9, 1.0},
      {{{"type", "sgd"}, {"momentum", 0.9}, {"dampening", 0.9}, {"weight_decay", wd}}, false, false, 0.9, 0.1},
      {{{"type", "sgd"}, {"momentum", 0.8}, {"nesterov", true}, {"weight_decay", wd}}, false, true, 0.8, 1.0},
      {{{"type", "adam"}, {"weight_decay", wd}}, true, false, 0.0, 0.0}};
  const int before = threads();
  for (int t : {1, 2}) {
    set_threads(t);
    for (std::size_t k = 0; k < cases.size(); ++k) {
      const Case& c = cases[k];
      INFO(t << " threads, " << c.options.dump());
      Matrix value = start, grad = g1;
      auto opt = make(c.options, value, grad);
      opt->step(value, g1, static_cast<float>(lr));
      opt->step(value, g2, static_cast<float>(lr));
      std::size_t off = 0;
      for (std::size_t i = 0; i < n; ++i) {
        double w = start.data()[i], v = 0.0, m = 0.0;
        for (int step = 1; step <= 2; ++step) {
          const double d = (step == 1 ? g1 : g2).data()[i] + wd * w;
          if (c.adam) {
            m = 0.9 * m + 0.1 * d;
            v = 0.999 * v + 0.001 * d * d;
            const double mh = m / (1.0 - std::pow(0.9, step)), vh = v / (1.0 - std::pow(0.999, step));
            w -= lr * mh / (std::sqrt(vh) + 1e-8);
          } else {
            v = c.momentum * v + c.keep * d;
            w -= lr * (c.nesterov ? d + c.momentum * v : v);
          }
        }
        off += std::abs(value.data()[i] - w) > 1e-5 * (1.0 + std::abs(w));
      }
      CHECK(off == 0);
    }
  }
  set_threads(before);
}

TEST_CASE("optimizer state survives a round trip into a fresh instance", "[optim][state]") {
  for (const char* name : {"sgd", "adagrad", "adam", "rmsprop"}) {
    DYNAMIC_SECTION(name) {
      Json options = {{"type", name}, {"weight_decay", 0.01}};
      if (std::string(name) == "sgd") options["momentum"] = 0.9;
      Matrix a = {{1.0f, -2.0f}, {0.5f, 3.0f}};
      Matrix b = a;
      Matrix grad = {{0.3f, -0.1f}, {0.2f, 0.7f}};
      auto first = make(options, a, grad);
      CHECK(first->state().size() >= 1);
      for (Matrix* s : first->state()) CHECK(s->size() == 0);  // lazy
      first->step(a, grad, 0.05f);
      grad(1, 1) = -0.4f;
      first->step(a, grad, 0.05f);
      for (Matrix* s : first->state()) CHECK((s->shape() == a.shape()));

      // Restore into a fresh optimizer, as a checkpoint would.
      auto second = make(options, b, grad);
      b = a;
      auto from = first->state();
      auto to = second->state();
      REQUIRE(from.size() == to.size());
      for (std::size_t i = 0; i < from.size(); ++i) *to[i] = *from[i];
      second->set_steps(first->steps());

      grad(0, 0) = 1.5f;
      first->step(a, grad, 0.05f);
      second->step(b, grad, 0.05f);
      CHECK((a == b));
      CHECK(second->steps() == 3);
    }
  }
}

TEST_CASE("optimizers reject a gradient of another shape", "[optim]") {
  Matrix value({2, 3}), grad({3, 2});
  value.fill(0.0f);
  grad.fill(0.0f);
  for (const char* name : {"sgd", "adagrad", "adam", "rmsprop"}) {
    auto opt = make({{"type", name}}, value, grad);
    CHECK_THROWS_AS(opt->step(value, grad, 0.1f), ShapeError);
  }
}

TEST_CASE("restored state that does not fit the parameter is refused, not zeroed", "[optim][state]") {
  for (const char* name : {"sgd", "adagrad", "adam", "rmsprop"}) {
    DYNAMIC_SECTION(name) {
      Json options = {{"type", name}};
      if (std::string(name) == "sgd") options["momentum"] = 0.9;
      Matrix value = {{1.0f, -2.0f}, {0.5f, 3.0f}};
      Matrix grad = {{0.3f, -0.1f}, {0.2f, 0.7f}};
      auto opt = make(options, value, grad);
      *opt->state()[0] = Matrix({3, 1});  // as from a checkpoint of another net
      CHECK_THROWS_WITH(opt->step(value, grad, 0.1f),
                        Catch::Contains("restored state [3 x 1] does not fit parameter [2 x 2]") &&
                            Catch::Contains("--restart"));
    }
  }
}
