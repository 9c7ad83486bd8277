#include "fflab/eval/linear_readout.hpp"

#include "fflab/eval/chunked_error.hpp"

namespace fflab {

Schema LinearReadout::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

LinearReadout::LinearReadout(const Json& options) : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double LinearReadout::error(TrainedModel& model, const Split& split) {
  return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
    return model.head_logits("readout", rows, type());
  });
}

}  // namespace fflab
