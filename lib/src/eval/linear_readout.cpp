#include "fflab/eval/linear_readout.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/eval/chunked_error.hpp"
#include "fflab/train/forward_forward_trainer.hpp"

namespace fflab {

Schema LinearReadout::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

LinearReadout::LinearReadout(const Json& options) : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double LinearReadout::error(Network& network, Trainer& trainer, const Split& split) {
  ForwardForwardTrainer& ff = as_forward_forward(trainer, type());
  LinearHead* head = ff.readout();
  if (!head) throw ConfigError("/trainer/readout/enabled", "linear_readout: the linear readout is not trained: set trainer.readout.enabled to true");
  const RunContext ctx{false, nullptr};
  return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
    return ff.head_logits(network, *head, rows, ctx);
  });
}

}  // namespace fflab
