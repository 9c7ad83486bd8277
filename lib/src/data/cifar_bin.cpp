#include "fflab/data/cifar_bin.hpp"

#include <fstream>

#include "fflab/core/errors.hpp"
#include "file_checks.hpp"

namespace fflab {

LabeledImages read_cifar_bin(const std::filesystem::path& path, const std::string& remedy) {
  const std::string name = path.string();
  detail::require_regular_file(path, remedy);
  const std::uint64_t size = detail::file_size_of(path);
  if (size == 0) throw DataError(name, 0, "file is empty" + detail::with_remedy(remedy));
  if (size % cifar_bin_record_size != 0)
    throw DataError(name, static_cast<std::int64_t>(size - size % cifar_bin_record_size),
                    "truncated or not a CIFAR-10 binary batch: " + std::to_string(size) +
                        " bytes is not a whole number of " + std::to_string(cifar_bin_record_size) +
                        "-byte records (the last record is cut short)" + detail::with_remedy(remedy));
  const std::size_t count = size / cifar_bin_record_size;

  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(name, -1, "cannot open" + detail::with_remedy(remedy));
  LabeledImages out;
  out.images.shape = {3, 32, 32};
  out.images.count = count;
  out.images.pixels.resize(count * out.images.shape.size());
  out.labels.resize(count);
  std::vector<char> record(cifar_bin_record_size);
  for (std::size_t i = 0; i < count; ++i) {
    const auto at = static_cast<std::int64_t>(i * cifar_bin_record_size);
    if (!in.read(record.data(), static_cast<std::streamsize>(record.size())))
      throw DataError(name, at, "read error (file changed while reading?)" + detail::with_remedy(remedy));
    const auto label = static_cast<std::uint8_t>(record[0]);
    if (label >= 10)
      throw DataError(name, at,
                      "label " + std::to_string(label) + " of record " + std::to_string(i) +
                          " is out of range 0..9: damaged or not a CIFAR-10 binary batch (CIFAR-100?)" +
                          detail::with_remedy(remedy));
    out.labels[i] = label;
    std::copy(record.begin() + 1, record.end(),
              reinterpret_cast<char*>(out.images.pixels.data() + i * out.images.shape.size()));
  }
  return out;
}

}  // namespace fflab
