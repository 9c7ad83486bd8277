// The layer-pipelined mode of the forward_forward trainer: its refusals, the
// first block's input from the previous rank, and the model gathered at
// each epoch's end (see forward_forward_trainer.hpp).
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/train/block_measures.hpp"
#include "fflab/train/forward_forward_trainer.hpp"

namespace fflab {

namespace {

/// ConfigError at /network/layers/<i> for a layer that draws from the
/// training generator while it trains (dropout): its draws would depend on
/// which blocks a rank runs.
void refuse_drawing_layers(Network& network) {
  for (std::size_t i = 0; i < network.size(); ++i)
    if (network.layer(i).type() == "dropout")
      throw ConfigError(child_pointer("/network/layers", i),
                        "dropout draws its masks from the run's generator, which every rank of a layer pipeline "
                        "must draw alike: remove the dropout layer or use \"data_parallel\"");
}

}  // namespace

void ForwardForwardTrainer::pipeline(Communicator& ranks) {
  const std::size_t K = model_.blocks().size();
  const auto N = static_cast<std::size_t>(ranks.size());
  if (K < N)
    throw ConfigError("/distributed/mode", "\"layer_pipeline\" gives every rank at least one block, but the network "
                                           "has " + std::to_string(K) + " blocks for " + std::to_string(N) +
                                           " ranks: start at most " + std::to_string(K) +
                                           " ranks or use \"data_parallel\"");
  if (greedy_)
    throw ConfigError("/trainer/block_schedule", "the greedy schedule trains one block at a time: nothing to "
                                                 "pipeline; use \"simultaneous\" or \"data_parallel\"");
  if (!model_.heads().empty())
    throw ConfigError(model_.softmax_head() ? "/trainer/softmax_head/enabled" : "/trainer/readout/enabled",
                      "a layer pipeline trains no heads yet: set it to false (evaluate with "
                      "goodness_every_label) or use \"data_parallel\"");
  refuse_drawing_layers(model_.network());
  pipeline_ = std::make_unique<LayerPipeline>(ranks, K);
  combine_epochs_over(ranks);
}

Json ForwardForwardTrainer::pipeline_summary() const {
  if (!pipeline_) return Json::object();
  const std::size_t K = model_.blocks().size();
  const int N = pipeline_->ranks().size();
  Json per_rank = Json::array();
  for (int r = 0; r < N; ++r) {
    const BlockRange b = pipeline_blocks(K, r, N);
    per_rank.push_back(Json::array({b.first, b.last}));
  }
  return {{"split", "by block count: rank r of N trains blocks [K r / N, K (r+1) / N) of K"},
          {"blocks_per_rank", per_rank}};
}

double ForwardForwardTrainer::receive_batch(std::size_t rows) {
  ensure_shape(block_input_, 2 * rows, model_.blocks()[pipeline_->mine().first].inputs);
  return pipeline_->receive({&block_input_});
}

void ForwardForwardTrainer::end_epoch(EpochTally& tally) {
  if (!pipeline_) return;
  pipeline_->flush();
  for (std::size_t k = 0; k < model_.blocks().size(); ++k)
    for (const char* what : {"loss", "positive_goodness", "negative_goodness"})
      tally.declare_measure(block_measure(k, what));
  gather_model();
}

void ForwardForwardTrainer::gather_model() {
  Network& network = model_.network();
  for (std::size_t k = 0; k < model_.blocks().size(); ++k) {
    const int owner = pipeline_->owner(k);
    for (std::size_t i : block_params_[k]) {
      pipeline_->share(*parameters_[i].value, owner);
      pipeline_->share(*optimizers_[i], owner);
    }
    for (std::size_t i = model_.blocks()[k].first; i <= model_.blocks()[k].last; ++i)
      for (const StateTensor& t : network.layer(i).state()) pipeline_->share(*t.value, owner);
    pipeline_->share(model_.peer(k).running_means(), owner);
  }
}

}  // namespace fflab
