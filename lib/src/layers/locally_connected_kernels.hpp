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
// Compiled for AVX2 + FMA when the build enables them, else as plain loops;
// on a CPU with AVX-512F forward and input grad run on 16-lane vectors
// instead, two neighbouring locations a call
// (locally_connected_kernels_avx512.hpp, wide_vectors()): lanes and tiles
// are then multiples of 16.
//
// Threads: every function here runs on the thread that calls it, touches
// only what its arguments name and calls no BLAS. The layer splits a block
// between the run's threads with fork_join (parallel_for's pool) in shares
// that write disjoint memory: forward, input grad and
// their packing by tiles (disjoint lanes; a tile's X, dX and dY^T lanes are
// its own), forward also by locations (disjoint Y^T rows), weight grad by
// locations (each owns its dW_l rows) and its packing by padded rows of X and
// rows of dY^T. A result is computed by the same operations whatever the
// split, so it does not depend on the thread count.
#include <cstddef>
#include <functional>
#include <span>
#include <vector>

namespace fflab::lc {

/// Lanes of the 8-lane kernels' vectors (and of the packing transposes).
inline constexpr std::size_t kLanes = 8;

/// Whether forward and input grad run on 16-lane AVX-512 vectors (the CPU
/// has AVX-512F and limit_to_avx2 is off) rather than on 8-lane ones; the
/// two give the same bits.
bool wide_vectors();
/// Keeps the passes on 8-lane vectors even on an AVX-512 CPU (tests and
/// benches compare the two); not to be switched while a layer runs.
void limit_to_avx2(bool limit);
/// Lanes a block is rounded up to: 16 with wide vectors, else 8.
std::size_t vector_lanes();
/// Lanes per forward / input-grad tile: 4 vectors.
inline std::size_t tile_lanes() { return 4 * vector_lanes(); }

/// Rounds n up to a whole number of vectors of `width` lanes (by default
/// vector_lanes(), the forward and input-grad kernels' vectors; the weight
/// grad's kernel takes kLanes).
inline std::size_t lanes_for(std::size_t n, std::size_t width = vector_lanes()) {
  return (n + width - 1) / width * width;
}

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
/// The half-open range [begin, end) of locations, padded rows, columns...
struct Range {
  std::size_t begin, end;
};
/// Splits `lanes` into tiles of at most `max_width` lanes (taken as a whole
/// number of vectors of vector_lanes(), 1 to 4), as even as whole vectors
/// allow: 104 lanes on 8-lane vectors -> 32 + 24 + 24 + 24.
std::vector<Tile> tiles_for(std::size_t lanes, std::size_t max_width);

/// Share `part` of `parts` of [0, count): [count*part/parts, count*(part+1)/parts).
Range share(std::size_t count, std::size_t parts, std::size_t part);
/// Splits `tiles` into `parts` runs of consecutive tiles with about as many
/// lanes each: run p is tiles [bounds[p], bounds[p+1]) (possibly empty).
std::vector<std::size_t> split_tiles(std::span<const Tile> tiles, std::size_t parts);
/// Runs work(0), ..., work(parts-1) on the run's threads (parallel_for's
/// pool, the caller one of them) and returns when all are done; an
/// exception thrown by a share is rethrown here after all have run.
void fork_join(std::size_t parts, const std::function<void(std::size_t)>& work);

/// dst[j*dst_stride + b] = src[b*src_stride + j] for j < cols, b < n; zero
/// for n <= b < lanes (lanes <= dst_stride).
void pack_lanes(const float* src, std::size_t src_stride, std::size_t n, std::size_t cols,
                float* dst, std::size_t lanes, std::size_t dst_stride);
/// The inverse for the n real lanes: dst[b*dst_stride + j] = src[j*lanes + b].
void unpack_lanes(const float* src, std::size_t lanes, std::size_t n, std::size_t cols, float* dst,
                  std::size_t dst_stride);
/// Writes the n rows of x (C*H*W features each, CHW; row b is the block's
/// lane b) into the padded block dst [padded rows] in `tiles`: every element
/// of those tiles, zero at the borders and in lanes past n. Only padded rows
/// (c*(H+2r) + i)*(W+2r) + j with c*(H+2r) + i in `lines` (all C*(H+2r) by
/// default) are written.
void pack_padded(const Geometry& g, const float* x, std::size_t n, std::span<const Tile> tiles,
                 float* dst, Range lines = {0, static_cast<std::size_t>(-1)});
/// The inverse for the interior and the n real lanes of `tiles`: rows of dx
/// = src.
void unpack_padded(const Geometry& g, const float* src, std::span<const Tile> tiles,
                   std::size_t n, float* dx);

/// y_t [M*L][lanes] = the outputs of the block x [padded rows] in `tiles`
/// (only those tiles' lanes, and only the rows m*L + l of the locations l in
/// `locations`, are written); weight [L*K, M], bias [M*L] or null.
void forward(const Geometry& g, const float* x, std::span<const Tile> tiles, std::size_t lanes,
             const float* weight, const float* bias, float* y_t, Range locations);
/// weight_grad [L*K, M] += the block's weight gradient at the locations l in
/// `locations` (rows l*K .. l*K+K-1); x [padded rows][lanes] (one tile),
/// dy_t [M*L][lanes].
void weight_grad(const Geometry& g, const float* x, const float* dy_t, std::size_t lanes,
                 float* weight_grad, Range locations);
/// dx [padded rows] in `tiles` += the block's input gradient in those tiles'
/// lanes (borders included).
void input_grad(const Geometry& g, const float* weight, const float* dy_t,
                std::span<const Tile> tiles, std::size_t lanes, float* dx);

}  // namespace fflab::lc
