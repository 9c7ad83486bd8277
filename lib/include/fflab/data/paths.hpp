#pragma once
// Where datasets live by default. The cache root is $FFLAB_DATA_DIR, else
// ${XDG_CACHE_HOME:-$HOME/.cache}/fflab/data - the same rule as
// lib/scripts/fetch-data.sh, which fills it. Empty variables count as unset.
#include <filesystem>
#include <string>

namespace fflab {

std::filesystem::path data_cache_root();

/// Default directory of a built-in dataset: <cache>/mnist, <cache>/cifar10;
/// fashion_mnist: <cache>/fashion_mnist if it exists, else the Debian
/// package's /usr/share/datasets/fashion-mnist.
std::filesystem::path default_dataset_dir(const std::string& dataset);

/// What to tell a user whose files are missing or damaged: "run
/// lib/scripts/fetch-data.sh <dataset> or set dataset.path".
std::string fetch_remedy(const std::string& dataset);

}  // namespace fflab
