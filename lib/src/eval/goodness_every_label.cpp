#include "fflab/eval/goodness_every_label.hpp"

#include "fflab/eval/chunked_error.hpp"
#include "fflab/train/forward_forward_blocks.hpp"

namespace fflab {

Schema GoodnessEveryLabel::schema() {
  Schema s;
  s.optional("blocks", KeyType::any, "all_but_first",
             "blocks whose goodness is summed: \"all_but_first\" (Hinton's code), \"all\", \"last_three\" or a "
             "list of 0-based block indices")
      .validated_by(validate_block_set);
  s.optional("block_weighting", KeyType::string, "sum",
             "how the blocks' goodness adds up: \"sum\" as it is (Hinton's), \"per_unit\" each block's divided "
             "by its number of units, so that big blocks do not outweigh small ones by their size")
      .one_of({"sum", "per_unit"});
  s.optional("batch_size", KeyType::integer, 250,
             "images per pass; each block then holds classes x batch_size rows").at_least(1);
  return s;
}

GoodnessEveryLabel::GoodnessEveryLabel(const Json& options)
    : blocks_spec_(options.at("blocks")),
      weighting_(options.at("block_weighting").get<std::string>() == "per_unit" ? BlockWeighting::per_unit
                                                                                 : BlockWeighting::sum),
      batch_size_(options.at("batch_size").get<std::size_t>()) {}

double GoodnessEveryLabel::error(TrainedModel& model, const Split& split) {
  return chunked_error_percent(split, batch_size_, chunk_, [&](const Matrix& rows) -> const Matrix& {
    model.label_scores(rows, blocks_spec_, weighting_, scores_, type());
    return scores_;
  });
}

}  // namespace fflab
