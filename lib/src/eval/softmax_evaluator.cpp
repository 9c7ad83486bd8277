#include "fflab/eval/softmax_evaluator.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/eval/chunked_error.hpp"

namespace fflab {

Schema SoftmaxEvaluator::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

SoftmaxEvaluator::SoftmaxEvaluator(const Json& options)
    : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double SoftmaxEvaluator::error(TrainedModel& model, const Split& split) {
  if (!model.outputs_class_scores())
    throw ConfigError("type", "\"softmax\" reads the network's output as class scores, but a " + model.trainer_type() +
                                  " network ends in its last hidden block: use goodness_every_label or "
                                  "one_pass_softmax (supervised), linear_readout (unsupervised)");
  Network& network = model.network();
  const RunContext ctx{false, nullptr};
  return chunked_error_percent(split, batch_size_, chunk_,
                               [&](const Matrix& rows) -> const Matrix& { return network.forward(rows, ctx); });
}

}  // namespace fflab
