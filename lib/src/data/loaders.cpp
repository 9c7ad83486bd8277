#include "fflab/data/loaders.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/data/cifar_bin.hpp"
#include "fflab/data/cifar_png.hpp"
#include "fflab/data/idx.hpp"
#include "fflab/data/paths.hpp"

namespace fflab {

namespace {

constexpr std::size_t ten_classes = 10;

/// `dir/name`, or `dir/name.gz` when only that exists.
std::filesystem::path raw_or_gz(const std::filesystem::path& dir, const std::string& name) {
  const auto raw = dir / name;
  std::error_code ec;
  if (std::filesystem::exists(raw, ec)) return raw;
  const auto gz = dir / (name + ".gz");
  if (std::filesystem::exists(gz, ec)) return gz;
  return raw;  // missing: the reader reports it
}

void require_same_count(const std::filesystem::path& images, std::size_t image_count,
                        const std::filesystem::path& labels, std::size_t label_count, const std::string& remedy) {
  if (image_count != label_count)
    throw DataError(labels.string(), -1,
                    "holds " + std::to_string(label_count) + " labels but " + images.string() + " holds " +
                        std::to_string(image_count) + " images: the files do not belong together; " + remedy);
}

LabeledImages load_idx_pair(const std::filesystem::path& dir, const std::string& prefix,
                            const std::string& dataset, const std::string& remedy) {
  const auto images_file = raw_or_gz(dir, prefix + "-images-idx3-ubyte");
  const auto labels_file = raw_or_gz(dir, prefix + "-labels-idx1-ubyte");
  LabeledImages out;
  out.images = read_idx_images(images_file, remedy);
  if (out.images.shape.height != 28 || out.images.shape.width != 28)
    throw DataError(images_file.string(), 8,
                    "holds " + std::to_string(out.images.shape.height) + "x" +
                        std::to_string(out.images.shape.width) + " images; " + dataset +
                        " images are 28x28; " + remedy);
  out.labels = read_idx_labels(labels_file, ten_classes, remedy);
  require_same_count(images_file, out.images.count, labels_file, out.labels.size(), remedy);
  return out;
}

LabeledImages load_cifar_png_pair(const std::filesystem::path& dir, const std::vector<std::string>& sprites,
                                  const std::string& labels_name, const std::string& remedy) {
  LabeledImages out;
  for (const auto& sprite : sprites) out.images.append(read_cifar_png(dir / sprite, remedy));
  const auto labels_file = dir / labels_name;
  out.labels = read_json_labels(labels_file, ten_classes, remedy);
  require_same_count(dir / sprites.front(), out.images.count, labels_file, out.labels.size(), remedy);
  return out;
}

LabeledImages load_cifar_bin_batches(const std::filesystem::path& dir, const std::vector<std::string>& batches,
                                     const std::string& remedy) {
  LabeledImages out;
  for (const auto& batch : batches) {
    LabeledImages part = read_cifar_bin(dir / batch, remedy);
    out.images.append(part.images);
    out.labels.insert(out.labels.end(), part.labels.begin(), part.labels.end());
  }
  return out;
}

/// What to do about missing or damaged CIFAR-10 binary batches (fetch-data.sh
/// installs the png sprites, not these).
std::string cifar_bin_remedy() {
  return "put the original CIFAR-10 binary batches (data_batch_1..5.bin, test_batch.bin) there or set "
         "dataset.path to their directory; or use \"format\": \"png\" after running lib/scripts/fetch-data.sh cifar10";
}

}  // namespace

RawDataset load_idx_dataset(const std::filesystem::path& dir, const std::string& dataset) {
  const std::string remedy = fetch_remedy(dataset);
  RawDataset raw;
  raw.name = dataset;
  raw.num_classes = ten_classes;
  raw.source = dir.string();
  raw.train = load_idx_pair(dir, "train", dataset, remedy);
  raw.test = load_idx_pair(dir, "t10k", dataset, remedy);
  return raw;
}

CifarFormat cifar_format_from_string(const std::string& name) {
  if (name == "auto") return CifarFormat::automatic;
  if (name == "png") return CifarFormat::png;
  if (name == "bin") return CifarFormat::bin;
  throw ConfigError("/dataset/format", "unknown CIFAR-10 format \"" + name + "\"; choose one of: auto, png, bin");
}

CifarFormat detect_cifar_format(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::exists(dir / "data_batch_1.bin", ec) ? CifarFormat::bin : CifarFormat::png;
}

RawDataset load_cifar10(const std::filesystem::path& dir, CifarFormat format) {
  const std::string remedy = fetch_remedy("cifar10");
  if (format == CifarFormat::automatic) format = detect_cifar_format(dir);
  RawDataset raw;
  raw.name = "cifar10";
  raw.num_classes = ten_classes;
  raw.source = dir.string();
  if (format == CifarFormat::png) {
    raw.train = load_cifar_png_pair(
        dir, {"data_batch_1.png", "data_batch_2.png", "data_batch_3.png", "data_batch_4.png", "data_batch_5.png"},
        "train_lables.json", remedy);
    raw.test = load_cifar_png_pair(dir, {"test_batch.png"}, "test_lables.json", remedy);
  } else {
    const std::string bin_remedy = cifar_bin_remedy();
    raw.train = load_cifar_bin_batches(
        dir, {"data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"},
        bin_remedy);
    raw.test = load_cifar_bin_batches(dir, {"test_batch.bin"}, bin_remedy);
  }
  return raw;
}

void require_complete_cifar10(const RawDataset& raw, const std::filesystem::path& dir, CifarFormat format) {
  constexpr std::size_t cifar10_train = 50000, cifar10_test = 10000;
  if (raw.train.size() == cifar10_train && raw.test.size() == cifar10_test) return;
  const std::string files = format == CifarFormat::bin ? "binary batches" : "png sprites and their labels";
  throw DataError(dir.string(), -1,
                  "holds " + std::to_string(raw.train.size()) + " training and " + std::to_string(raw.test.size()) +
                      " test images; CIFAR-10 has " + std::to_string(cifar10_train) + " and " +
                      std::to_string(cifar10_test) + ": the " + files +
                      " there are cut short or not CIFAR-10's (an interrupted download or copy?); " +
                      (format == CifarFormat::bin ? cifar_bin_remedy() : fetch_remedy("cifar10")) +
                      " (to train on fewer images, keep the whole set and set dataset.train_subset)");
}

}  // namespace fflab
