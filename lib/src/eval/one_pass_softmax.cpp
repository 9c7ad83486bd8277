#include "fflab/eval/one_pass_softmax.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/train/batches.hpp"
#include "fflab/train/forward_forward_trainer.hpp"

namespace fflab {

Schema OnePassSoftmax::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

OnePassSoftmax::OnePassSoftmax(const Json& options) : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double OnePassSoftmax::error(Network& network, Trainer& trainer, const Split& split) {
  ForwardForwardTrainer& ff = as_forward_forward(trainer, type());
  LinearHead* head = ff.softmax_head();
  if (!head) throw ConfigError("/trainer/softmax_head/enabled", "one_pass_softmax: the one-pass softmax head is not trained: set trainer.softmax_head.enabled to true");
  const std::size_t n = split.size();
  if (n == 0) return 0.0;
  const RunContext ctx{false, nullptr};
  std::size_t errors = 0;
  for (std::size_t begin = 0; begin < n; begin += batch_size_) {
    const std::size_t count = std::min(batch_size_, n - begin);
    copy_rows(split.x, begin, count, chunk_);
    errors += count_errors(ff.head_logits(network, *head, chunk_, ctx), split.y, begin);
  }
  return 100.0 * static_cast<double>(errors) / static_cast<double>(n);
}

}  // namespace fflab
