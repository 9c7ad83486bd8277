#include "locally_connected_kernels.hpp"

#include <algorithm>
#include <atomic>
#include <exception>

#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#endif

#include "fflab/core/parallel_for.hpp"
#include "locally_connected_kernels_avx512.hpp"

namespace fflab::lc {

namespace {

// ---- 8-lane vectors: AVX2 + FMA, or plain loops -------------------------

#if defined(__AVX2__) && defined(__FMA__)

using Vec = __m256;
inline Vec zero() { return _mm256_setzero_ps(); }
inline Vec load(const float* p) { return _mm256_loadu_ps(p); }
inline void store(float* p, Vec v) { _mm256_storeu_ps(p, v); }
inline Vec broadcast(const float* p) { return _mm256_broadcast_ss(p); }
inline Vec fmadd(Vec a, Vec b, Vec c) { return _mm256_fmadd_ps(a, b, c); }

/// out[0..8) = the lane sums of a[0..8).
inline void sums8(const Vec* a, float* out) {
  const Vec t0 = _mm256_hadd_ps(a[0], a[1]), t1 = _mm256_hadd_ps(a[2], a[3]);
  const Vec t2 = _mm256_hadd_ps(a[4], a[5]), t3 = _mm256_hadd_ps(a[6], a[7]);
  const Vec u0 = _mm256_hadd_ps(t0, t1), u1 = _mm256_hadd_ps(t2, t3);
  store(out, _mm256_add_ps(_mm256_permute2f128_ps(u0, u1, 0x20),
                           _mm256_permute2f128_ps(u0, u1, 0x31)));
}
/// out[0..4) = the lane sums of a[0..4).
inline void sums4(const Vec* a, float* out) {
  const Vec u = _mm256_hadd_ps(_mm256_hadd_ps(a[0], a[1]), _mm256_hadd_ps(a[2], a[3]));
  _mm_storeu_ps(out, _mm_add_ps(_mm256_castps256_ps128(u), _mm256_extractf128_ps(u, 1)));
}
/// dst[j*dst_stride + i] = src[i*src_stride + j] for i, j < 8.
inline void transpose8(const float* src, std::size_t src_stride, float* dst,
                       std::size_t dst_stride) {
  Vec r[8], t[8];
  for (int i = 0; i < 8; ++i) r[i] = load(src + i * src_stride);
  for (int i = 0; i < 8; i += 2) {
    t[i] = _mm256_unpacklo_ps(r[i], r[i + 1]);
    t[i + 1] = _mm256_unpackhi_ps(r[i], r[i + 1]);
  }
  for (int i = 0; i < 8; i += 4) {
    r[i] = _mm256_shuffle_ps(t[i], t[i + 2], 0x44);
    r[i + 1] = _mm256_shuffle_ps(t[i], t[i + 2], 0xEE);
    r[i + 2] = _mm256_shuffle_ps(t[i + 1], t[i + 3], 0x44);
    r[i + 3] = _mm256_shuffle_ps(t[i + 1], t[i + 3], 0xEE);
  }
  for (int i = 0; i < 4; ++i) {
    store(dst + i * dst_stride, _mm256_permute2f128_ps(r[i], r[i + 4], 0x20));
    store(dst + (i + 4) * dst_stride, _mm256_permute2f128_ps(r[i], r[i + 4], 0x31));
  }
}

inline float sum1(Vec a) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}

#else

struct Vec {
  float v[kLanes];
};
inline Vec zero() { return Vec{}; }
inline Vec load(const float* p) {
  Vec r;
  for (std::size_t i = 0; i < kLanes; ++i) r.v[i] = p[i];
  return r;
}
inline void store(float* p, const Vec& a) {
  for (std::size_t i = 0; i < kLanes; ++i) p[i] = a.v[i];
}
inline Vec broadcast(const float* p) {
  Vec r;
  for (std::size_t i = 0; i < kLanes; ++i) r.v[i] = *p;
  return r;
}
inline Vec fmadd(const Vec& a, const Vec& b, const Vec& c) {
  Vec r;
  for (std::size_t i = 0; i < kLanes; ++i) r.v[i] = a.v[i] * b.v[i] + c.v[i];
  return r;
}
inline void transpose8(const float* src, std::size_t src_stride, float* dst,
                       std::size_t dst_stride) {
  for (std::size_t i = 0; i < 8; ++i)
    for (std::size_t j = 0; j < 8; ++j) dst[j * dst_stride + i] = src[i * src_stride + j];
}
inline float sum1(const Vec& a) {
  float s = 0.0f;
  for (std::size_t i = 0; i < kLanes; ++i) s += a.v[i];
  return s;
}
inline void sums8(const Vec* a, float* out) {
  for (int i = 0; i < 8; ++i) out[i] = sum1(a[i]);
}
inline void sums4(const Vec* a, float* out) {
  for (int i = 0; i < 4; ++i) out[i] = sum1(a[i]);
}

#endif

/// out[0..N) = the lane sums of a[0..N).
template <int N>
inline void sums(const Vec* a, float* out) {
  int i = 0;
  for (; i + 8 <= N; i += 8) sums8(a + i, out + i);
  for (; i + 4 <= N; i += 4) sums4(a + i, out + i);
  for (; i < N; ++i) out[i] = sum1(a[i]);
}

// ---- tiles: G units (of M) x NV vectors of lanes -------------------------

// Unrolls the loops over a tile's registers early: without it g++ 12 keeps
// some accumulator arrays in memory as well and stores them every iteration.
#define UNROLLED _Pragma("GCC unroll 16")

constexpr std::size_t kMaxGroup = 3;    // units per tile: 3 x 4 accumulators, 12 of 16 registers
constexpr std::size_t kMaxVectors = 4;  // lane vectors per tile (32 batch rows)
constexpr std::size_t kGradRows = 4;    // inputs q per weight-grad tile

/// y[g*y_stride + 8v] = bias[g*bias_stride] + sum_q w[q*M + g] x[rows[q] + 8v],
/// summed in that order.
template <int G, int NV>
[[gnu::noinline]] void forward_tile(const float* x, const std::size_t* rows, std::size_t K,
                                   const float* w, std::size_t M, const float* bias,
                                   std::size_t bias_stride, float* y, std::size_t y_stride) {
  // G*NV accumulators (12) + G broadcasts + 1 input vector fit the 16 registers.
  Vec acc[G * NV];
  UNROLLED for (int g = 0; g < G; ++g) {
    const Vec b = broadcast(bias + g * bias_stride);
    UNROLLED for (int v = 0; v < NV; ++v) acc[g * NV + v] = b;
  }
  for (std::size_t q = 0; q < K; ++q) {
    const float* xq = x + rows[q];
    Vec wq[G];
    UNROLLED for (int g = 0; g < G; ++g) wq[g] = broadcast(w + q * M + g);
    UNROLLED for (int v = 0; v < NV; ++v) {
      const Vec xv = load(xq + 8 * v);
      UNROLLED for (int g = 0; g < G; ++g) acc[g * NV + v] = fmadd(wq[g], xv, acc[g * NV + v]);
    }
  }
  UNROLLED for (int g = 0; g < G; ++g)
    UNROLLED for (int v = 0; v < NV; ++v) store(y + g * y_stride + 8 * v, acc[g * NV + v]);
}

/// dx[rows[q] + 8v] += sum_g w[q*M + g] dy[g*dy_stride + 8v] for every q.
template <int G, int NV>
[[gnu::noinline]] void input_grad_tile(float* dx, const std::size_t* rows, std::size_t K,
                                      const float* w, std::size_t M, const float* dy,
                                      std::size_t dy_stride) {
  // G*NV dY vectors (12) + G broadcasts + 1 running sum fit the 16 registers.
  Vec d[G][NV];
  UNROLLED for (int g = 0; g < G; ++g)
    UNROLLED for (int v = 0; v < NV; ++v) d[g][v] = load(dy + g * dy_stride + 8 * v);
  for (std::size_t q = 0; q < K; ++q) {
    float* dq = dx + rows[q];
    Vec wq[G];
    UNROLLED for (int g = 0; g < G; ++g) wq[g] = broadcast(w + q * M + g);
    UNROLLED for (int v = 0; v < NV; ++v) {
      Vec t = load(dq + 8 * v);
      UNROLLED for (int g = 0; g < G; ++g) t = fmadd(wq[g], d[g][v], t);
      store(dq + 8 * v, t);
    }
  }
}

/// dw[qq*M + g] += sum over all lanes of x[rows[qq] + s] dy[g*dy_stride + s],
/// for Q inputs qq and G units.
template <int G, int Q>
[[gnu::noinline]] void weight_grad_tile(const float* x, const std::size_t* rows,
                                       const float* dy, std::size_t dy_stride, std::size_t lanes,
                                       float* dw, std::size_t M) {
  // Q*G accumulators (12) of lane-wise partial sums, reduced once at the end.
  Vec acc[Q * G];
  UNROLLED for (int i = 0; i < Q * G; ++i) acc[i] = zero();
  const float* xq[Q];
  UNROLLED for (int qq = 0; qq < Q; ++qq) xq[qq] = x + rows[qq];
  for (std::size_t s = 0; s < lanes; s += kLanes) {
    Vec d[G];
    UNROLLED for (int g = 0; g < G; ++g) d[g] = load(dy + g * dy_stride + s);
    UNROLLED for (int qq = 0; qq < Q; ++qq) {
      const Vec xv = load(xq[qq] + s);
      UNROLLED for (int g = 0; g < G; ++g) acc[qq * G + g] = fmadd(xv, d[g], acc[qq * G + g]);
    }
  }
  float total[Q * G];
  sums<Q * G>(acc, total);
  UNROLLED for (int qq = 0; qq < Q; ++qq)
    UNROLLED for (int g = 0; g < G; ++g) dw[qq * M + g] += total[qq * G + g];
}

#undef UNROLLED

// ---- dispatch on the tile's unit count G and its vector (or input) count --

template <template <int, int> class Op, int G, typename... Args>
void by_count(int n, Args&&... args) {
  switch (n) {
    case 1: Op<G, 1>::run(args...); break;
    case 2: Op<G, 2>::run(args...); break;
    case 3: Op<G, 3>::run(args...); break;
    default: Op<G, 4>::run(args...); break;
  }
}
template <template <int, int> class Op, typename... Args>
void by_group(int g, int n, Args&&... args) {
  switch (g) {
    case 1: by_count<Op, 1>(n, args...); break;
    case 2: by_count<Op, 2>(n, args...); break;
    default: by_count<Op, 3>(n, args...); break;
  }
}
template <int G, int NV>
struct Forward {
  template <typename... Args>
  static void run(Args... a) { forward_tile<G, NV>(a...); }
};
template <int G, int NV>
struct InputGrad {
  template <typename... Args>
  static void run(Args... a) { input_grad_tile<G, NV>(a...); }
};
template <int G, int Q>
struct WeightGrad {
  template <typename... Args>
  static void run(Args... a) { weight_grad_tile<G, Q>(a...); }
};

/// rows[q] = field_rows[q] * stride: input q's offset from its location's
/// first padded pixel in a [padded rows][stride] layout.
void scaled_rows(const Geometry& g, std::size_t stride, std::vector<std::size_t>& rows) {
  rows.resize(g.fan_in);
  for (std::size_t q = 0; q < g.fan_in; ++q) rows[q] = g.field_rows[q] * stride;
}

}  // namespace

