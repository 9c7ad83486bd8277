// The layer-pipelined mode of the forward_forward trainer: its refusals, the
// messages between neighbouring ranks, and the model gathered at each
// epoch's end (see forward_forward_trainer.hpp).
#include <chrono>
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
  if (negatives_ && negatives_->needs_scores())
    throw ConfigError("/trainer/negatives/type", "\"" + negatives_->type() + "\" negatives sample from the softmax "
                                                 "head's current predictions, which only the pipeline's last rank "
                                                 "has: use wrong_label or \"data_parallel\"");
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

bool ForwardForwardTrainer::carries_neutral_rows(std::size_t first) const {
  return supervised_ && !plan_.heads.empty() && first <= plan_.head_upto;
}

double ForwardForwardTrainer::receive_batch(std::size_t rows) {
  const std::size_t first = pipeline_->mine().first, inputs = model_.blocks()[first].inputs;
  ensure_shape(block_input_, class_groups_ ? rows : 2 * rows, inputs);  // class groups: no negatives
  std::vector<Matrix*> parts{&block_input_};
  if (carries_neutral_rows(first)) {
    ensure_shape(neutral_input_, rows, inputs);
    parts.push_back(&neutral_input_);
  }
  for (LinearHead* h : plan_.heads) parts.push_back(&h->features(rows));
  return pipeline_->receive(parts);
}

void ForwardForwardTrainer::send_batch(std::size_t rows, double loss) {
  std::vector<const Matrix*> parts{&block_input_};
  if (carries_neutral_rows(pipeline_->mine().last + 1)) parts.push_back(neutral_output_);
  for (LinearHead* h : plan_.heads) parts.push_back(&h->features(rows));
  pipeline_->send(parts, loss);
}

void ForwardForwardTrainer::end_epoch(EpochTally& tally) {
  if (!pipeline_) return;
  const auto start = std::chrono::steady_clock::now();
  pipeline_->flush();
  for (std::size_t k = 0; k < model_.blocks().size(); ++k)
    for (const char* what : {"loss", "positive_goodness", "negative_goodness"})
      tally.declare_measure(block_measure(k, what));
  for (LinearHead* h : model_.heads()) tally.declare_measure(h->name() + ".loss");
  gather_model();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  tally.add_measure("pipeline_epoch_end_ms", 1e3 * seconds, 1);
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
  const int last = pipeline_->ranks().size() - 1;  // the heads train there
  for (LinearHead* h : model_.heads()) {
    for (Matrix* m : h->state()) pipeline_->share(*m, last);
    for (Optimizer* o : h->optimizers()) pipeline_->share(*o, last);
  }
}

}  // namespace fflab
