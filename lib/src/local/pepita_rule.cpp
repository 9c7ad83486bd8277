#include "fflab/local/pepita_rule.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"

namespace fflab {

Schema PepitaRule::schema() {
  Schema s;
  s.optional("modulation_scale", KeyType::number, 0.05,
             "scale of the fixed input-modulation matrix F: entries U(-1, 1) * scale * sqrt(6 / inputs) "
             "(the paper: 0.05)")
      .above(0);
  s.optional("conv_update", KeyType::string, "mean",
             "conv blocks (weights shared over the output map's P positions): \"mean\" divides the summed "
             "update by P, as the official conv code does; \"sqrt\" by sqrt(P) (their --sqrt_conv); \"sum\" "
             "keeps the sum over positions (diverges on LeNet-5); \"official\" divides by P and by the batch "
             "size once more, as the official conv code's step does (it averages the products over the batch, "
             "then divides by the batch size again, for every conv layer, also one whose map is 1 x 1), so conv "
             "blocks learn batch-size times slower than flat ones. Flat blocks: no effect")
      .one_of({"mean", "sqrt", "sum", "official"});
  return s;
}

PepitaRule::PepitaRule(const Json& options)
    : LocalRule(schema(), options),
      modulation_scale_(resolved("modulation_scale").get<double>()),
      conv_update_(resolved("conv_update").get<std::string>()) {}

void PepitaRule::attach(const LocalRuleBlock& block) {
  const double p = static_cast<double>(std::max<std::size_t>(block.positions, 1));
  position_scale_ = conv_update_ == "mean" || conv_update_ == "official" ? static_cast<float>(1.0 / p)
                    : conv_update_ == "sqrt"                              ? static_cast<float>(1.0 / std::sqrt(p))
                                                                          : 1.0f;  // 1 for flat blocks (p = 1)
  // "official": divided once more by the configured batch, as the official step does (so a data-parallel
  // rank, which trains a share of the rows, divides by the whole batch); a rule tested alone, by its rows.
  divide_by_batch_again_ = conv_update_ == "official" && block.convolutional;
  batch_size_ = block.batch_size;
}

LocalRuleNeeds PepitaRule::needs() const {
  LocalRuleNeeds n;
  n.labels = true;
  n.output_error = true;
  n.modulated_pass = true;
  n.modulation_scale = static_cast<float>(modulation_scale_);
  return n;
}

LocalRuleResult PepitaRule::evaluate(const LocalRuleInput& input, Matrix* dpre) {
  const Matrix& h = input.output;
  const Matrix& hm = require_signal(input.modulated_output, "pepita", "modulated pass's block output");
  if (h.shape() != hm.shape())
    throw ShapeError("pepita: block output " + shape_string(h) + " and modulated output " + shape_string(hm) +
                     " differ in shape");
  if (dpre) {
    const std::size_t rows = h.shape()[0], units = h.shape()[1];
    ensure_shape(*dpre, rows, units);
    const std::size_t again = !divide_by_batch_again_ ? 1 : batch_size_ ? batch_size_ : rows;
    const float scale = position_scale_ / static_cast<float>(rows) / static_cast<float>(again);
    const float* a = h.data();
    const float* b = hm.data();
    float* d = dpre->data();
    for (std::size_t i = 0, n = rows * units; i < n; ++i) d[i] = (a[i] - b[i]) * scale;
  }
  return {};
}

}  // namespace fflab
