#include "fflab/eval/class_group_goodness.hpp"

#include "fflab/eval/chunked_error.hpp"
#include "fflab/train/forward_forward_blocks.hpp"

namespace fflab {

Schema ClassGroupGoodness::schema() {
  Schema s;
  s.optional("blocks", KeyType::any, "last",
             "blocks whose class groups' mean squares are summed: \"last\" (CwComp), \"all\", \"all_but_first\", "
             "\"last_three\" or a list of 0-based block indices")
      .validated_by(validate_block_set);
  s.optional("batch_size", KeyType::integer, 1000, "images per pass").at_least(1);
  return s;
}

ClassGroupGoodness::ClassGroupGoodness(const Json& options)
    : blocks_spec_(options.at("blocks")), batch_size_(options.at("batch_size").get<std::size_t>()) {}

double ClassGroupGoodness::error(TrainedModel& model, const Split& split) {
  return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
    model.group_scores(rows, blocks_spec_, scores_, type());
    return scores_;
  });
}

}  // namespace fflab
