#include "locally_connected_kernels_avx512.hpp"

#include <algorithm>
#include <cstdlib>

#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#define FFLAB_LC_AVX512 1
#endif

namespace fflab::lc::avx512 {

#ifdef FFLAB_LC_AVX512

// Only the functions below carry the target: nothing from a header is
// compiled for AVX-512, so no shared inline code can reach an AVX2-only CPU.
#define AVX512 [[gnu::target("avx512f")]]
#define UNROLLED _Pragma("GCC unroll 32")

bool available() {
  static const bool has = __builtin_cpu_supports("avx512f");
  return has;
}

namespace {

constexpr std::size_t kWidth = 16;     // lanes per vector
constexpr std::size_t kMaxGroup = 3;   // units per call

/// Where a location's field lies in a [padded rows][stride] block: input q =
/// (c*k + i)*k + j is at ((c*(H+2r) + i)*(W+2r) + j)*stride from the
/// location's first padded pixel.
struct Field {
  std::size_t channels, kernel, padded_h, padded_w, stride;
  std::size_t line(std::size_t c, std::size_t i) const { return (c * padded_h + i) * padded_w * stride; }
};

/// Y^T of P neighbouring locations (location p's weights at w + p*K*M, its
/// bias at bias + p, its outputs at y + p*lanes), G units, NV vectors.
template <int P, int G, int NV>
AVX512 [[gnu::noinline]] void forward_kernel(const Field& f, const float* x, const float* w,
                                             std::size_t K, std::size_t M, const float* bias,
                                             std::size_t bias_stride, float* y, std::size_t y_stride,
                                             std::size_t lanes) {
  // P*G*NV accumulators (up to 24) + NV input vectors + a broadcast.
  __m512 acc[P * G * NV];
  UNROLLED for (int p = 0; p < P; ++p) UNROLLED for (int g = 0; g < G; ++g) {
    const __m512 b = _mm512_set1_ps(bias[g * bias_stride + p]);
    UNROLLED for (int v = 0; v < NV; ++v) acc[(p * G + g) * NV + v] = b;
  }
  const std::size_t k = f.kernel;
  for (std::size_t c = 0; c < f.channels; ++c)
    for (std::size_t i = 0; i < k; ++i) {
      const float* line = x + f.line(c, i);
      const float* wline = w + (c * k + i) * k * M;
      for (std::size_t j = 0; j < k + P - 1; ++j) {
        __m512 xv[NV];
        UNROLLED for (int v = 0; v < NV; ++v) xv[v] = _mm512_loadu_ps(line + j * f.stride + kWidth * v);
        UNROLLED for (int p = 0; p < P; ++p) {
          if (j < static_cast<std::size_t>(p) || j - p >= k) continue;
          const float* wq = wline + p * K * M + (j - p) * M;
          UNROLLED for (int g = 0; g < G; ++g) {
            const __m512 wv = _mm512_set1_ps(wq[g]);
            UNROLLED for (int v = 0; v < NV; ++v)
              acc[(p * G + g) * NV + v] = _mm512_fmadd_ps(wv, xv[v], acc[(p * G + g) * NV + v]);
          }
        }
      }
    }
  UNROLLED for (int p = 0; p < P; ++p) UNROLLED for (int g = 0; g < G; ++g)
    UNROLLED for (int v = 0; v < NV; ++v)
      _mm512_storeu_ps(y + g * y_stride + p * lanes + kWidth * v, acc[(p * G + g) * NV + v]);
}

/// dX of P neighbouring locations' fields += their weights times dY^T
/// (location p's dY^T at dy + p*lanes), location by location, unit by unit.
template <int P, int G, int NV>
AVX512 [[gnu::noinline]] void input_grad_kernel(const Field& f, float* dx, const float* w, std::size_t K,
                                                std::size_t M, const float* dy, std::size_t dy_stride,
                                                std::size_t lanes) {
  // P*G*NV dY vectors (up to 24) + NV running sums + a broadcast.
  __m512 d[P * G * NV];
  UNROLLED for (int p = 0; p < P; ++p) UNROLLED for (int g = 0; g < G; ++g)
    UNROLLED for (int v = 0; v < NV; ++v)
      d[(p * G + g) * NV + v] = _mm512_loadu_ps(dy + g * dy_stride + p * lanes + kWidth * v);
  const std::size_t k = f.kernel;
  for (std::size_t c = 0; c < f.channels; ++c)
    for (std::size_t i = 0; i < k; ++i) {
      float* line = dx + f.line(c, i);
      const float* wline = w + (c * k + i) * k * M;
      for (std::size_t j = 0; j < k + P - 1; ++j) {
        float* dj = line + j * f.stride;
        __m512 t[NV];
        UNROLLED for (int v = 0; v < NV; ++v) t[v] = _mm512_loadu_ps(dj + kWidth * v);
        UNROLLED for (int p = 0; p < P; ++p) {
          if (j < static_cast<std::size_t>(p) || j - p >= k) continue;
          const float* wq = wline + p * K * M + (j - p) * M;
          UNROLLED for (int g = 0; g < G; ++g) {
            const __m512 wv = _mm512_set1_ps(wq[g]);
            UNROLLED for (int v = 0; v < NV; ++v) t[v] = _mm512_fmadd_ps(wv, d[(p * G + g) * NV + v], t[v]);
          }
        }
        UNROLLED for (int v = 0; v < NV; ++v) _mm512_storeu_ps(dj + kWidth * v, t[v]);
      }
    }
}

#undef UNROLLED

// ---- dispatch on the location count P, unit count G and vector count NV

template <template <int, int, int> class Op, int P, int G, typename... Args>
void by_count(std::size_t n, Args&&... args) {
  switch (n) {
    case 1: Op<P, G, 1>::run(args...); break;
    case 2: Op<P, G, 2>::run(args...); break;
    case 3: Op<P, G, 3>::run(args...); break;
    default: Op<P, G, 4>::run(args...); break;
  }
}
template <template <int, int, int> class Op, int P, typename... Args>
void by_group(std::size_t g, std::size_t n, Args&&... args) {
  switch (g) {
    case 1: by_count<Op, P, 1>(n, args...); break;
    case 2: by_count<Op, P, 2>(n, args...); break;
    default: by_count<Op, P, 3>(n, args...); break;
  }
}
template <template <int, int, int> class Op, typename... Args>
void dispatch(std::size_t p, std::size_t g, std::size_t n, Args&&... args) {
  if (p == 2)
    by_group<Op, 2>(g, n, args...);
  else
    by_group<Op, 1>(g, n, args...);
}
template <int P, int G, int NV>
struct Forward {
  template <typename... Args>
  static void run(Args... a) { forward_kernel<P, G, NV>(a...); }
};
template <int P, int G, int NV>
struct InputGrad {
  template <typename... Args>
  static void run(Args... a) { input_grad_kernel<P, G, NV>(a...); }
};
/// Locations a call takes at l: two neighbours on one row of the map, both
/// before `end`, when the units fit one call (so that dX sums stay in
/// location order); else one.
std::size_t locations_at(const Geometry& g, std::size_t l, std::size_t end) {
  const bool pair = g.units <= kMaxGroup && l % g.width + 1 < g.width && l + 1 < end;
  return pair ? 2 : 1;
}

Field field_of(const Geometry& g, std::size_t stride) {
  return {g.channels, g.kernel, g.padded_h, g.padded_w, stride};
}

/// Calls call(P, G, nv, f, block, l, m0) for every kernel call of `tiles`
/// over the locations [begin, end): P locations from l (locations_at), units
/// m0 .. m0+G-1, the tile's nv vectors (tiles_for gives at most 4),
/// f its field layout, block the offset of location l's first padded pixel
/// in the tile's [padded rows][width] block.
template <class Call>
void for_each_call(const Geometry& g, std::span<const Tile> tiles, std::size_t begin, std::size_t end,
                   const Call& call) {
  const std::size_t M = g.units, R = g.padded_rows();
  for (const Tile& t : tiles) {
    const Field f = field_of(g, t.width);
    const std::size_t nv = t.width / kWidth;
    for (std::size_t l = begin, P = 1; l < end; l += P) {
      P = locations_at(g, l, end);
      const std::size_t block = R * t.start + (l / g.width * g.padded_w + l % g.width) * t.width;
      for (std::size_t m0 = 0; m0 < M; m0 += kMaxGroup)
        call(P, std::min(kMaxGroup, M - m0), nv, f, block, l, m0, t);
    }
  }
}

}  // namespace

void forward(const Geometry& g, const float* x, std::span<const Tile> tiles, std::size_t lanes,
             const float* weight, const float* bias, float* y_t, Range locations) {
  const std::size_t M = g.units, K = g.fan_in, L = g.locations;
  for_each_call(g, tiles, locations.begin, std::min(locations.end, L),
                [&](std::size_t P, std::size_t G, std::size_t nv, const Field& f, std::size_t block, std::size_t l,
                    std::size_t m0, const Tile& t) {
                  dispatch<Forward>(P, G, nv, f, x + block, weight + l * K * M + m0, K, M, bias + m0 * L + l, L,
                                    y_t + (m0 * L + l) * lanes + t.start, L * lanes, lanes);
                });
}

void input_grad(const Geometry& g, const float* weight, const float* dy_t,
                std::span<const Tile> tiles, std::size_t lanes, float* dx) {
  const std::size_t M = g.units, K = g.fan_in, L = g.locations;
  for_each_call(g, tiles, 0, L,
                [&](std::size_t P, std::size_t G, std::size_t nv, const Field& f, std::size_t block, std::size_t l,
                    std::size_t m0, const Tile& t) {
                  dispatch<InputGrad>(P, G, nv, f, dx + block, weight + l * K * M + m0, K, M,
                                      dy_t + (m0 * L + l) * lanes + t.start, L * lanes, lanes);
                });
}

#undef AVX512

#else  // no AVX2 build: the 8-lane kernels' portable loops serve every CPU

bool available() { return false; }
void forward(const Geometry&, const float*, std::span<const Tile>, std::size_t, const float*, const float*,
             float*, Range) {
  std::abort();
}
void input_grad(const Geometry&, const float*, const float*, std::span<const Tile>, std::size_t, float*) {
  std::abort();
}

#endif

}  // namespace fflab::lc::avx512