namespace {
std::atomic<bool> limited_to_avx2{false};
}  // namespace

bool wide_vectors() { return avx512::available() && !limited_to_avx2.load(std::memory_order_relaxed); }
void limit_to_avx2(bool limit) { limited_to_avx2.store(limit, std::memory_order_relaxed); }
std::size_t vector_lanes() { return wide_vectors() ? 2 * kLanes : kLanes; }

Geometry::Geometry(std::size_t c, std::size_t h, std::size_t w, std::size_t k, std::size_t m)
    : channels(c),
      height(h),
      width(w),
      kernel(k),
      units(m),
      radius(k / 2),
      padded_h(h + 2 * (k / 2)),
      padded_w(w + 2 * (k / 2)),
      locations(h * w),
      fan_in(c * k * k) {
  field_rows.reserve(fan_in);
  for (std::size_t ci = 0; ci < c; ++ci)
    for (std::size_t i = 0; i < k; ++i)
      for (std::size_t j = 0; j < k; ++j) field_rows.push_back((ci * padded_h + i) * padded_w + j);
}

void pack_lanes(const float* src, std::size_t src_stride, std::size_t n, std::size_t cols,
                float* dst, std::size_t lanes, std::size_t dst_stride) {
  const std::size_t full_rows = n / 8 * 8, full_cols = cols / 8 * 8;
  for (std::size_t b = 0; b < full_rows; b += 8) {
    for (std::size_t j = 0; j < full_cols; j += 8)
      transpose8(src + b * src_stride + j, src_stride, dst + j * dst_stride + b, dst_stride);
    for (std::size_t j = full_cols; j < cols; ++j)
      for (std::size_t i = 0; i < 8; ++i)
        dst[j * dst_stride + b + i] = src[(b + i) * src_stride + j];
  }
  for (std::size_t j = 0; j < cols; ++j)
    for (std::size_t b = full_rows; b < lanes; ++b)
      dst[j * dst_stride + b] = b < n ? src[b * src_stride + j] : 0.0f;
}

