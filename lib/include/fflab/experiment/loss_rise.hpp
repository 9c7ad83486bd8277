#pragma once
// Loss rise: the divergence a finite loss can show. A run whose loss climbs
// far above its lowest, and above where it began, has run away even while
// every number stays finite (a momentum blow-up that ends in a loss of 1e28
// and a chance-level error): the manifest's "stop_on_loss_rise" stops it as
// diverged instead of letting it finish as "completed".
#include <optional>
#include <string>
#include <vector>

#include "fflab/experiment/run_record.hpp"

namespace fflab {

/// Checks the last of `epochs` against the ones before it, for the training
/// loss and every measure whose name ends in "loss" (each block's local
/// loss, a head's). A quantity has risen when its last value is above
/// `factor` times its lowest earlier value and above its first epoch's
/// value (a loss that falls from 1 to 1e-5 and comes back to 0.01 has not
/// run away). Quantities whose lowest or first value is not positive are not
/// checked. Returns a sentence naming the quantity, its values and epochs,
/// or nothing when no quantity rose.
std::optional<std::string> loss_rise(const std::vector<EpochEntry>& epochs, double factor);

}  // namespace fflab
