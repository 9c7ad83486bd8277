#include "locally_connected_kernels_avx512.hpp"

#include <cstdlib>

#if defined(__AVX2__) && defined(__FMA__)
// g++ 12 reports its own AVX-512 intrinsics' _mm256_undefined_pd as used
// uninitialised where _mm512_extractf64x4_pd is inlined: a false report.
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
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

/// The mask of a tile's last vector: all 16 lanes, or its low 8 when the
/// tile has an odd number of 8-lane vectors.
inline __mmask16 last_mask(std::size_t v8) { return v8 % 2 ? 0x00FF : 0xFFFF; }

/// Keeps v in a register: without it g++ 12 folds the load into each of the
/// G multiply-adds that use it, G loads where one does (the load ports, not
/// the FMA units, then bound the loop).
AVX512 inline void in_register(__m512& v) { asm("" : "+v"(v)); }

template <int NV>
AVX512 inline __m512 load_lanes(const float* p, int v, __mmask16 last) {
  return v + 1 < NV || last == 0xFFFF ? _mm512_loadu_ps(p + 16 * v) : _mm512_maskz_loadu_ps(last, p + 16 * v);
}
template <int NV>
AVX512 inline void store_lanes(float* p, int v, __mmask16 last, __m512 a) {
  if (v + 1 < NV || last == 0xFFFF)
    _mm512_storeu_ps(p + 16 * v, a);
  else
    _mm512_mask_storeu_ps(p + 16 * v, last, a);
}

template <int G, int NV>
AVX512 [[gnu::noinline]] void forward_kernel(const float* x, const std::size_t* rows, std::size_t K,
                                             const float* w, std::size_t M, const float* bias,
                                             std::size_t bias_stride, float* y, std::size_t y_stride,
                                             __mmask16 last) {
  // G*NV accumulators (12) + G broadcasts + 1 input vector.
  __m512 acc[G * NV];
  UNROLLED for (int g = 0; g < G; ++g) {
    const __m512 b = _mm512_set1_ps(bias[g * bias_stride]);
    UNROLLED for (int v = 0; v < NV; ++v) acc[g * NV + v] = b;
  }
  for (std::size_t q = 0; q < K; ++q) {
    const float* xq = x + rows[q];
    __m512 wq[G];
    UNROLLED for (int g = 0; g < G; ++g) wq[g] = _mm512_set1_ps(w[q * M + g]);
    UNROLLED for (int v = 0; v < NV; ++v) {
      __m512 xv = load_lanes<NV>(xq, v, last);
      in_register(xv);
      UNROLLED for (int g = 0; g < G; ++g) acc[g * NV + v] = _mm512_fmadd_ps(wq[g], xv, acc[g * NV + v]);
    }
  }
  UNROLLED for (int g = 0; g < G; ++g)
    UNROLLED for (int v = 0; v < NV; ++v) store_lanes<NV>(y + g * y_stride, v, last, acc[g * NV + v]);
}

template <int G, int NV>
AVX512 [[gnu::noinline]] void input_grad_kernel(float* dx, const std::size_t* rows, std::size_t K,
                                                const float* w, std::size_t M, const float* dy,
                                                std::size_t dy_stride, __mmask16 last) {
  __m512 d[G][NV];
  UNROLLED for (int g = 0; g < G; ++g)
    UNROLLED for (int v = 0; v < NV; ++v) d[g][v] = load_lanes<NV>(dy + g * dy_stride, v, last);
  for (std::size_t q = 0; q < K; ++q) {
    float* dq = dx + rows[q];
    __m512 wq[G];
    UNROLLED for (int g = 0; g < G; ++g) wq[g] = _mm512_set1_ps(w[q * M + g]);
    UNROLLED for (int v = 0; v < NV; ++v) {
      __m512 t = load_lanes<NV>(dq, v, last);
      UNROLLED for (int g = 0; g < G; ++g) t = _mm512_fmadd_ps(wq[g], d[g][v], t);
      store_lanes<NV>(dq, v, last, t);
    }
  }
}

/// out[i] = the lane sum of h[i], i < N, 8 lanes each, by horizontal adds.
template <int N>
AVX512 inline void lane_sums8(const __m256* h, float* out) {
  int i = 0;
  for (; i + 4 <= N; i += 4) {
    const __m256 u = _mm256_hadd_ps(_mm256_hadd_ps(h[i], h[i + 1]), _mm256_hadd_ps(h[i + 2], h[i + 3]));
    _mm_storeu_ps(out + i, _mm_add_ps(_mm256_castps256_ps128(u), _mm256_extractf128_ps(u, 1)));
  }
  for (; i < N; ++i) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(h[i]), _mm256_extractf128_ps(h[i], 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    out[i] = _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)));
  }
}

