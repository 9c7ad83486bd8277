#include "fflab/train/trained_model.hpp"

namespace fflab {

void TrainedModel::label_scores(const Matrix& /*images*/, const Json& /*blocks*/, BlockWeighting /*weighting*/,
                                Matrix& /*scores*/, const std::string& procedure) {
  throw needs_forward_forward(procedure, trainer_type());
}

void TrainedModel::group_scores(const Matrix& /*images*/, const Json& /*blocks*/, Matrix& /*scores*/,
                                const std::string& procedure) {
  throw needs_forward_forward(procedure, trainer_type());
}

const Matrix& TrainedModel::head_logits(const std::string& /*head*/, const Matrix& /*images*/,
                                        const std::string& procedure) {
  throw needs_forward_forward(procedure, trainer_type());
}

ConfigError needs_forward_forward(const std::string& procedure, const std::string& trainer_type) {
  return ConfigError("/trainer/type", "the evaluation procedure \"" + procedure +
                                          "\" needs a Forward-Forward trainer (forward_forward; recurrent_ff for "
                                          "goodness_every_label and one_pass_softmax), but this run uses \"" +
                                          trainer_type + "\"; use the \"softmax\" procedure instead");
}

}  // namespace fflab
