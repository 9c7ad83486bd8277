#include "fflab/eval/one_pass_softmax.hpp"

#include "fflab/eval/chunked_error.hpp"

namespace fflab {

Schema OnePassSoftmax::schema() {
  Schema s;
  s.optional("batch_size", KeyType::integer, 1000, "rows per evaluation pass").at_least(1);
  return s;
}

OnePassSoftmax::OnePassSoftmax(const Json& options) : batch_size_(options.at("batch_size").get<std::size_t>()) {}

double OnePassSoftmax::error(TrainedModel& model, const Split& split) {
  return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
    return model.head_logits("softmax_head", rows, type());
  });
}

}  // namespace fflab
