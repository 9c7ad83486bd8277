#include "fflab/eval/goodness_every_label.hpp"

#include <algorithm>
#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/layers/dense.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/recurrent_ff_trainer.hpp"

namespace fflab {

Schema GoodnessEveryLabel::schema() {
  Schema s;
  s.optional("blocks", KeyType::any, "all_but_first",
             "blocks whose goodness is summed: \"all_but_first\" (Hinton's code), \"all\", \"last_three\" or a "
             "list of 0-based block indices")
      .validated_by(validate_block_set);
  s.optional("batch_size", KeyType::integer, 250,
             "images per pass; each block then holds classes x batch_size rows").at_least(1);
  return s;
}

GoodnessEveryLabel::GoodnessEveryLabel(const Json& options)
    : blocks_spec_(options.at("blocks")), batch_size_(options.at("batch_size").get<std::size_t>()) {}

void GoodnessEveryLabel::scores(Network& network, ForwardForwardTrainer& ff, const Matrix& images, Matrix& out) {
  if (!ff.supervised())
    throw ConfigError("/trainer/supervised",
                      "goodness_every_label needs the label in the input (supervised FF); use linear_readout");
  const auto& blocks = ff.blocks();
  const std::vector<std::size_t> set =
      resolve_block_set(blocks_spec_, blocks.size(), "blocks");
  const std::size_t last = set.back();
  const LabelEmbedding& e = ff.embedding();
  const std::size_t C = e.classes, R = images.shape()[0], F = images.shape()[1];
  const RunContext ctx{false, nullptr};
  ensure_shape(out, R, C);
  out.fill(0.0f);

  const FFBlock& b0 = blocks[0];
  auto* dense = dynamic_cast<DenseLayer*>(&network.layer(b0.first));
  std::size_t skip = 0;
  if (dense) {
    // Image part of the first layer's pre-activation, once for all labels.
    ensure_shape(image_part_, R, F);
    std::copy_n(images.data(), R * F, image_part_.data());
    for (std::size_t r = 0; r < R; ++r) std::fill_n(image_part_.data() + r * F, C, 0.0f);
    row_scale_.assign(R, 1.0);
    if (ff.normalizes_input()) {
      // Every labelled row has the image's square norm plus strength^2.
      const double label_ss = static_cast<double>(e.strength) * e.strength;
      for (std::size_t r = 0; r < R; ++r) {
        const float* row = image_part_.data() + r * F;
        double ss = label_ss;
        for (std::size_t j = 0; j < F; ++j) ss += static_cast<double>(row[j]) * row[j];
        if (ff.normalization() == LengthNormKind::rms) ss /= static_cast<double>(F);
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
    skip = 1;
  } else {
    // General first layer: every labelled variant as a row of one matrix.
    ensure_shape(stacked_, C * R, F);
    for (std::size_t c = 0; c < C; ++c)
      for (std::size_t r = 0; r < R; ++r) {
        float* row = stacked_.data() + (c * R + r) * F;
        std::copy_n(images.data() + r * F, F, row);
        e.write(row, static_cast<std::int32_t>(c));
      }
  }

  const Matrix* x = skip ? &stacked_ : &ff.prepare_input(stacked_, input_);
  for (std::size_t k = 0; k <= last; ++k) {
    const Matrix& y = forward_block(network, blocks[k], *x, acts_, ctx, k == 0 ? skip : 0);
    if (std::find(set.begin(), set.end(), k) != set.end()) {
      ff.goodness().value(y, goodness_);
      for (std::size_t c = 0; c < C; ++c)
        for (std::size_t r = 0; r < R; ++r) out(r, c) += goodness_(c * R + r);
    }
    if (k < last) {
      Matrix& next = normalised_[k % 2];
      ff.normalize_output(k, y, next);
      x = &next;
    }
  }
}

double GoodnessEveryLabel::error(Network& network, Trainer& trainer, const Split& split) {
  RecurrentFFTrainer* recurrent = as_recurrent_ff(trainer);
  ForwardForwardTrainer* ff = recurrent ? nullptr : &as_forward_forward(trainer, type());
  std::vector<std::size_t> set;
  if (recurrent)
    set = resolve_block_set(blocks_spec_, recurrent->blocks(), "blocks");
  const std::size_t n = split.size();
  if (n == 0) return 0.0;
  std::size_t errors = 0;
  for (std::size_t begin = 0; begin < n; begin += batch_size_) {
    const std::size_t count = std::min(batch_size_, n - begin);
    copy_rows(split.x, begin, count, chunk_);
    if (recurrent)
      recurrent->label_scores(network, chunk_, set, scores_);
    else
      scores(network, *ff, chunk_, scores_);
    errors += count_errors(scores_, split.y, begin);
  }
  return 100.0 * static_cast<double>(errors) / static_cast<double>(n);
}

}  // namespace fflab
