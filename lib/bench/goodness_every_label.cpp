// Section goodness_every_label: FF classification by goodness for every
// label over 10k MNIST-shaped test images with 784-2000x4, against ONE plain
// pass (neutral label) of the same images through the same blocks.
#include "ff_model.hpp"
#include "fflab/eval/registry.hpp"
#include "fflab/train/batches.hpp"
#include "sections.hpp"

namespace fflab::bench {

void goodness_every_label(const BenchOptions& options, Report& report) {
  const std::size_t images = 10000, chunk = 250;
  report.print("== goodness_every_label: %zu test images, 784-2000-2000-2000-2000, 10 labels, goodness of "
               "blocks 1-3 summed (all_but_first), %zu images per pass, %d threads",
               images, chunk, options.threads);
  Json trainer = {{"epochs", 1}, {"batch_size", 100}, {"softmax_head", {{"enabled", false}}}};
  auto model = build_ff_model(trainer, 100, images);
  ForwardForwardModel& ff = model->ff();
  Json spec = {{"type", "goodness_every_label"}, {"batch_size", chunk}};
  auto evaluator = evaluator_registry().build(spec, "/evaluation/procedures/0");

  // The plain pass: each image once, with the neutral label, through every block.
  Matrix rows, neutral, input_buf, normalised[2];
  BlockActivations acts;
  const RunContext ctx{false, nullptr};
  const Split& test = model->data.test;
  auto plain_pass = [&] {
    for (std::size_t begin = 0; begin < images; begin += chunk) {
      copy_rows(test.x, begin, std::min(chunk, images - begin), rows);
      ff.embedding().embed_neutral(rows, neutral);
      const Matrix* x = &ff.prepare_input(neutral, input_buf);
      for (std::size_t k = 0; k < ff.blocks().size(); ++k) {
        const Matrix& y = forward_block(model->network, ff.blocks()[k], *x, acts, ctx);
        ff.normalize_output(k, y, normalised[k % 2]);
        x = &normalised[k % 2];
      }
    }
  };
  // Whole passes over 10k images take seconds: fewer repeats than the step sections.
  BenchOptions few = options;
  few.warmup = 1;
  few.repeats = 3;
  few.seconds = 0.0;
  const Timing every = measure(few, [&] { evaluator->error(model->trainer->model(), test); });
  const Timing plain = measure(few, plain_pass);
  const double ratio = every.median / plain.median;
  report.print("goodness for every label %8.3f s (median of %zu) | one plain pass %8.3f s | ratio %5.2fx "
               "(target <= 10x)",
               every.median, every.runs, plain.median, ratio);
  report.print("   the image part of the first layer is computed once for all 10 labels; blocks 1-3 run "
               "on 10 x %zu rows per pass",
               chunk);
  report.json["sections"]["goodness_every_label"] = {{"images", images},
                                         {"chunk", chunk},
                                         {"every_label_s_median", every.median},
                                         {"every_label_runs", every.runs},
                                         {"plain_pass_s_median", plain.median},
                                         {"plain_pass_runs", plain.runs},
                                         {"ratio", ratio}};
}

}  // namespace fflab::bench
