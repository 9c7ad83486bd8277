#include "pool2d_kernels.hpp"

#if defined(__AVX2__)
#include <immintrin.h>
#endif

namespace fflab::pool {

namespace {

/// One window: g to the first of its maxima in reading order, 0 elsewhere.
inline void max_window(float a, float b, float d, float e, float g, float* top, float* bottom) {
  int best = 0;
  float most = a;
  if (b > most) best = 1, most = b;
  if (d > most) best = 2, most = d;
  if (e > most) best = 3;
  top[0] = best == 0 ? g : 0.0f;
  top[1] = best == 1 ? g : 0.0f;
  bottom[0] = best == 2 ? g : 0.0f;
  bottom[1] = best == 3 ? g : 0.0f;
}

#if defined(__AVX2__)

/// Splits 16 consecutive pixels p0..p15 into the even ones (left of each
/// window) and the odd ones (right), in window order.
inline void deinterleave(const float* p, __m256& even, __m256& odd) {
  const __m256 lo = _mm256_loadu_ps(p), hi = _mm256_loadu_ps(p + 8);
  // Within 128-bit lanes: lo = [0 2 8 10 | 4 6 12 14] after the shuffle, then
  // the 64-bit permute restores window order.
  const __m256 e = _mm256_shuffle_ps(lo, hi, 0x88), o = _mm256_shuffle_ps(lo, hi, 0xDD);
  even = _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(e), 0xD8));
  odd = _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(o), 0xD8));
}

/// The inverse: writes 16 pixels, even[i] at 2i and odd[i] at 2i + 1.
inline void interleave(__m256 even, __m256 odd, float* p) {
  const __m256 e = _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(even), 0xD8));
  const __m256 o = _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(odd), 0xD8));
  _mm256_storeu_ps(p, _mm256_unpacklo_ps(e, o));
  _mm256_storeu_ps(p + 8, _mm256_unpackhi_ps(e, o));
}

#endif

}  // namespace

void max_2x2_backward_rows(const float* x_top, const float* x_bottom, const float* g,
                           std::size_t width, float* dx_top, float* dx_bottom) {
  const std::size_t windows = width / 2;
  std::size_t ow = 0;
#if defined(__AVX2__)
  for (; ow + 8 <= windows; ow += 8) {
    __m256 a, b, d, e;
    deinterleave(x_top + 2 * ow, a, b);
    deinterleave(x_bottom + 2 * ow, d, e);
    // The scalar choice, one comparison at a time, as masks: b beats a only
    // when greater; d beats the best so far only when greater; and so on.
    __m256 best = a;
    const __m256 take_b = _mm256_cmp_ps(b, best, _CMP_GT_OQ);
    best = _mm256_blendv_ps(best, b, take_b);
    const __m256 take_d = _mm256_cmp_ps(d, best, _CMP_GT_OQ);
    best = _mm256_blendv_ps(best, d, take_d);
    const __m256 take_e = _mm256_cmp_ps(e, best, _CMP_GT_OQ);
    const __m256 on_e = take_e;
    const __m256 on_d = _mm256_andnot_ps(take_e, take_d);
    const __m256 on_b = _mm256_andnot_ps(_mm256_or_ps(take_e, take_d), take_b);
    const __m256 on_a = _mm256_andnot_ps(_mm256_or_ps(_mm256_or_ps(take_e, take_d), take_b),
                                         _mm256_castsi256_ps(_mm256_set1_epi32(-1)));
    const __m256 gv = _mm256_loadu_ps(g + ow);
    interleave(_mm256_and_ps(on_a, gv), _mm256_and_ps(on_b, gv), dx_top + 2 * ow);
    interleave(_mm256_and_ps(on_d, gv), _mm256_and_ps(on_e, gv), dx_bottom + 2 * ow);
  }
#endif
  for (; ow < windows; ++ow)
    max_window(x_top[2 * ow], x_top[2 * ow + 1], x_bottom[2 * ow], x_bottom[2 * ow + 1], g[ow],
               dx_top + 2 * ow, dx_bottom + 2 * ow);
  if (width % 2) dx_top[width - 1] = dx_bottom[width - 1] = 0.0f;
}

void average_2x2_backward_rows(const float* g, std::size_t width, float* dx_top, float* dx_bottom) {
  const std::size_t windows = width / 2;
  for (std::size_t ow = 0; ow < windows; ++ow) {
    const float q = 0.25f * g[ow];
    dx_top[2 * ow] = dx_top[2 * ow + 1] = dx_bottom[2 * ow] = dx_bottom[2 * ow + 1] = q;
  }
  if (width % 2) dx_top[width - 1] = dx_bottom[width - 1] = 0.0f;
}

}  // namespace fflab::pool
