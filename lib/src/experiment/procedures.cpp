#include "fflab/experiment/procedures.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/eval/registry.hpp"

namespace fflab {

std::string procedure_name(const Json& procedure) {
  const Json& name = procedure.contains("name") ? procedure.at("name") : procedure.at("type");
  return name.get<std::string>();
}

Procedures build_procedures(Json& evaluation) {
  Procedures p;
  Json& list = evaluation["procedures"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    p.evaluators.push_back(evaluator_registry().build(list[i], child_pointer("/evaluation/procedures", i)));
    p.names.push_back(procedure_name(list[i]));
    if (p.names.back() == evaluation["primary"].get<std::string>()) p.primary = i;
  }
  return p;
}

void check_procedures(Procedures& procedures, Trainer& trainer, const Split& rows) {
  constexpr std::size_t kRows = 2;
  Split probe;
  const std::size_t n = std::min(kRows, rows.size());
  probe.x = Matrix({n, rows.x.shape()[1]});
  std::copy_n(rows.x.data(), n * rows.x.shape()[1], probe.x.data());
  probe.y.assign(rows.y.begin(), rows.y.begin() + static_cast<std::ptrdiff_t>(n));
  for (std::size_t i = 0; i < procedures.evaluators.size(); ++i) {
    try {
      procedures.evaluators[i]->error(trainer.model(), probe);
    } catch (const ConfigError& e) {
      const std::string& pointer = e.pointer();
      if (pointer.empty() || pointer.front() == '/') throw;
      // A pointer relative to the procedure's own section ("blocks/0").
      throw ConfigError(child_pointer("/evaluation/procedures", i) + "/" + pointer, e.message());
    }
  }
}

}  // namespace fflab
