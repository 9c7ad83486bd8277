#include "fflab/local/local_head_rule.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/layers/initializers.hpp"

namespace fflab {

Schema LocalHeadRule::schema() {
  Schema s;
  s.optional("init", KeyType::string, "normal_fan_in",
             "initialiser of the private head's weights: normal_fan_in, he, he_uniform, uniform_fan_in = U(+-1/sqrt(fan_in)) (PyTorch's default), glorot, zeros (as for dense)")
      .one_of(initializer_names());
  return s;
}

LocalHeadRule::LocalHeadRule(const Json& options)
    : LocalRule(schema(), options), init_(resolved("init").get<std::string>()) {}

LocalRuleNeeds LocalHeadRule::needs() const {
  LocalRuleNeeds n;
  n.labels = true;
  return n;
}

void LocalHeadRule::attach(const LocalRuleBlock& block) {
  head_ = std::make_unique<DenseLayer>(block.units, block.classes, true, init_);
}

void LocalHeadRule::initialize(Rng& rng) {
  if (!head_) throw Error("local_head: initialize before attach");
  head_->initialize(rng);
}

std::vector<Parameter> LocalHeadRule::parameters() {
  if (!head_) return {};
  auto params = head_->parameters();
  for (auto& p : params) p.name = "head_" + p.name;
  return params;
}

LocalRuleResult LocalHeadRule::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  if (!head_) throw Error("local_head: evaluate before attach");
  const Labels& labels = require_labels(input, "local_head");
  const Matrix& y = input.output;
  const std::size_t rows = y.shape()[0];
  head_->forward(y, logits_, RunContext{});
  LocalRuleResult r;
  r.loss = loss_.evaluate(logits_, labels, &dlogits_);
  r.cases = rows;
  const std::size_t classes = logits_.shape()[1];
  for (std::size_t i = 0; i < rows; ++i) {
    const float* row = logits_.data() + i * classes;
    const auto best = static_cast<std::int32_t>(std::max_element(row, row + classes) - row);
    r.mistakes += best != labels[i];
  }
  head_->accumulate_grad(y, logits_, dlogits_);
  if (doutput) head_->backward_input(y, logits_, dlogits_, *doutput);
  return r;
}

}  // namespace fflab
