#include "fflab/data/cifar_png.hpp"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/core/json_depth.hpp"
#include "file_checks.hpp"

namespace fflab {

namespace {

constexpr std::size_t cifar_side = 32;
constexpr std::size_t cifar_channels = 3;
constexpr std::size_t sprite_width = cifar_side * cifar_side;  // one image per PNG row
constexpr png_uint_32 max_sprite_rows = 100'000;  // bounds the allocation a damaged header can cause

/// Owns the libpng handles and the FILE of one decode; holds libpng's error
/// message. Lives outside the setjmp frames, so a longjmp skips no C++
/// destructor: the frames between png_error and setjmp hold only plain data.
struct PngDecode {
  std::FILE* file = nullptr;
  png_structp png = nullptr;
  png_infop info = nullptr;
  char error[256] = {};
  png_uint_32 width = 0, height = 0;
  int bit_depth = 0, color_type = 0, interlace = 0;
  png_uint_32 rows_done = 0;

  PngDecode() = default;
  PngDecode(const PngDecode&) = delete;
  PngDecode& operator=(const PngDecode&) = delete;
  ~PngDecode() {
    if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    if (file) std::fclose(file);
  }
  std::int64_t offset() const { return file ? static_cast<std::int64_t>(std::ftell(file)) : -1; }
};

extern "C" void on_png_error(png_structp png, png_const_charp message) {
  auto* decode = static_cast<PngDecode*>(png_get_error_ptr(png));
  std::snprintf(decode->error, sizeof decode->error, "%s", message ? message : "unknown error");
  png_longjmp(png, 1);
}

extern "C" void on_png_warning(png_structp, png_const_charp) {}  // the library stays silent

/// Reads the header into `d`. False when libpng reported an error.
bool decode_header(PngDecode& d) {
  if (setjmp(png_jmpbuf(d.png))) return false;
  png_init_io(d.png, d.file);
  png_set_sig_bytes(d.png, 8);
  png_set_user_limits(d.png, 1u << 16, max_sprite_rows);
  png_read_info(d.png, d.info);
  d.width = png_get_image_width(d.png, d.info);
  d.height = png_get_image_height(d.png, d.info);
  d.bit_depth = png_get_bit_depth(d.png, d.info);
  d.color_type = png_get_color_type(d.png, d.info);
  d.interlace = png_get_interlace_type(d.png, d.info);
  return true;
}

/// Decodes every row into `row` (width * 3 bytes) and scatters it HWC -> CHW
/// into `images` (height * 3072 bytes). False when libpng reported an error.
bool decode_rows(PngDecode& d, png_bytep row, std::uint8_t* images) {
  if (setjmp(png_jmpbuf(d.png))) return false;
  for (png_uint_32 r = 0; r < d.height; ++r) {
    png_read_row(d.png, row, nullptr);
    std::uint8_t* image = images + std::size_t{r} * sprite_width * cifar_channels;
    for (std::size_t pixel = 0; pixel < sprite_width; ++pixel)
      for (std::size_t c = 0; c < cifar_channels; ++c)
        image[c * sprite_width + pixel] = row[pixel * cifar_channels + c];
    d.rows_done = r + 1;
  }
  png_read_end(d.png, nullptr);
  return true;
}

const char* color_type_name(int color_type) {
  switch (color_type) {
    case PNG_COLOR_TYPE_GRAY: return "grey";
    case PNG_COLOR_TYPE_GRAY_ALPHA: return "grey + alpha";
    case PNG_COLOR_TYPE_PALETTE: return "palette";
    case PNG_COLOR_TYPE_RGB: return "RGB";
    case PNG_COLOR_TYPE_RGB_ALPHA: return "RGBA";
    default: return "unknown";
  }
}

}  // namespace

ByteImages read_cifar_png(const std::filesystem::path& path, const std::string& remedy) {
  const std::string name = path.string();
  detail::require_regular_file(path, remedy);
  PngDecode d;
  d.file = std::fopen(name.c_str(), "rb");
  if (!d.file)
    throw DataError(name, -1, std::string("cannot open: ") + std::strerror(errno) + detail::with_remedy(remedy));

  png_byte signature[8] = {};
  const std::size_t got = std::fread(signature, 1, sizeof signature, d.file);
  if (got < sizeof signature || png_sig_cmp(signature, 0, sizeof signature) != 0)
    throw DataError(name, 0, "not a PNG file (bad signature)" + detail::with_remedy(remedy));

  d.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &d, on_png_error, on_png_warning);
  if (!d.png) throw DataError(name, -1, "libpng could not start (out of memory?)");
  d.info = png_create_info_struct(d.png);
  if (!d.info) throw DataError(name, -1, "libpng could not start (out of memory?)");

