#include "fflab/train/training_keys.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/optim/registry.hpp"

namespace fflab {

void add_epochs_key(Schema& s) {
  s.required("epochs", KeyType::integer, "number of passes over the training split").at_least(1);
}

void add_batch_size_key(Schema& s, const char* help) {
  s.optional("batch_size", KeyType::integer, 100, help).at_least(1);
}

void add_optimizer_key(Schema& s, Json default_optimizer, const char* help) {
  s.optional("optimizer", KeyType::object, std::move(default_optimizer), help)
      .validated_by([](Json& j, const std::string& p) { optimizer_registry().validate(j, p); });
}

void add_schedule_key(Schema& s, Json default_schedule, const char* help) {
  s.optional("schedule", KeyType::object, std::move(default_schedule), help)
      .validated_by([](Json& j, const std::string& p) { schedule_registry().validate(j, p); });
}

void add_augmentation_keys(Schema& s) {
  s.optional("jitter", KeyType::integer, 0,
             "augmentation: random shifts of up to +-k pixels per training example, the same as a random crop of "
             "the image padded by k with blank pixels (0 = off; a blank pixel is, per channel, what a 0 pixel of the "
             "files becomes after the dataset's range and standardisation); images only, k smaller than their "
             "height and width")
      .at_least(0)
      .at_most(255);
  s.optional("flip", KeyType::boolean, false,
             "augmentation: mirror each training image left-right with probability 1/2; images only");
}

void check_augmentation(std::size_t jitter, bool flip, const FeatureShape& shape) {
  if (flip && shape.is_flat())
    throw ConfigError("/trainer/flip", "the dataset has flat features, not images; remove flip");
  if (jitter == 0) return;
  if (shape.is_flat())
    throw ConfigError("/trainer/jitter", "the dataset has flat features, not images; remove jitter");
  if (jitter >= shape.height || jitter >= shape.width)
    throw ConfigError("/trainer/jitter", std::to_string(jitter) + " must be smaller than the " +
                                             std::to_string(shape.height) + " x " + std::to_string(shape.width) +
                                             " image");
}

}  // namespace fflab
