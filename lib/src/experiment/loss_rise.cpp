#include "fflab/experiment/loss_rise.hpp"

#include <cstdio>
#include <map>
#include <string_view>

namespace fflab {

namespace {

/// What one quantity did over the epochs before the last.
struct History {
  double first = 0, lowest = 0;
  std::size_t lowest_epoch = 0;
};

/// name -> value of every checked quantity of one epoch.
std::map<std::string, double> losses_of(const EpochEntry& e) {
  std::map<std::string, double> out;
  if (e.train_loss) out["train_loss"] = *e.train_loss;
  if (e.measures)
    for (const auto& [name, value] : *e.measures)
      if (std::string_view(name).ends_with("loss")) out[name] = value;
  return out;
}

std::string number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", x);
  return text;
}

}  // namespace

std::optional<std::string> loss_rise(const std::vector<EpochEntry>& epochs, double factor) {
  if (epochs.size() < 2) return std::nullopt;
  std::map<std::string, History> history;
  for (std::size_t i = 0; i + 1 < epochs.size(); ++i)
    for (const auto& [name, value] : losses_of(epochs[i])) {
      const auto [it, first_seen] = history.try_emplace(name, History{value, value, epochs[i].epoch});
      if (!first_seen && value < it->second.lowest) it->second = History{it->second.first, value, epochs[i].epoch};
    }
  const EpochEntry& last = epochs.back();
  for (const auto& [name, value] : losses_of(last)) {
    const auto it = history.find(name);
    if (it == history.end()) continue;
    const History& h = it->second;
    if (h.lowest <= 0 || h.first <= 0) continue;
    if (value > factor * h.lowest && value > h.first)
      return name + " rose to " + number(value) + " in epoch " + std::to_string(last.epoch) + ", " +
             number(value / h.lowest) + " times its lowest (" + number(h.lowest) + ", epoch " +
             std::to_string(h.lowest_epoch) + ") and above its first epoch's " + number(h.first);
  }
  return std::nullopt;
}

}  // namespace fflab
