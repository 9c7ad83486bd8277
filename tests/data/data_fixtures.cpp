#include "data_fixtures.hpp"

#include <png.h>

#include <csetjmp>
#include <cstdio>

namespace fflab::test {

namespace {
/// libpng work between setjmp and any error: only plain data in this frame.
bool encode(png_structp png, png_infop info, std::FILE* out, std::uint32_t width, std::uint32_t height,
            int color_type, const std::uint8_t* pixels, std::size_t row_bytes) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_init_io(png, out);
  png_set_IHDR(png, info, width, height, 8, color_type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (std::uint32_t r = 0; r < height; ++r) png_write_row(png, pixels + r * row_bytes);
  png_write_end(png, nullptr);
  return true;
}
}  // namespace

bool write_png(const std::filesystem::path& file, std::uint32_t width, std::uint32_t height, int color_type,
               const std::vector<std::uint8_t>& pixels) {
  const std::size_t channels = color_type == PNG_COLOR_TYPE_RGB ? 3 : color_type == PNG_COLOR_TYPE_RGB_ALPHA ? 4
                               : color_type == PNG_COLOR_TYPE_GRAY_ALPHA                                   ? 2
                                                                                                           : 1;
  const std::size_t row_bytes = width * channels;
  if (pixels.size() != row_bytes * height) return false;
  std::FILE* out = std::fopen(file.string().c_str(), "wb");
  if (!out) return false;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  const bool ok = info && encode(png, info, out, width, height, color_type, pixels.data(), row_bytes);
  png_destroy_write_struct(&png, &info);
  std::fclose(out);
  return ok;
}

}  // namespace fflab::test
