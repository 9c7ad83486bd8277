#include "fflab/experiment/checkpoint.hpp"

#include <cstring>
#include <fstream>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"
#include "fflab/experiment/record.hpp"

namespace fflab {

namespace {

constexpr char kMagic[8] = {'F', 'F', 'L', 'A', 'B', 'C', 'K', '1'};
constexpr std::uint64_t kHeaderTextAt = sizeof kMagic + sizeof(std::uint64_t);  // magic, then the text's size

void put_u64(std::string& out, std::uint64_t v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

class Reader {
 public:
  Reader(std::string file, std::string bytes, std::string_view remedy)
      : file_(std::move(file)), bytes_(std::move(bytes)), remedy_(remedy) {}
  std::uint64_t u64() {
    std::uint64_t v = 0;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  const char* take(std::size_t n) {
    if (n > bytes_.size() - pos_)
      throw DataError(file_, static_cast<std::int64_t>(pos_), "checkpoint is truncated; " + std::string(remedy_));
    const char* p = bytes_.data() + pos_;
    pos_ += n;
    return p;
  }
  std::size_t position() const { return pos_; }
  std::size_t remaining() const { return bytes_.size() - pos_; }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  std::string file_, bytes_;
  std::string_view remedy_;
  std::size_t pos_ = 0;
};

std::ifstream open_checkpoint(const std::filesystem::path& file, std::string_view remedy) {
  // A folder opens as a stream on Linux, and fails only on the first read;
  // opening a FIFO would wait for a writer forever.
  if (std::filesystem::is_directory(file))
    throw DataError(file.string(), -1, "is a directory, expected a checkpoint file; " + std::string(remedy));
  std::error_code ec;
  if (std::filesystem::exists(file, ec) && !std::filesystem::is_regular_file(file, ec))
    throw DataError(file.string(), -1, "is not a regular file, expected a checkpoint file; " + std::string(remedy));
  std::ifstream in(file, std::ios::binary);
  if (!in) throw DataError(file.string(), -1, "cannot open checkpoint");
  return in;
}

/// Walks the tensor table after the header (shapes, and data skipped) with
/// the checks load_checkpoint makes, so a checkpoint cut short is found
/// without reading its tensors.
void check_tensor_table(std::ifstream& in, const std::filesystem::path& file, std::uintmax_t size,
                        std::string_view remedy) {
  auto position = [&] { return static_cast<std::uint64_t>(in.tellg()); };
  auto u64 = [&](std::uint64_t& v) {
    const std::uint64_t at = position();
    if (size - at < sizeof v || !in.read(reinterpret_cast<char*>(&v), sizeof v))
      throw DataError(file.string(), static_cast<std::int64_t>(at), "checkpoint is truncated; " + std::string(remedy));
  };
  std::uint64_t count = 0;
  u64(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint64_t header_at = position();
    std::uint64_t rows = 0, cols = 0;
    u64(rows);
    u64(cols);
    const std::uint64_t left = size - position();
    if (cols != 0 && rows > left / sizeof(float) / cols)
      throw DataError(file.string(), static_cast<std::int64_t>(header_at),
                      "tensor " + std::to_string(i) + " claims " + std::to_string(rows) + " x " + std::to_string(cols) +
                          " floats but only " + std::to_string(left) + " bytes remain: truncated or corrupt; " +
                          std::string(remedy));
    in.seekg(static_cast<std::streamoff>(rows * cols * sizeof(float)), std::ios::cur);
  }
  if (position() != size)
    throw DataError(file.string(), static_cast<std::int64_t>(position()),
                    "trailing bytes after the last tensor; " + std::string(remedy));
}

}  // namespace

void save_checkpoint(const std::filesystem::path& file, const Json& meta,
                     const std::vector<const Matrix*>& tensors) {
  const std::string text = meta.dump();
  std::size_t size = sizeof kMagic + 16 + text.size();
  for (const Matrix* t : tensors) size += 16 + t->size() * sizeof(float);
  std::string out;
  out.reserve(size);
  out.append(kMagic, sizeof kMagic);
  put_u64(out, text.size());
  out += text;
  put_u64(out, tensors.size());
  for (const Matrix* t : tensors) {
    put_u64(out, t->shape()[0]);
    put_u64(out, t->shape()[1]);
    if (t->size() > 0) out.append(reinterpret_cast<const char*>(t->data()), t->size() * sizeof(float));
  }
  write_file_atomically(file, out);
}

namespace {

/// A checkpoint opened and read up to its header's text, with the checks of
/// load_checkpoint in its order (the magic, then the sizes).
struct HeaderStart {
  std::ifstream in;         ///< positioned at the header's text
  std::uintmax_t size = 0;  ///< of the file
  std::uint64_t text_size = 0;
};

HeaderStart open_header(const std::filesystem::path& file, std::string_view remedy) {
  HeaderStart h{open_checkpoint(file, remedy)};
  std::error_code ec;
  h.size = std::filesystem::file_size(file, ec);
  if (ec) throw DataError(file.string(), -1, "cannot read checkpoint: " + ec.message());
  auto truncated = [&](std::uint64_t at) {
    return DataError(file.string(), static_cast<std::int64_t>(at), "checkpoint is truncated; " + std::string(remedy));
  };
  char magic[sizeof kMagic];
  if (h.size < sizeof magic) throw truncated(0);
  h.in.read(magic, sizeof magic);
  if (!h.in) throw DataError(file.string(), -1, "cannot read checkpoint");
  if (std::memcmp(magic, kMagic, sizeof kMagic) != 0)
    throw DataError(file.string(), 0, "not an fflab checkpoint (bad magic); " + std::string(remedy));
  if (h.size < kHeaderTextAt) throw truncated(sizeof kMagic);
  h.in.read(reinterpret_cast<char*>(&h.text_size), sizeof h.text_size);
  if (!h.in) throw DataError(file.string(), -1, "cannot read checkpoint");
  if (h.text_size > h.size - kHeaderTextAt) throw truncated(kHeaderTextAt);  // checked before anything is allocated
  return h;
}

}  // namespace

Json load_checkpoint_header(const std::filesystem::path& file, std::string_view remedy) {
  HeaderStart h = open_header(file, remedy);
  std::string text(h.text_size, '\0');
  h.in.read(text.data(), static_cast<std::streamsize>(h.text_size));
  if (!h.in) throw DataError(file.string(), -1, "cannot read checkpoint");
  try {
    return parse_json(text);
  } catch (const std::exception& e) {  // malformed JSON, or nested too deep
    throw DataError(file.string(), static_cast<std::int64_t>(kHeaderTextAt),
                    std::string("corrupt checkpoint header: ") + e.what() + "; " + std::string(remedy));
  }
}

void check_checkpoint_tensors(const std::filesystem::path& file, std::string_view remedy) {
  HeaderStart h = open_header(file, remedy);  // the header's own text is not parsed again
  h.in.seekg(static_cast<std::streamoff>(h.text_size), std::ios::cur);
  check_tensor_table(h.in, file, h.size, remedy);
}

Checkpoint load_checkpoint(const std::filesystem::path& file, std::string_view remedy) {
  std::ifstream in = open_checkpoint(file, remedy);
  std::string bytes;
  try {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::exception& e) {  // a read error of the stream (std::ios_base::failure)
    throw DataError(file.string(), -1, std::string("cannot read checkpoint: ") + e.what());
  }
  Reader r(file.string(), std::move(bytes), remedy);
  if (std::memcmp(r.take(sizeof kMagic), kMagic, sizeof kMagic) != 0)
    throw DataError(file.string(), 0, "not an fflab checkpoint (bad magic); " + std::string(remedy));
  Checkpoint c;
  const std::uint64_t text_size = r.u64();
  const std::size_t text_at = r.position();
  const char* text = r.take(text_size);
  try {
    c.meta = parse_json(std::string(text, text_size));
  } catch (const std::exception& e) {  // malformed JSON, or nested too deep
    throw DataError(file.string(), static_cast<std::int64_t>(text_at),
                    std::string("corrupt checkpoint header: ") + e.what() + "; " + std::string(remedy));
  }
  const std::uint64_t count = r.u64();
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::size_t header_at = r.position();
    const std::uint64_t rows = r.u64(), cols = r.u64();
    // The shape is checked against the bytes left before anything is
    // allocated: a corrupt header must not ask for terabytes.
    const std::uint64_t floats_left = r.remaining() / sizeof(float);
    if (cols != 0 && rows > floats_left / cols)
      throw DataError(file.string(), static_cast<std::int64_t>(header_at),
                      "tensor " + std::to_string(i) + " claims " + std::to_string(rows) + " x " + std::to_string(cols) +
                          " floats but only " + std::to_string(r.remaining()) +
                          " bytes remain: truncated or corrupt; " + std::string(remedy));
    Matrix m({rows, cols});
    const std::size_t n = m.size() * sizeof(float);
    const char* data = r.take(n);
    if (n > 0) std::memcpy(m.data(), data, n);  // an empty tensor (state not yet allocated) has no buffer
    c.tensors.push_back(std::move(m));
  }
  if (!r.at_end())
    throw DataError(file.string(), static_cast<std::int64_t>(r.position()), "trailing bytes after the last tensor; " + std::string(remedy));
  return c;
}

}  // namespace fflab
