#include "fflab/experiment/run_identity.hpp"

#include <exception>

#include "fflab/experiment/manifest.hpp"

namespace fflab {

Json run_identity(const Json& manifest) {
  // Defaults filled in by this code: a record or checkpoint written before a
  // key existed lacks it, yet describes the same run as a manifest read now.
  // One this code cannot resolve (a key since removed, a plugin not loaded)
  // is compared as stored.
  Json out = manifest;
  try {
    resolve_manifest(out);
  } catch (const std::exception&) {
    out = manifest;
  }
  // A seed's run does not depend on which other seeds its study lists.
  if (out.is_object()) out.erase("seeds");
  return out;
}

Json training_identity(const Json& manifest) {
  const Json run = run_identity(manifest);
  Json out = Json::object();
  if (!run.is_object()) return out;
  for (const char* key : {"seed", "dataset", "network", "trainer"})
    if (run.contains(key)) out[key] = run.at(key);
  // Where the files lie is this machine's business, not the data's.
  if (out.contains("dataset") && out["dataset"].is_object()) out["dataset"].erase("path");
  return out;
}

bool same_run(const Json& a, const Json& b) {
  // Key order is not meaning: a manifest reformatted (jq -S, an editor)
  // describes the same run.
  return nlohmann::json(run_identity(a)) == nlohmann::json(run_identity(b));
}

}  // namespace fflab
