#include "fflab/train/goodness_scope.hpp"

#include <algorithm>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

GoodnessScopeKind parse_goodness_scope(const std::string& name, const std::string& pointer) {
  if (name == "map") return GoodnessScopeKind::map;
  if (name == "channels") return GoodnessScopeKind::channels;
  if (name == "locations") return GoodnessScopeKind::locations;
  throw ConfigError(pointer, "unknown goodness scope \"" + name + "\"; use map, channels or locations");
}

GoodnessScope::GoodnessScope(GoodnessScopeKind kind, const FeatureShape& block_output)
    : kind_(kind), channels_(block_output.channels), locations_(block_output.height * block_output.width) {
  const bool map_shaped = locations_ > 1;
  if (!map_shaped || kind == GoodnessScopeKind::map) {
    kind_ = GoodnessScopeKind::map;
    groups_ = 1;
    units_ = block_output.size();
  } else if (kind == GoodnessScopeKind::channels) {
    groups_ = channels_;
    units_ = locations_;
  } else {
    groups_ = locations_;
    units_ = channels_;
  }
}

void GoodnessScope::gather(const Matrix& y, Matrix& out) const {
  const std::size_t rows = y.shape()[0], width = groups_ * units_;
  if (y.shape()[1] != width)
    throw ShapeError("goodness scope: block output " + shape_string(y) + ", expected " + std::to_string(width) +
                     " units per row");
  ensure_shape(out, rows * groups_, units_);
  if (kind_ != GoodnessScopeKind::locations) {  // CHW rows: a channel's units are contiguous
    std::copy_n(y.data(), y.size(), out.data());
    return;
  }
  const std::size_t C = channels_, L = locations_;
  parallel_for(rows, rows_per_thread(width), [&](std::size_t first, std::size_t last) {
    for (std::size_t r = first; r < last; ++r) {
      const float* in = y.data() + r * width;
      float* o = out.data() + r * width;
      for (std::size_t c = 0; c < C; ++c)
        for (std::size_t l = 0; l < L; ++l) o[l * C + c] = in[c * L + l];
    }
  });
}

void GoodnessScope::scatter(const Matrix& grouped, Matrix& out) const {
  const std::size_t width = groups_ * units_;
  if (grouped.shape()[1] != units_ || grouped.shape()[0] % groups_ != 0)
    throw ShapeError("goodness scope: grouped gradient " + shape_string(grouped) + ", expected rows of " +
                     std::to_string(units_) + " in groups of " + std::to_string(groups_));
  const std::size_t rows = grouped.shape()[0] / groups_;
  ensure_shape(out, rows, width);
  if (kind_ != GoodnessScopeKind::locations) {
    std::copy_n(grouped.data(), grouped.size(), out.data());
    return;
  }
  const std::size_t C = channels_, L = locations_;
  parallel_for(rows, rows_per_thread(width), [&](std::size_t first, std::size_t last) {
    for (std::size_t r = first; r < last; ++r) {
      const float* in = grouped.data() + r * width;
      float* o = out.data() + r * width;
      for (std::size_t l = 0; l < L; ++l)
        for (std::size_t c = 0; c < C; ++c) o[c * L + l] = in[l * C + c];
    }
  });
}

}  // namespace fflab
