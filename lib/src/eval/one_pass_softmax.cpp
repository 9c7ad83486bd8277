#include "fflab/eval/one_pass_softmax.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/eval/chunked_error.hpp"
#include "fflab/train/forward_forward_trainer.hpp"
#include "fflab/train/recurrent_ff_trainer.hpp"

namespace fflab {

Schema OnePassSoftmax::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

OnePassSoftmax::OnePassSoftmax(const Json& options) : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double OnePassSoftmax::error(Network& network, Trainer& trainer, const Split& split) {
  const RunContext ctx{false, nullptr};
  if (RecurrentFFTrainer* recurrent = as_recurrent_ff(trainer))
    return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
      return recurrent->head_logits(network, rows, ctx);
    });
  ForwardForwardTrainer& ff = as_forward_forward(trainer, type());
  LinearHead* head = ff.softmax_head();
  if (!head) throw ConfigError("/trainer/softmax_head/enabled", "one_pass_softmax: the one-pass softmax head is not trained: set trainer.softmax_head.enabled to true");
  return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
    return ff.head_logits(network, *head, rows, ctx);
  });
}

}  // namespace fflab