void unpack_lanes(const float* src, std::size_t lanes, std::size_t n, std::size_t cols, float* dst,
                  std::size_t dst_stride) {
  const std::size_t full_rows = n / 8 * 8, full_cols = cols / 8 * 8;
  for (std::size_t b = 0; b < full_rows; b += 8) {
    for (std::size_t j = 0; j < full_cols; j += 8)
      transpose8(src + j * lanes + b, lanes, dst + b * dst_stride + j, dst_stride);
    for (std::size_t j = full_cols; j < cols; ++j)
      for (std::size_t i = 0; i < 8; ++i) dst[(b + i) * dst_stride + j] = src[j * lanes + b + i];
  }
  for (std::size_t b = full_rows; b < n; ++b)
    for (std::size_t j = 0; j < cols; ++j) dst[b * dst_stride + j] = src[j * lanes + b];
}

void pack_padded(const Geometry& g, const float* x, std::size_t n, std::span<const Tile> tiles,
                 float* dst, Range lines) {
  const std::size_t in = g.channels * g.height * g.width, r = g.radius, pw = g.padded_w;
  const std::size_t line_end = std::min(lines.end, g.channels * g.padded_h);
  for (const Tile& t : tiles) {
    const std::size_t tw = t.width, rows = t.start < n ? std::min(tw, n - t.start) : 0;
    for (std::size_t line = lines.begin; line < line_end; ++line) {
      // Padded row line*(W+2r) .. of the tile, written front to back.
      float* out = dst + g.padded_rows() * t.start + line * pw * tw;
      const std::size_t c = line / g.padded_h, i = line % g.padded_h;
      if (i < r || i >= r + g.height) {
        std::fill_n(out, pw * tw, 0.0f);
        continue;
      }
      out = std::fill_n(out, r * tw, 0.0f);
      pack_lanes(x + t.start * in + (c * g.height + i - r) * g.width, in, rows, g.width, out, tw,
                 tw);
      std::fill_n(out + g.width * tw, r * tw, 0.0f);
    }
  }
}