template <int G, int Q>
AVX512 [[gnu::noinline]] void weight_grad_kernel(const float* x, const std::size_t* rows,
                                                 const float* dy, std::size_t dy_stride,
                                                 std::size_t lanes, float* dw, std::size_t M) {
  // Q*G accumulators (up to 24) of lane-wise partial sums, reduced at the end.
  __m512 acc[Q * G];
  UNROLLED for (int i = 0; i < Q * G; ++i) acc[i] = _mm512_setzero_ps();
  const float* xq[Q];
  UNROLLED for (int qq = 0; qq < Q; ++qq) xq[qq] = x + rows[qq];
  // The last step of an odd number of 8-lane vectors reads 8 lanes (masked).
  for (std::size_t s = 0; s < lanes; s += 16) {
    const __mmask16 mask = s + 16 <= lanes ? 0xFFFF : 0x00FF;
    __m512 d[G];
    UNROLLED for (int g = 0; g < G; ++g) d[g] = _mm512_maskz_loadu_ps(mask, dy + g * dy_stride + s);
    UNROLLED for (int qq = 0; qq < Q; ++qq) {
      __m512 xv = _mm512_maskz_loadu_ps(mask, xq[qq] + s);
      in_register(xv);
      UNROLLED for (int g = 0; g < G; ++g) acc[qq * G + g] = _mm512_fmadd_ps(xv, d[g], acc[qq * G + g]);
    }
  }
  // Each 16-lane sum folded to 8 lanes here, element by element: passing acc
  // itself by address would keep it in memory inside the loop as well.
  __m256 half[Q * G];
  UNROLLED for (int i = 0; i < Q * G; ++i)
    half[i] = _mm256_add_ps(_mm512_castps512_ps256(acc[i]),
                            _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(acc[i]), 1)));
  float total[Q * G];
  lane_sums8<Q * G>(half, total);
  UNROLLED for (int qq = 0; qq < Q; ++qq)
    UNROLLED for (int g = 0; g < G; ++g) dw[qq * M + g] += total[qq * G + g];
}

// ---- dispatch on the unit count G and the vector (or input) count ----------

template <int G, typename... Args>
void forward_by_vectors(std::size_t nv, Args... a) {
  switch (nv) {
    case 1: forward_kernel<G, 1>(a...); break;
    case 2: forward_kernel<G, 2>(a...); break;
    case 3: forward_kernel<G, 3>(a...); break;
    default: forward_kernel<G, 4>(a...); break;
  }
}
template <int G, typename... Args>
void input_grad_by_vectors(std::size_t nv, Args... a) {
  switch (nv) {
    case 1: input_grad_kernel<G, 1>(a...); break;
    case 2: input_grad_kernel<G, 2>(a...); break;
    case 3: input_grad_kernel<G, 3>(a...); break;
    default: input_grad_kernel<G, 4>(a...); break;
  }
}
template <int G, typename... Args>
void weight_grad_by_inputs(std::size_t inputs, Args... a) {
  switch (inputs) {
    case 1: weight_grad_kernel<G, 1>(a...); break;
    case 2: weight_grad_kernel<G, 2>(a...); break;
    case 4: weight_grad_kernel<G, 4>(a...); break;
    default: weight_grad_kernel<G, 8>(a...); break;
  }
}

}  // namespace

void forward_tile(std::size_t units, std::size_t v8, const float* x, const std::size_t* rows,
                  std::size_t K, const float* w, std::size_t M, const float* bias,
                  std::size_t bias_stride, float* y, std::size_t y_stride) {
  const std::size_t nv = (v8 + 1) / 2;
  const __mmask16 last = last_mask(v8);
  switch (units) {
    case 1: forward_by_vectors<1>(nv, x, rows, K, w, M, bias, bias_stride, y, y_stride, last); break;
    case 2: forward_by_vectors<2>(nv, x, rows, K, w, M, bias, bias_stride, y, y_stride, last); break;
    default: forward_by_vectors<3>(nv, x, rows, K, w, M, bias, bias_stride, y, y_stride, last); break;
  }
}

void input_grad_tile(std::size_t units, std::size_t v8, float* dx, const std::size_t* rows,
                     std::size_t K, const float* w, std::size_t M, const float* dy,
                     std::size_t dy_stride) {
  const std::size_t nv = (v8 + 1) / 2;
  const __mmask16 last = last_mask(v8);
  switch (units) {
    case 1: input_grad_by_vectors<1>(nv, dx, rows, K, w, M, dy, dy_stride, last); break;
    case 2: input_grad_by_vectors<2>(nv, dx, rows, K, w, M, dy, dy_stride, last); break;
    default: input_grad_by_vectors<3>(nv, dx, rows, K, w, M, dy, dy_stride, last); break;
  }
}

void weight_grad_tile(std::size_t units, std::size_t inputs, const float* x,
                      const std::size_t* rows, const float* dy, std::size_t dy_stride,
                      std::size_t lanes, float* dw, std::size_t M) {
  switch (units) {
    case 1: weight_grad_by_inputs<1>(inputs, x, rows, dy, dy_stride, lanes, dw, M); break;
    case 2: weight_grad_by_inputs<2>(inputs, x, rows, dy, dy_stride, lanes, dw, M); break;
    default: weight_grad_by_inputs<3>(inputs, x, rows, dy, dy_stride, lanes, dw, M); break;
  }
}

#undef UNROLLED
#undef AVX512

#else  // no AVX2 build: the 8-lane kernels' portable loops serve every CPU

bool available() { return false; }
void forward_tile(std::size_t, std::size_t, const float*, const std::size_t*, std::size_t,
                  const float*, std::size_t, const float*, std::size_t, float*, std::size_t) {
  std::abort();
}
void input_grad_tile(std::size_t, std::size_t, float*, const std::size_t*, std::size_t,
                     const float*, std::size_t, const float*, std::size_t) {
  std::abort();
}
void weight_grad_tile(std::size_t, std::size_t, const float*, const std::size_t*, const float*,
                      std::size_t, std::size_t, float*, std::size_t) {
  std::abort();
}

#endif

}  // namespace fflab::lc::avx512