  if (!decode_header(d))
    throw DataError(name, d.offset(),
                    std::string("damaged PNG header (libpng: ") + d.error + ")" + detail::with_remedy(remedy));
  if (d.width != sprite_width)
    throw DataError(name, 16,
                    "PNG is " + std::to_string(d.width) + " px wide; a CIFAR-10 sprite is " +
                        std::to_string(sprite_width) + " px wide (one 32x32 image per row)" +
                        detail::with_remedy(remedy));
  if (d.color_type != PNG_COLOR_TYPE_RGB || d.bit_depth != 8)
    throw DataError(name, 24,
                    std::string("PNG is ") + color_type_name(d.color_type) + " with " +
                        std::to_string(d.bit_depth) + "-bit samples; a CIFAR-10 sprite is 8-bit RGB" +
                        detail::with_remedy(remedy));
  if (d.interlace != PNG_INTERLACE_NONE)
    throw DataError(name, 28, "PNG is interlaced; CIFAR-10 sprites are not" + detail::with_remedy(remedy));

  ByteImages images;
  images.shape = {cifar_channels, cifar_side, cifar_side};
  images.count = d.height;
  images.pixels.resize(std::size_t{d.height} * images.shape.size());
  std::vector<png_byte> row(sprite_width * cifar_channels);
  if (!decode_rows(d, row.data(), images.pixels.data()))
    throw DataError(name, d.offset(),
                    "damaged or truncated PNG data at image row " + std::to_string(d.rows_done) + " of " +
                        std::to_string(d.height) + " (libpng: " + d.error + ")" +
                        detail::with_remedy(remedy));
  return images;
}

Labels read_json_labels(const std::filesystem::path& path, std::size_t num_classes,
                        const std::string& remedy) {
  const std::string name = path.string();
  detail::require_regular_file(path, remedy);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(name, -1, "cannot open" + detail::with_remedy(remedy));
  std::stringstream text;
  text << in.rdbuf();
  Json document;
  try {
    document = parse_json(text.str());
  } catch (const JsonTooDeep& e) {
    throw DataError(name, -1, e.what() + detail::with_remedy(remedy));
  } catch (const nlohmann::json::parse_error& e) {
    throw DataError(name, static_cast<std::int64_t>(e.byte),
                    std::string("not valid JSON (") + e.what() + ")" + detail::with_remedy(remedy));
  }
  if (!document.is_array() || document.empty())
    throw DataError(name, 0, "expected a non-empty JSON array of integer labels" + detail::with_remedy(remedy));
  Labels labels;
  labels.reserve(document.size());
  for (std::size_t i = 0; i < document.size(); ++i) {
    const auto& value = document[i];
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0 ||
        value.get<std::int64_t>() >= static_cast<std::int64_t>(num_classes))
      throw DataError(name, -1,
                      "label " + std::to_string(i) + " is " + value.dump() + ", expected an integer in 0.." +
                          std::to_string(num_classes - 1) + detail::with_remedy(remedy));
    labels.push_back(value.get<std::int32_t>());
  }
  return labels;
}

}  // namespace fflab