void unpack_padded(const Geometry& g, const float* src, std::span<const Tile> tiles,
                   std::size_t n, float* dx) {
  const std::size_t in = g.channels * g.height * g.width, r = g.radius;
  for (const Tile& t : tiles) {
    if (t.start >= n) break;
    const std::size_t rows = std::min(t.width, n - t.start);
    for (std::size_t c = 0; c < g.channels; ++c)
      for (std::size_t h = 0; h < g.height; ++h) {
        const std::size_t row = (c * g.padded_h + h + r) * g.padded_w + r;
        unpack_lanes(src + g.padded_rows() * t.start + row * t.width, t.width, rows, g.width,
                     dx + t.start * in + (c * g.height + h) * g.width, in);
      }
  }
}

std::vector<Tile> tiles_for(std::size_t lanes, std::size_t max_width) {
  const std::size_t width = vector_lanes(), vectors = lanes / width;
  const std::size_t most = std::clamp<std::size_t>(max_width / width, 1, kMaxVectors);
  const std::size_t count = (vectors + most - 1) / most;
  std::vector<Tile> tiles;
  std::size_t start = 0;
  for (std::size_t t = 0; t < count; ++t) {
    const std::size_t v = vectors / count + (t < vectors % count ? 1 : 0);
    tiles.push_back({start, v * width});
    start += v * width;
  }
  return tiles;
}

Range share(std::size_t count, std::size_t parts, std::size_t part) {
  return {count * part / parts, count * (part + 1) / parts};
}

std::vector<std::size_t> split_tiles(std::span<const Tile> tiles, std::size_t parts) {
  std::size_t lanes = 0;
  for (const Tile& t : tiles) lanes += t.width;
  std::vector<std::size_t> bounds(parts + 1, tiles.size());
  bounds[0] = 0;
  // Run p ends at the tile boundary nearest to lanes*(p+1)/parts.
  std::size_t i = 0, done = 0;  // tiles and lanes before boundary i
  for (std::size_t p = 0; p + 1 < parts; ++p) {
    const std::size_t target = lanes * (p + 1) / parts;
    auto distance = [&](std::size_t at) { return at > target ? at - target : target - at; };
    while (i < tiles.size() && distance(done + tiles[i].width) <= distance(done))
      done += tiles[i++].width;
    bounds[p + 1] = i;
  }
  return bounds;
}

