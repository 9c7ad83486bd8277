#include "fflab/eval/softmax_evaluator.hpp"

#include "fflab/train/batches.hpp"

namespace fflab {

Schema SoftmaxEvaluator::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

SoftmaxEvaluator::SoftmaxEvaluator(const Json& options)
    : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double SoftmaxEvaluator::error(Network& network, Trainer& /*trainer*/, const Split& split) {
  const std::size_t n = split.size();
  if (n == 0) return 0.0;
  const RunContext ctx{false, nullptr};
  std::size_t errors = 0;
  for (std::size_t begin = 0; begin < n; begin += batch_size_) {
    const std::size_t count = std::min(batch_size_, n - begin);
    copy_rows(split.x, begin, count, chunk_);
    errors += count_errors(network.forward(chunk_, ctx), split.y, begin);
  }
  return 100.0 * static_cast<double>(errors) / static_cast<double>(n);
}

}  // namespace fflab
