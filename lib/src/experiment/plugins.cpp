#include "fflab/experiment/plugins.hpp"

#include <dlfcn.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "fflab/core/build_tag.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/fnv1a.hpp"
#include "fflab/experiment/plugin_build_tag.hpp"
#include "fflab/experiment/registries.hpp"

namespace fflab {

namespace {

Json& plugins() {
  static Json list = Json::array();
  return list;
}

/// "<kind> <name>" of every registered component.
std::set<std::string> component_names() {
  std::set<std::string> names;
  for_each_registry([&](const auto& registry) {
    for (const auto& [name, entry] : registry.entries()) names.insert(registry.kind() + " " + name);
  });
  return names;
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("plugin " + path + ": cannot read the file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Refuses a plugin whose build tag is absent or differs from this library's,
/// before it is loaded.
void check_build_tag(const std::string& path, const std::string& bytes, const std::string& how) {
  const auto tag = find_plugin_build_tag(bytes);
  if (!tag)
    throw Error("plugin " + path + ": carries no fflab build tag (it was not built with fflab_add_plugin())" + how);
  const std::string mismatch = build_tag_mismatch(*tag, build_tag());
  if (!mismatch.empty()) throw Error("plugin " + path + " " + mismatch);
}

}  // namespace

void load_plugin(const std::filesystem::path& file) {
  const std::string how = "; build it with fflab_add_plugin() against this fflab (docs/extending.md, \"As a plugin\")";
  if (!std::filesystem::is_regular_file(file))
    throw Error("plugin " + file.string() + ": no such file" + how);
  const std::string path = std::filesystem::canonical(file).string();
  for (const auto& p : plugins())
    if (p["path"] == path) throw Error("plugin " + path + " is given twice: load it once");
  const std::string bytes = bytes_of(path);
  check_build_tag(path, bytes, how);
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = ::dlerror();
    throw Error("plugin " + path + ": cannot load: " + (why ? why : "unknown error") + how);
  }
  ::dlerror();
  void* symbol = ::dlsym(handle, kPluginEntryPoint);
  if (!symbol) {
    ::dlclose(handle);
    throw Error("plugin " + path + ": defines no extern \"C\" void " + kPluginEntryPoint + "()" + how);
  }
  const auto before = component_names();
  try {
    reinterpret_cast<void (*)()>(symbol)();
  } catch (const std::exception& e) {
    // Whatever it registered before failing stays registered and its code
    // must stay loaded: the handle is kept open.
    throw Error("plugin " + path + ": " + kPluginEntryPoint + "() failed: " + e.what());
  }
  Json registered = Json::array();
  for (const auto& name : component_names())
    if (!before.count(name)) registered.push_back(name);
  plugins().push_back({{"path", path}, {"fnv1a64", fnv1a64_hex(bytes)}, {"registered", registered}});
}

const Json& loaded_plugins() { return plugins(); }

}  // namespace fflab
