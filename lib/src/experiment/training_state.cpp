#include "training_state.hpp"

#include "fflab/core/errors.hpp"

namespace fflab {

std::vector<Matrix*> TrainingState::tensors() const {
  std::vector<Matrix*> out;
  for (const auto& p : parameters) out.push_back(p.value);
  for (const auto& t : layer_state) out.push_back(t.value);
  for (Optimizer* o : optimizers)
    for (Matrix* m : o->state()) out.push_back(m);
  for (Matrix* m : extra) out.push_back(m);
  return out;
}

TrainingState training_state(Setup& s) {
  return TrainingState{s.network.parameters(), s.network.state(), s.trainer->optimizers(),
                       s.trainer->extra_state()};
}

void restore_tensors(Checkpoint& c, const std::filesystem::path& file, const TrainingState& state,
                     const std::string& remedy) {
  const std::vector<Matrix*> targets = state.tensors();
  if (targets.size() != c.tensors.size())
    throw DataError(file.string(), -1, "checkpoint holds " + std::to_string(c.tensors.size()) +
                                           " tensors but the run needs " + std::to_string(targets.size()) + remedy);
  const std::size_t extra_from = targets.size() - state.extra.size();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const bool checked = i < state.parameters.size() + state.layer_state.size() || (i >= extra_from && targets[i]->size() > 0);
    if (checked && targets[i]->shape() != c.tensors[i].shape())
      throw DataError(file.string(), -1, "checkpoint tensor " + std::to_string(i) + " has shape " +
                                             shape_string(c.tensors[i]) + ", expected " + shape_string(*targets[i]) +
                                             remedy);
    *targets[i] = std::move(c.tensors[i]);
  }
}

}  // namespace fflab
