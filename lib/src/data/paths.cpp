#include "fflab/data/paths.hpp"

#include <cstdlib>

namespace fflab {

namespace {
std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}
}  // namespace

std::filesystem::path data_cache_root() {
  if (auto dir = environment("FFLAB_DATA_DIR"); !dir.empty()) return dir;
  std::filesystem::path cache = environment("XDG_CACHE_HOME");
  if (cache.empty()) cache = std::filesystem::path(environment("HOME")) / ".cache";
  if (cache.empty() || cache == ".cache") cache = "/.cache";  // HOME unset, as the script's $HOME/.cache
  return cache / "fflab" / "data";
}

std::filesystem::path default_dataset_dir(const std::string& dataset) {
  const auto cached = data_cache_root() / dataset;
  if (dataset == "fashion_mnist") {
    std::error_code ec;
    if (std::filesystem::is_directory(cached, ec)) return cached;
    return "/usr/share/datasets/fashion-mnist";
  }
  return cached;
}

std::string fetch_remedy(const std::string& dataset) {
  return "run lib/scripts/fetch-data.sh " + dataset + " or set dataset.path";
}

}  // namespace fflab
