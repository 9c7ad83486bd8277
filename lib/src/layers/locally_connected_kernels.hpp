#pragma once
// The LocallyConnected2D kernels, on a block of n batch rows stored
// "lane-packed": transposed so the batch is innermost, [rows][lanes] with
// lanes = n rounded up to kLanes (8, one AVX2 vector) and lanes n .. lanes-1
// zero. Per location l the layer is a small product with l's own [K, M]
// weights W_l; the kernels stream the batch lanes past them:
//   forward      Y^T[m*L + l, :]  = bias + sum_q W_l[q, m] X[row_l(q), :]
//   weight grad  dW_l[q, m]      += sum_b X[row_l(q), b] dY^T[m*L + l, b]
//   input grad   dX[row_l(q), :] += sum_m W_l[q, m] dY^T[m*L + l, :]
// X and dX are the zero-padded input, C*(H+2r)*(W+2r) rows; row_l(q) is the
// padded pixel of input q = (c*k + i)*k + j of location l = (h, w):
// (c*(H+2r) + h + i)*(W+2r) + w + j. Forward and input grad work on tiles of
// up to 32 lanes (X, dX stored tile by tile, see Tile): for each location a
// tile's 3 x 4 vectors of outputs (or of dY) stay in registers while the K
// field rows stream by, each row one broadcast weight per unit. The weight
// grad keeps 4 inputs x 3 units of lane-wise partial sums in registers over
// all the block's lanes, then reduces them. Each lane of forward and input
// grad sees the same operations whatever its place in the batch, so a row's
// output does not depend on the other rows; every result is deterministic.
// Compiled for AVX2 + FMA when the build enables them, else as plain loops.
#include <cstddef>
#include <vector>

namespace fflab::lc {

inline constexpr std::size_t kLanes = 8;

/// Rounds n up to a whole number of lanes.
inline std::size_t lanes_for(std::size_t n) { return (n + kLanes - 1) / kLanes * kLanes; }

/// Shape of one layer: C x H x W input, k x k fields, M units per location.
struct Geometry {
  Geometry(std::size_t channels, std::size_t height, std::size_t width, std::size_t kernel,
           std::size_t units);
  std::size_t channels, height, width, kernel, units;
  std::size_t radius, padded_h, padded_w;  // (k-1)/2, H + 2r, W + 2r
  std::size_t locations, fan_in;           // L = H*W, K = C*k*k
  std::size_t padded_rows() const { return channels * padded_h * padded_w; }
  /// Padded row of input q of location 0, (c*(H+2r) + i)*(W+2r) + j; location
  /// (h, w) adds h*(W+2r) + w.
  std::vector<std::size_t> field_rows;
};

/// A tile of a block: lanes [start, start + width) of every row, stored
/// contiguously at offset rows*start as [rows][width]. One tile of width
/// `lanes` is the plain [rows][lanes] layout.
struct Tile {
  std::size_t start, width;
};
/// Splits `lanes` into tiles of at most `max_width` lanes (taken as a whole
/// number of vectors, 1 to 4), as even as whole vectors allow: 104 lanes ->
/// 32 + 24 + 24 + 24.
std::vector<Tile> tiles_for(std::size_t lanes, std::size_t max_width);

/// dst[j*lanes + b] = src[b*src_stride + j] for j < cols, b < n; zero for
/// n <= b < lanes.
void pack_lanes(const float* src, std::size_t src_stride, std::size_t n, std::size_t cols,
                float* dst, std::size_t lanes);
/// The inverse for the n real lanes: dst[b*dst_stride + j] = src[j*lanes + b].
void unpack_lanes(const float* src, std::size_t lanes, std::size_t n, std::size_t cols, float* dst,
                  std::size_t dst_stride);
/// Writes the n rows of x (C*H*W features each, CHW) into the padded block
/// dst [padded rows] in `tiles`: every element, zero at the borders and in
/// lanes past n.
void pack_padded(const Geometry& g, const float* x, std::size_t n, const std::vector<Tile>& tiles,
                 float* dst);
/// The inverse for the interior and the n real lanes: rows of dx = src.
void unpack_padded(const Geometry& g, const float* src, const std::vector<Tile>& tiles,
                   std::size_t n, float* dx);

/// y_t [M*L][lanes] = the outputs of the block x [padded rows] in `tiles`;
/// weight [L*K, M], bias [M*L] or null.
void forward(const Geometry& g, const float* x, const std::vector<Tile>& tiles, std::size_t lanes,
             const float* weight, const float* bias, float* y_t);
/// weight_grad [L*K, M] += the block's weight gradient; x [padded rows][lanes]
/// (one tile), dy_t [M*L][lanes].
void weight_grad(const Geometry& g, const float* x, const float* dy_t, std::size_t lanes,
                 float* weight_grad);
/// dx [padded rows] in `tiles` += the block's input gradient (borders included).
void input_grad(const Geometry& g, const float* weight, const float* dy_t,
                const std::vector<Tile>& tiles, std::size_t lanes, float* dx);

}  // namespace fflab::lc
