#include "fflab/experiment/plugin_build_tag.hpp"

#include <utility>
#include <vector>

#include "fflab/core/build_tag.hpp"

namespace fflab {

namespace {

using Setting = std::pair<std::string, std::string>;

/// "a=1;b=2" -> {a, 1}, {b, 2}.
std::vector<Setting> settings_of(const std::string& tag) {
  std::vector<Setting> out;
  std::size_t start = 0;
  while (start <= tag.size()) {
    std::size_t end = tag.find(';', start);
    if (end == std::string::npos) end = tag.size();
    const std::string item = tag.substr(start, end - start);
    const std::size_t eq = item.find('=');
    if (!item.empty()) out.emplace_back(item.substr(0, eq), eq == std::string::npos ? "" : item.substr(eq + 1));
    start = end + 1;
  }
  return out;
}

const std::string* value_of(const std::vector<Setting>& settings, const std::string& key) {
  for (const auto& [k, v] : settings)
    if (k == key) return &v;
  return nullptr;
}

/// The build setting that decides `key`, set as the host has it.
std::string fix_for(const std::string& key, const std::string& host_value) {
  const std::string on_off = host_value == "on" ? "ON" : "OFF";
  if (key == "avx2" || key == "fma") return "-DFFLAB_AVX2=" + on_off;
  if (key == "simd_alignment") return "the instruction set of this fflab (-DFFLAB_AVX2 as it was built; simd_alignment=" + host_value + ")";
  if (key == "asan") return "-DFFLAB_SANITIZE=" + on_off;
  if (key == "plugin_abi") return "the headers of this fflab (their plugin interface is revision " + host_value + ")";
  if (key == "fflab") return "the headers of fflab " + host_value + " (find_package(fflab) of this installation)";
  if (key == "compiler") return "the compiler of this fflab, " + host_value + " (CMAKE_CXX_COMPILER)";
  if (key == "cxx11_abi") return "-D_GLIBCXX_USE_CXX11_ABI=" + host_value;
  if (key == "glibcxx_debug") return host_value == "on" ? "-D_GLIBCXX_DEBUG" : "no -D_GLIBCXX_DEBUG";
  if (key == "xsimd") return "fflab_add_plugin(), which defines XTENSOR_USE_XSIMD as this fflab does";
  return "fflab_add_plugin() against this fflab";
}

}  // namespace

std::optional<std::string> find_plugin_build_tag(const std::string& file_bytes) {
  const std::string marker = FFLAB_PLUGIN_BUILD_TAG_MARKER;
  const std::size_t at = file_bytes.find(marker);
  if (at == std::string::npos) return std::nullopt;
  const std::size_t begin = at + marker.size();
  const std::size_t end = file_bytes.find('}', begin);
  if (end == std::string::npos || end - begin > 1000) return std::nullopt;
  return file_bytes.substr(begin, end - begin);
}

std::string build_tag_mismatch(const std::string& plugin_tag, const std::string& host_tag) {
  if (plugin_tag == host_tag) return "";
  const auto plugin = settings_of(plugin_tag);
  for (const auto& [key, host_value] : settings_of(host_tag)) {
    const std::string* value = value_of(plugin, key);
    if (value && *value == host_value) continue;
    const std::string built = value ? key + "=" + *value : "no " + key + " setting";
    return "was built with " + built + ", this fflab with " + key + "=" + host_value + ": rebuild the plugin with " +
           fix_for(key, host_value);
  }
  return "has build tag '" + plugin_tag + "', this fflab '" + host_tag +
         "': rebuild the plugin with fflab_add_plugin() against this fflab";
}

}  // namespace fflab
