#pragma once
// The Conv2D kernels around its matrix products: the geometry of a layer and
// the copies between CHW rows and the "columns" (im2col) layout.
// A chunk of n rows is unfolded into cols [K][n*L] (K = C*k*k, L = OH*OW):
// row q = (c*k + i)*k + j, column s*L + oh*OW + ow holds input pixel
// (c, oh*stride + i - pad, ow*stride + j - pad) of row s, or 0 in the padding.
// A group's inputs (channels g*C/G .. (g+1)*C/G - 1) are then the contiguous
// rows g*K/G .. (g+1)*K/G - 1, so every group's product is one gemm on
// contiguous blocks. Maps [M][n*L] (outputs or their gradients, channel
// outermost) are moved to and from the CHW rows [n][M*L] by gather_maps and
// scatter_maps. Every function takes the distance between consecutive rows
// (`row_stride`, in floats) so that it can work on one group's channels: a
// block of consecutive channels inside longer rows. The loops are spread over
// parallel_for's threads.
#include <cstddef>

namespace fflab::conv {

/// Shape of one convolution (or pooling) window sweep.
struct Geometry {
  std::size_t channels, height, width;  // input C x H x W
  std::size_t kernel, stride, padding;
  std::size_t out_height, out_width;    // (H + 2p - k) / stride + 1, same for W
  std::size_t in_size() const { return channels * height * width; }
  std::size_t locations() const { return out_height * out_width; }
  std::size_t col_rows() const { return channels * kernel * kernel; }
};

/// The geometry of k x k windows with `stride` and `padding` over C x H x W;
/// out sizes are 0 when the window does not fit the padded map.
Geometry make_geometry(std::size_t channels, std::size_t height, std::size_t width, std::size_t kernel,
                       std::size_t stride, std::size_t padding);

/// cols [K][n*L] = the windows of n CHW rows of x (g.in_size() floats each,
/// row s at x + s * row_stride).
void im2col(const Geometry& g, const float* x, std::size_t row_stride, std::size_t n, float* cols);
/// dx rows (g.in_size() floats each, row s at dx + s * row_stride) = the sums
/// of cols [K][n*L] over the windows that read each pixel (the adjoint of
/// im2col); overwrites those floats of dx.
void col2im(const Geometry& g, const float* cols, std::size_t n, float* dx, std::size_t row_stride);
/// maps [M][n*L] = the first M*L floats of n rows (row s at rows + s * row_stride;
/// channel m of row s to maps row m, columns s*L..).
void gather_maps(const float* rows, std::size_t row_stride, std::size_t n, std::size_t channels,
                 std::size_t locations, float* maps);
/// The first M*L floats of n rows (row s at rows + s * row_stride) = maps
/// [M][n*L] + bias[m] (bias may be null).
void scatter_maps(const float* maps, std::size_t n, std::size_t channels, std::size_t locations,
                  const float* bias, float* rows, std::size_t row_stride);

}  // namespace fflab::conv
