#include "fflab/local/channel_competitive_objective.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/row_sums.hpp"

namespace fflab {

Schema ChannelCompetitiveObjective::schema() { return Schema(); }

ChannelCompetitiveObjective::ChannelCompetitiveObjective(const Json& options) : LocalRule(schema(), options) {}

void ChannelCompetitiveObjective::group_goodness(const Matrix& y, std::size_t classes, Matrix& gf) {
  const std::size_t rows = y.shape()[0], n = y.shape()[1];
  if (classes == 0 || n % classes != 0)
    throw ShapeError("channel_competitive: a block output of " + std::to_string(n) +
                     " units does not split into " + std::to_string(classes) +
                     " equal class groups: give the block a multiple of " + std::to_string(classes) +
                     " channels (conv) or units (dense)");
  const std::size_t m = n / classes;
  ensure_shape(gf, rows, classes);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < classes; ++c) {
      gf(r, c) = static_cast<float>(sum_of_squares(y.data() + r * n + c * m, m) / static_cast<double>(m));
    }
}

LocalRuleResult ChannelCompetitiveObjective::evaluate(const LocalRuleInput& input, Matrix* doutput) {
  const Matrix& y = input.output;
  const Labels& labels = require_labels(input, "channel_competitive");
  const std::size_t rows = y.shape()[0], n = y.shape()[1];
  const std::size_t classes = input.classes;
  group_goodness(y, classes, gf_);
  const std::size_t m = n / classes;
  if (doutput) ensure_shape(*doutput, rows, n);
  LocalRuleResult r;
  std::vector<double> p(classes);
  for (std::size_t i = 0; i < rows; ++i) {
    const auto label = static_cast<std::size_t>(labels[i]);
    if (label >= classes) throw ShapeError("channel_competitive: label " + std::to_string(label) + " of row " +
                                           std::to_string(i) + " is not below the " + std::to_string(classes) + " classes");
    double top = gf_(i, 0), total = 0.0;
    std::size_t best = 0;
    for (std::size_t c = 1; c < classes; ++c)
      if (gf_(i, c) > top) top = gf_(i, c), best = c;
    for (std::size_t c = 0; c < classes; ++c) total += p[c] = std::exp(static_cast<double>(gf_(i, c)) - top);
    r.loss += std::log(total) - (static_cast<double>(gf_(i, label)) - top);
    r.positive_goodness += gf_(i, label);
    double others = 0.0;
    for (std::size_t c = 0; c < classes; ++c) others += c == label ? 0.0 : gf_(i, c);
    r.negative_goodness += classes > 1 ? others / static_cast<double>(classes - 1) : 0.0;
    const bool tie = std::count(gf_.data() + i * classes, gf_.data() + (i + 1) * classes, gf_(i, best)) > 1;
    r.mistakes += best != label || tie;
    if (!doutput) continue;
    for (std::size_t c = 0; c < classes; ++c) {
      const double dg = (p[c] / total - (c == label ? 1.0 : 0.0)) / static_cast<double>(rows);
      const auto scale = static_cast<float>(dg * 2.0 / static_cast<double>(m));
      const float* yc = y.data() + i * n + c * m;
      float* dc = doutput->data() + i * n + c * m;
      for (std::size_t j = 0; j < m; ++j) dc[j] = scale * yc[j];
    }
  }
  const auto b = static_cast<double>(rows);
  r.loss /= b;
  r.positive_goodness /= b;
  r.negative_goodness /= b;
  r.cases = rows;
  return r;
}

}  // namespace fflab
