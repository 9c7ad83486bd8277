#include "fflab/train/every_label_scores.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/layers/dense.hpp"
#include "fflab/train/forward_forward_model.hpp"

namespace fflab {

bool EveryLabelScores::dense_first_layer(ForwardForwardModel& model, const Matrix& images) {
  auto* dense = dynamic_cast<DenseLayer*>(&model.network().layer(model.blocks()[0].first));
  if (!dense || model.embedding().channel_size != 0 || model.embedding().is_pattern()) return false;
  const LabelEmbedding& e = model.embedding();
  const std::size_t C = e.classes, R = images.shape()[0], F = images.shape()[1];
  // Image part of the first layer's pre-activation, once for all labels.
  ensure_shape(image_part_, R, F);
  std::copy_n(images.data(), R * F, image_part_.data());
  for (std::size_t r = 0; r < R; ++r) std::fill_n(image_part_.data() + r * F, C, 0.0f);
  row_scale_.assign(R, 1.0);
  if (model.normalizes_input()) {
    // Every labelled row has the image's square norm plus strength^2.
    const double label_ss = static_cast<double>(e.strength) * e.strength;
    for (std::size_t r = 0; r < R; ++r) {
      const float* row = image_part_.data() + r * F;
      double ss = label_ss;
      for (std::size_t j = 0; j < F; ++j) ss += static_cast<double>(row[j]) * row[j];
      if (model.normalization() == LengthNormKind::rms) ss /= static_cast<double>(F);
      row_scale_[r] = 1.0 / (std::sqrt(ss) + 1e-8);  // as LengthNorm with its default eps
    }
  }
  const Matrix& w = dense->weight();
  const std::size_t units = w.shape()[1];
  ensure_shape(pre_image_, R, units);
  gemm(image_part_, w, pre_image_);
  ensure_shape(stacked_, C * R, units);
  const float* bias = dense->has_bias() ? dense->bias().data() : nullptr;
  for (std::size_t c = 0; c < C; ++c) {
    const float* wc = w.data() + c * units;
    for (std::size_t r = 0; r < R; ++r) {
      const auto s = static_cast<float>(row_scale_[r]);
      const float sl = s * e.strength;
      const float* p = pre_image_.data() + r * units;
      float* z = stacked_.data() + (c * R + r) * units;
      for (std::size_t j = 0; j < units; ++j) z[j] = s * p[j] + sl * wc[j] + (bias ? bias[j] : 0.0f);
    }
  }
  return true;
}

void EveryLabelScores::labelled_rows(ForwardForwardModel& model, const Matrix& images) {
  const LabelEmbedding& e = model.embedding();
  const std::size_t C = e.classes, R = images.shape()[0], F = images.shape()[1], W = e.width(F);
  ensure_shape(stacked_, C * R, W);
  for (std::size_t c = 0; c < C; ++c)
    for (std::size_t r = 0; r < R; ++r)
      e.embed_row(images.data() + r * F, F, static_cast<std::int32_t>(c), stacked_.data() + (c * R + r) * W);
}

void EveryLabelScores::compute(ForwardForwardModel& model, const Json& blocks_spec, BlockWeighting weighting,
                               const Matrix& images, Matrix& out) {
  if (!model.supervised())
    throw ConfigError("/trainer/supervised",
                      "goodness_every_label needs the label in the input (supervised FF); use linear_readout");
  const auto& blocks = model.blocks();
  const std::vector<std::size_t> set = resolve_block_set(blocks_spec, blocks.size(), "blocks");
  const std::size_t last = set.back();
  const std::size_t C = model.embedding().classes, R = images.shape()[0];
  const RunContext ctx{false, nullptr};
  ensure_shape(out, R, C);
  out.fill(0.0f);

  const std::size_t skip = dense_first_layer(model, images) ? 1 : 0;
  if (!skip) labelled_rows(model, images);  // general first layer
  const Matrix* x = skip ? &stacked_ : &model.prepare_input(stacked_, input_);
  for (std::size_t k = 0; k <= last; ++k) {
    const Matrix& y = forward_block(model.network(), blocks[k], *x, acts_, ctx, k == 0 ? skip : 0);
    if (std::find(set.begin(), set.end(), k) != set.end()) {
      model.goodness().value(y, goodness_);
      const float weight = block_weight(weighting, y.shape()[1]);
      for (std::size_t c = 0; c < C; ++c)
        for (std::size_t r = 0; r < R; ++r) out(r, c) += weight * goodness_(c * R + r);
    }
    if (k < last) {
      Matrix& next = normalised_[k % 2];
      model.normalize_output(k, y, next);
      x = &next;
    }
  }
}

}  // namespace fflab
