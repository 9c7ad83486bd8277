#include "conv2d_constant_channels.hpp"

#include <algorithm>

#include "fflab/core/parallel_for.hpp"

namespace fflab::conv {

namespace {

/// The outputs [lo, hi) along one side whose window offset reads inside the
/// input: 0 <= o * stride + offset - padding < size.
struct Span {
  std::size_t lo, hi;
};
Span inside_outputs(const Geometry& g, std::size_t offset, std::size_t size, std::size_t outputs) {
  const long s = static_cast<long>(g.stride), shift = static_cast<long>(offset) - static_cast<long>(g.padding);
  const long lo = shift >= 0 ? 0 : (-shift + s - 1) / s;
  const long last = static_cast<long>(size) - 1 - shift;  // o * s <= last
  const long hi = last < 0 ? 0 : last / s + 1;
  const long n = static_cast<long>(outputs);
  return {static_cast<std::size_t>(std::clamp(lo, 0L, n)), static_cast<std::size_t>(std::clamp(hi, 0L, n))};
}

/// Whether all n floats equal the first (a NaN never does). Compares blocks
/// of 64 without a branch inside, so the test vectorises; a constant map
/// (FF's label channels) is read whole on every batch.
bool constant_map(const float* map, std::size_t n) {
  constexpr std::size_t kBlock = 64;
  const float v = map[0];
  std::size_t i = 0;
  for (; i + kBlock <= n; i += kBlock) {
    int differs = 0;
    for (std::size_t k = 0; k < kBlock; ++k) differs |= static_cast<int>(map[i + k] != v);
    if (differs != 0) return false;
  }
  for (; i < n; ++i)
    if (map[i] != v) return false;
  return true;
}

}  // namespace

std::optional<VaryingRange> varying_channels(const Geometry& g, const float* x, std::size_t row_stride,
                                             std::size_t rows) {
  const std::size_t C = g.channels, HW = g.height * g.width;
  std::vector<char> constant(C, 1);
  parallel_for(C, 1, [&](std::size_t first, std::size_t last) {
    for (std::size_t c = first; c < last; ++c)
      for (std::size_t s = 0; s < rows && constant[c]; ++s)
        if (!constant_map(x + s * row_stride + c * HW, HW)) constant[c] = 0;
  });
  const auto begin = std::find(constant.begin(), constant.end(), 0);
  if (begin == constant.end()) return std::nullopt;  // every channel constant
  const auto end = std::find(begin, constant.end(), 1);
  if (begin == constant.begin() && end == constant.end()) return std::nullopt;  // none constant
  if (std::find(end, constant.end(), 0) != constant.end()) return std::nullopt;  // not one range
  return VaryingRange{static_cast<std::size_t>(begin - constant.begin()),
                      static_cast<std::size_t>(end - constant.begin())};
}

void constant_channel_maps(const Geometry& g, const float* weight, std::size_t M, VaryingRange varying, float* maps) {
  const std::size_t k = g.kernel, K = g.col_rows(), L = g.locations(), OW = g.out_width;
  for (std::size_t c = 0; c < g.channels; ++c) {
    if (c >= varying.first && c < varying.last) continue;
    float* map = maps + c * M * L;
    std::fill_n(map, M * L, 0.0f);
    for (std::size_t i = 0; i < k; ++i) {
      const Span rows = inside_outputs(g, i, g.height, g.out_height);
      for (std::size_t j = 0; j < k; ++j) {
        const Span cols = inside_outputs(g, j, g.width, g.out_width);
        for (std::size_t m = 0; m < M; ++m) {
          const float w = weight[m * K + (c * k + i) * k + j];
          for (std::size_t oh = rows.lo; oh < rows.hi; ++oh)
            for (std::size_t ow = cols.lo; ow < cols.hi; ++ow) map[m * L + oh * OW + ow] += w;
        }
      }
    }
  }
}

void add_constant_channels(const Geometry& g, const float* x_row, const float* maps, std::size_t M,
                           VaryingRange varying, float* out) {
  const std::size_t HW = g.height * g.width, L = g.locations();
  for (std::size_t c = 0; c < g.channels; ++c) {
    const float v = x_row[c * HW];
    if ((c >= varying.first && c < varying.last) || v == 0.0f) continue;
    const float* map = maps + c * M * L;
    for (std::size_t i = 0; i < M * L; ++i) out[i] += v * map[i];
  }
}

void add_constant_channel_grads(const Geometry& g, const float* x_row, const float* dy_row, std::size_t M,
                                VaryingRange varying, float* grad, std::vector<double>& prefix) {
  const std::size_t HW = g.height * g.width, k = g.kernel, K = g.col_rows();
  const std::size_t OH = g.out_height, OW = g.out_width, P = OW + 1;
  prefix.assign((OH + 1) * P, 0.0);
  for (std::size_t m = 0; m < M; ++m) {
    bool built = false;  // dy[m]'s prefix sums, once some channel needs them
    for (std::size_t c = 0; c < g.channels; ++c) {
      const float v = x_row[c * HW];
      if ((c >= varying.first && c < varying.last) || v == 0.0f) continue;
      if (!built) {
        const float* d = dy_row + m * OH * OW;
        for (std::size_t oh = 0; oh < OH; ++oh)
          for (std::size_t ow = 0; ow < OW; ++ow)
            prefix[(oh + 1) * P + ow + 1] =
                d[oh * OW + ow] + prefix[oh * P + ow + 1] + prefix[(oh + 1) * P + ow] - prefix[oh * P + ow];
        built = true;
      }
      for (std::size_t i = 0; i < k; ++i) {
        const Span r = inside_outputs(g, i, g.height, OH);
        for (std::size_t j = 0; j < k; ++j) {
          const Span s = inside_outputs(g, j, g.width, OW);
          if (r.hi <= r.lo || s.hi <= s.lo) continue;  // the offset never reads inside the map
          const double box = prefix[r.hi * P + s.hi] - prefix[r.lo * P + s.hi] - prefix[r.hi * P + s.lo] +
                             prefix[r.lo * P + s.lo];
          grad[m * K + (c * k + i) * k + j] += static_cast<float>(v * box);
        }
      }
    }
  }
}

}  // namespace fflab::conv