void fork_join(std::size_t parts, const std::function<void(std::size_t)>& work) {
  std::vector<std::exception_ptr> errors(parts);
  parallel_for(parts, 1, [&](std::size_t begin, std::size_t end) {
    for (std::size_t part = begin; part < end; ++part) {
      try {
        work(part);
      } catch (...) {
        errors[part] = std::current_exception();
      }
    }
  });
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

void forward(const Geometry& g, const float* x, std::span<const Tile> tiles, std::size_t lanes,
             const float* weight, const float* bias, float* y_t, Range locations) {
  const std::size_t M = g.units, K = g.fan_in, L = g.locations, R = g.padded_rows();
  std::vector<float> no_bias;
  if (!bias) {
    no_bias.assign(M * L, 0.0f);
    bias = no_bias.data();
  }
  if (wide_vectors() && lanes % (2 * kLanes) == 0)
    return avx512::forward(g, x, tiles, lanes, weight, bias, y_t, locations);
  std::vector<std::size_t> rows;
  // Tile by tile: a tile's padded input (R x 32 floats) stays in L2 while
  // every location reads its field from it, neighbours sharing most rows.
  for (const Tile& t : tiles) {
    scaled_rows(g, t.width, rows);
    const int nv = static_cast<int>(t.width / kLanes);
    for (std::size_t l = locations.begin; l < std::min(locations.end, L); ++l) {
      const std::size_t h = l / g.width, w = l % g.width;
      const float* xl = x + R * t.start + (h * g.padded_w + w) * t.width;
      const float* wl = weight + l * K * M;
      for (std::size_t m0 = 0; m0 < M; m0 += kMaxGroup) {
        const int G = static_cast<int>(std::min<std::size_t>(kMaxGroup, M - m0));
        by_group<Forward>(G, nv, xl, rows.data(), K, wl + m0, M, bias + m0 * L + l, L,
                          y_t + (m0 * L + l) * lanes + t.start, L * lanes);
      }
    }
  }
}

void weight_grad(const Geometry& g, const float* x, const float* dy_t, std::size_t lanes,
                 float* weight_grad, Range locations) {
  const std::size_t M = g.units, K = g.fan_in, L = g.locations;
  std::vector<std::size_t> rows;
  scaled_rows(g, lanes, rows);
  for (std::size_t l = locations.begin; l < std::min(locations.end, L); ++l) {
    const std::size_t h = l / g.width, w = l % g.width;
    const float* xl = x + (h * g.padded_w + w) * lanes;
    float* dwl = weight_grad + l * K * M;
    for (std::size_t m0 = 0; m0 < M; m0 += kMaxGroup) {
      const int G = static_cast<int>(std::min<std::size_t>(kMaxGroup, M - m0));
      const float* dy = dy_t + (m0 * L + l) * lanes;
      std::size_t q = 0;
      for (; q + kGradRows <= K; q += kGradRows)
        by_group<WeightGrad>(G, static_cast<int>(kGradRows), xl, rows.data() + q, dy, L * lanes,
                             lanes, dwl + q * M + m0, M);
      for (; q < K; ++q)
        by_group<WeightGrad>(G, 1, xl, rows.data() + q, dy, L * lanes, lanes, dwl + q * M + m0, M);
    }
  }
}

void input_grad(const Geometry& g, const float* weight, const float* dy_t,
                std::span<const Tile> tiles, std::size_t lanes, float* dx) {
  if (wide_vectors() && lanes % (2 * kLanes) == 0)
    return avx512::input_grad(g, weight, dy_t, tiles, lanes, dx);
  const std::size_t M = g.units, K = g.fan_in, L = g.locations, R = g.padded_rows();
  std::vector<std::size_t> rows;
  for (const Tile& t : tiles) {
    scaled_rows(g, t.width, rows);
    const int nv = static_cast<int>(t.width / kLanes);
    for (std::size_t h = 0; h < g.height; ++h)
      for (std::size_t w = 0; w < g.width; ++w) {
        const std::size_t l = h * g.width + w;
        float* dxl = dx + R * t.start + (h * g.padded_w + w) * t.width;
        const float* wl = weight + l * K * M;
        for (std::size_t m0 = 0; m0 < M; m0 += kMaxGroup) {
          const int G = static_cast<int>(std::min<std::size_t>(kMaxGroup, M - m0));
          by_group<InputGrad>(G, nv, dxl, rows.data(), K, wl + m0, M,
                              dy_t + (m0 * L + l) * lanes + t.start, L * lanes);
        }
      }
  }
}

}  // namespace fflab::lc
