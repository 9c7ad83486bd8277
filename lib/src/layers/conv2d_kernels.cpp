#include "conv2d_kernels.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "fflab/core/parallel_for.hpp"

namespace fflab::conv {

Geometry make_geometry(std::size_t channels, std::size_t height, std::size_t width, std::size_t kernel,
                       std::size_t stride, std::size_t padding) {
  Geometry g{channels, height, width, kernel, stride, padding, 0, 0};
  if (stride > 0 && kernel > 0 && kernel <= height + 2 * padding && kernel <= width + 2 * padding) {
    g.out_height = (height + 2 * padding - kernel) / stride + 1;
    g.out_width = (width + 2 * padding - kernel) / stride + 1;
  }
  return g;
}

namespace {

/// Calls f(q, c, i, j) for every row q = (c*k + i)*k + j of the columns.
template <class F>
void for_each_offset(const Geometry& g, F&& f) {
  const std::size_t k = g.kernel;
  for (std::size_t c = 0; c < g.channels; ++c)
    for (std::size_t i = 0; i < k; ++i)
      for (std::size_t j = 0; j < k; ++j) f((c * k + i) * k + j, c, i, j);
}

/// Input row (or -1) of output row oh at kernel offset i.
long source_line(const Geometry& g, std::size_t out, std::size_t offset, std::size_t size) {
  const long v = static_cast<long>(out * g.stride + offset) - static_cast<long>(g.padding);
  return v >= 0 && v < static_cast<long>(size) ? v : -1;
}

/// The output columns [lo, hi) whose input column ow + j - padding lies in
/// the row (stride 1): the rest read the zero padding.
struct ColumnSpan {
  std::size_t lo, hi;
};
ColumnSpan inside_columns(const Geometry& g, std::size_t j) {
  const long shift = static_cast<long>(j) - static_cast<long>(g.padding);
  const long OW = static_cast<long>(g.out_width), W = static_cast<long>(g.width);
  const long lo = std::clamp(-shift, 0L, OW), hi = std::clamp(W - shift, lo, OW);
  return {static_cast<std::size_t>(lo), static_cast<std::size_t>(hi)};
}

/// Stride 1 with an output map of the input's size ("same" padding, 2p = k - 1):
/// window offset (i, j) reads the map shifted by i - p rows and j - p columns,
/// so a sample's column row is one copy of the channel's map (H*W floats),
/// zeros where the shift leaves the map, then zeros over the columns whose
/// source lies off the row (the copy put a neighbouring row's pixels there).
bool same_size_map(const Geometry& g) {
  return g.stride == 1 && g.out_height == g.height && g.out_width == g.width;
}

/// The flat shift of window offset (i, j) and the output locations [lo, hi)
/// whose shifted index lies inside the map (same-size maps).
struct MapShift {
  long shift, lo, hi;
};
MapShift map_shift(const Geometry& g, std::size_t i, std::size_t j) {
  const long W = static_cast<long>(g.width), HW = static_cast<long>(g.height) * W;
  const long shift = (static_cast<long>(i) - static_cast<long>(g.padding)) * W + static_cast<long>(j) -
                     static_cast<long>(g.padding);
  const long lo = std::clamp(-shift, 0L, HW), hi = std::clamp(HW - shift, lo, HW);
  return {shift, lo, hi};
}

/// keep[j*H*W + p] = 1 where output location p's source column at offset j
/// lies on its row (0 <= p % W + j - padding < W), else 0: the shifted flat
/// copies take a neighbouring row's pixel there.
std::vector<float> column_masks(const Geometry& g) {
  const std::size_t HW = g.height * g.width;
  std::vector<float> keep(g.kernel * HW, 0.0f);
  for (std::size_t j = 0; j < g.kernel; ++j) {
    const ColumnSpan in = inside_columns(g, j);
    for (std::size_t r = 0; r < g.height; ++r)
      std::fill(keep.begin() + static_cast<long>(j * HW + r * g.width + in.lo),
                keep.begin() + static_cast<long>(j * HW + r * g.width + in.hi), 1.0f);
  }
  return keep;
}

/// dst (H*W floats) = the map shifted by offset (i, j), zeros where the source
/// lies off the map; keep = offset j's column mask.
void copy_shifted_map(const Geometry& g, const float* __restrict map, std::size_t i, std::size_t j,
                      const float* __restrict keep, float* __restrict dst) {
  const long HW = static_cast<long>(g.height * g.width);
  const MapShift m = map_shift(g, i, j);
  std::fill(dst, dst + m.lo, 0.0f);
  const float* src = map + (m.lo + m.shift);  // inside the map: lo + shift >= 0
  const float* kept = keep + m.lo;
  float* out = dst + m.lo;
  for (long p = 0; p < m.hi - m.lo; ++p) {
    const float v = src[p];  // read unconditionally (inside the map), so the loop vectorises as a select
    out[p] = kept[p] != 0.0f ? v : 0.0f;
  }
  std::fill(dst + m.hi, dst + HW, 0.0f);
}

/// The adjoint: map (H*W floats) += src shifted back by offset (i, j), the
/// locations whose source lies off the map left out.
void add_shifted_map(const Geometry& g, const float* __restrict src, std::size_t i, std::size_t j,
                     const float* __restrict keep, float* __restrict map) {
  const MapShift m = map_shift(g, i, j);
  float* dst = map + (m.lo + m.shift);  // inside the map: lo + shift >= 0
  const float* from = src + m.lo;
  const float* kept = keep + m.lo;
  for (long p = 0; p < m.hi - m.lo; ++p) {
    const float v = from[p];
    dst[p] += kept[p] != 0.0f ? v : 0.0f;
  }
}

/// Stride 1 without padding: every window lies inside the map, so offset
/// (i, j)'s columns of output row oh are OW consecutive pixels of input row
/// oh + i from column j.
bool valid_unit_stride(const Geometry& g) { return g.stride == 1 && g.padding == 0; }

/// dst (OH*OW floats) = channel map `map`'s pixels read at offset (i, j).
void copy_valid_windows(const Geometry& g, const float* __restrict map, std::size_t i, std::size_t j,
                        float* __restrict dst) {
  const std::size_t OW = g.out_width;
  const float* from = map + i * g.width + j;
  for (std::size_t oh = 0; oh < g.out_height; ++oh, dst += OW, from += g.width)
    for (std::size_t ow = 0; ow < OW; ++ow) dst[ow] = from[ow];
}

/// The adjoint: map += src (OH*OW floats) at offset (i, j)'s pixels.
void add_valid_windows(const Geometry& g, const float* __restrict src, std::size_t i, std::size_t j,
                       float* __restrict map) {
  const std::size_t OW = g.out_width;
  float* to = map + i * g.width + j;
  for (std::size_t oh = 0; oh < g.out_height; ++oh, src += OW, to += g.width)
    for (std::size_t ow = 0; ow < OW; ++ow) to[ow] += src[ow];
}

}  // namespace

void im2col(const Geometry& g, const float* x, std::size_t row_stride, std::size_t n, float* cols) {
  const std::size_t L = g.locations(), NL = n * L, OW = g.out_width, k = g.kernel;
  const long W = static_cast<long>(g.width), pad = static_cast<long>(g.padding);
  const bool shifted_copies = same_size_map(g);
  const std::vector<float> keep = shifted_copies ? column_masks(g) : std::vector<float>{};
  // Each column row q = (c, i, j) is written by one thread, all its samples.
  parallel_for(g.col_rows(), rows_per_thread(NL), [&](std::size_t first, std::size_t last) {
    for (std::size_t q = first; q < last; ++q) {
      const std::size_t c = q / (k * k), i = q / k % k, j = q % k;
      const ColumnSpan in = inside_columns(g, j);
      for (std::size_t s = 0; s < n; ++s) {
        const float* image = x + s * row_stride;
        float* dst = cols + q * NL + s * L;
        if (shifted_copies) {
          copy_shifted_map(g, image + c * g.height * g.width, i, j, keep.data() + j * g.height * g.width, dst);
          continue;
        }
        if (valid_unit_stride(g)) {
          copy_valid_windows(g, image + c * g.height * g.width, i, j, dst);
          continue;
        }
        for (std::size_t oh = 0; oh < g.out_height; ++oh, dst += OW) {
          const long ih = source_line(g, oh, i, g.height);
          if (ih < 0) {
            std::fill_n(dst, OW, 0.0f);
            continue;
          }
          const float* src = image + (c * g.height + static_cast<std::size_t>(ih)) * g.width;
          long iw = static_cast<long>(j) - pad;
          if (g.stride == 1) {  // zeros, the columns inside the row, zeros
            std::fill_n(dst, in.lo, 0.0f);
            const float* from = src + (static_cast<long>(in.lo) + iw);
            for (std::size_t ow = in.lo; ow < in.hi; ++ow) dst[ow] = *from++;
            std::fill(dst + in.hi, dst + OW, 0.0f);
            continue;
          }
          for (std::size_t ow = 0; ow < OW; ++ow, iw += static_cast<long>(g.stride))
            dst[ow] = iw >= 0 && iw < W ? src[iw] : 0.0f;
        }
      }
    }
  });
}

void col2im(const Geometry& g, const float* cols, std::size_t n, float* dx, std::size_t row_stride) {
  const std::size_t L = g.locations(), NL = n * L, OW = g.out_width;
  const long W = static_cast<long>(g.width), pad = static_cast<long>(g.padding);
  const bool shifted_adds = same_size_map(g);
  const std::vector<float> keep = shifted_adds ? column_masks(g) : std::vector<float>{};
  // Windows overlap within an image, so each image is one thread's.
  parallel_for(n, rows_per_thread(g.col_rows() * L), [&](std::size_t first, std::size_t last) {
    for (std::size_t s = first; s < last; ++s) {
      float* image = dx + s * row_stride;
      std::fill_n(image, g.in_size(), 0.0f);
      for_each_offset(g, [&](std::size_t q, std::size_t c, std::size_t i, std::size_t j) {
        const float* src = cols + q * NL + s * L;
        if (shifted_adds) {
          add_shifted_map(g, src, i, j, keep.data() + j * L, image + c * L);
          return;
        }
        if (valid_unit_stride(g)) return add_valid_windows(g, src, i, j, image + c * g.height * g.width);
        for (std::size_t oh = 0; oh < g.out_height; ++oh, src += OW) {
          const long ih = source_line(g, oh, i, g.height);
          if (ih < 0) continue;
          float* dst = image + (c * g.height + static_cast<std::size_t>(ih)) * g.width;
          long iw = static_cast<long>(j) - pad;
          if (g.stride == 1) {  // only the columns inside the row receive anything
            const ColumnSpan in = inside_columns(g, j);
            float* d = dst + (static_cast<long>(in.lo) + iw);
            for (std::size_t ow = in.lo; ow < in.hi; ++ow) *d++ += src[ow];
            continue;
          }
          for (std::size_t ow = 0; ow < OW; ++ow, iw += static_cast<long>(g.stride))
            if (iw >= 0 && iw < W) dst[iw] += src[ow];
        }
      });
    }
  });
}

void gather_maps(const float* rows, std::size_t row_stride, std::size_t n, std::size_t channels,
                 std::size_t locations, float* maps) {
  const std::size_t NL = n * locations;
  parallel_for(n, rows_per_thread(channels * locations), [&](std::size_t first, std::size_t last) {
    for (std::size_t s = first; s < last; ++s)
      for (std::size_t m = 0; m < channels; ++m)
        std::memcpy(maps + m * NL + s * locations, rows + s * row_stride + m * locations, locations * sizeof(float));
  });
}

void scatter_maps(const float* maps, std::size_t n, std::size_t channels, std::size_t locations,
                  const float* bias, float* rows, std::size_t row_stride) {
  const std::size_t NL = n * locations;
  parallel_for(n, rows_per_thread(channels * locations), [&](std::size_t first, std::size_t last) {
    for (std::size_t s = first; s < last; ++s)
      for (std::size_t m = 0; m < channels; ++m) {
        const float* src = maps + m * NL + s * locations;
        float* dst = rows + s * row_stride + m * locations;
        const float b = bias ? bias[m] : 0.0f;
        for (std::size_t l = 0; l < locations; ++l) dst[l] = src[l] + b;
      }
  });
}

}  // namespace fflab::conv
