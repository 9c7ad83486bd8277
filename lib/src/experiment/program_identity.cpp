#include "fflab/experiment/program_identity.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "fflab/core/errors.hpp"
#include "fflab/core/fnv1a.hpp"
#include "fflab/experiment/plugins.hpp"
#include "fflab/experiment/registries.hpp"

namespace fflab {

namespace {

// The built-in list of each registry kind, by overload.
void add_builtins(DatasetRegistry& r) { register_builtin_datasets(r); }
void add_builtins(LayerRegistry& r) { register_builtin_layers(r); }
void add_builtins(LossRegistry& r) { register_builtin_losses(r); }
void add_builtins(OptimizerRegistry& r) { register_builtin_optimizers(r); }
void add_builtins(ScheduleRegistry& r) { register_builtin_schedules(r); }
void add_builtins(TrainerRegistry& r) { register_builtin_trainers(r); }
void add_builtins(GoodnessRegistry& r) { register_builtin_goodness(r); }
void add_builtins(LocalRuleRegistry& r) { register_builtin_local_rules(r); }
void add_builtins(NegativeRegistry& r) { register_builtin_negatives(r); }
void add_builtins(EvaluatorRegistry& r) { register_builtin_evaluators(r); }

/// "<kind> <name>" of every built-in component.
const std::set<std::string>& builtin_components() {
  static const std::set<std::string> names = [] {
    std::set<std::string> out;
    for_each_registry([&](const auto& registry) {
      std::decay_t<decltype(registry)> fresh(registry.kind());
      add_builtins(fresh);
      for (const auto& name : fresh.names()) out.insert(registry.kind() + " " + name);
    });
    return out;
  }();
  return names;
}

/// The hash of this executable's bytes, read once.
const std::string& executable_hash(const std::filesystem::path& exe) {
  static const std::string hash = [&] {
    std::ifstream in(exe, std::ios::binary);
    if (!in) throw Error("cannot read this program's executable " + exe.string() + " to record its hash");
    return fnv1a64_hex(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  }();
  return hash;
}

}  // namespace

Json components_registered_outside() {
  std::set<std::string> from_plugins;
  for (const auto& plugin : loaded_plugins())
    for (const auto& name : plugin["registered"]) from_plugins.insert(name.get<std::string>());
  Json out = Json::array();
  for_each_registry([&](const auto& registry) {
    for (const auto& name : registry.names()) {
      const std::string component = registry.kind() + " " + name;
      if (!builtin_components().count(component) && !from_plugins.count(component)) out.push_back(component);
    }
  });
  return out;
}

std::optional<Json> program_identity() {
  Json registered = components_registered_outside();
  if (registered.empty()) return std::nullopt;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe");
  return Json{{"path", exe.string()}, {"fnv1a64", executable_hash(exe)}, {"registered", std::move(registered)}};
}

}  // namespace fflab
