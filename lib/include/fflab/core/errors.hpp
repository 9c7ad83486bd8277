#pragma once
// Error types of the library. Every error names where it happened (a JSON
// pointer, a file and byte offset, or the shapes involved) and how to fix it.
// The library throws these; only the CLI prints them.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace fflab {

/// Base of every error the library throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A manifest or option is wrong. `pointer` is the JSON pointer of the bad key
/// ("/trainer/epochs"), empty for the document root.
class ConfigError : public Error {
 public:
  ConfigError(std::string pointer, const std::string& message);
  const std::string& pointer() const { return pointer_; }
  /// The message without the pointer in front.
  const std::string& message() const { return message_; }

 private:
  std::string pointer_;
  std::string message_;
};

/// A data file is missing, truncated, corrupted or of the wrong format.
/// `offset` is the byte offset where the problem was found (-1 if none).
class DataError : public Error {
 public:
  DataError(std::string file, std::int64_t offset, const std::string& message);
  const std::string& file() const { return file_; }
  std::int64_t offset() const { return offset_; }

 private:
  std::string file_;
  std::int64_t offset_;
};

/// Tensors of incompatible shapes were combined.
class ShapeError : public Error {
 public:
  using Error::Error;
};

/// Training produced a non-finite loss or exploding parameters.
class DivergenceError : public Error {
 public:
  using Error::Error;
};

}  // namespace fflab
