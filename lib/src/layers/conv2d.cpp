#include "fflab/layers/conv2d.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "conv2d_constant_channels.hpp"
#include "conv2d_kernels.hpp"
#include "fflab/core/errors.hpp"
#include "fflab/core/gemm.hpp"
#include "fflab/core/parallel_for.hpp"
#include "fflab/core/row_sums.hpp"
#include "fflab/core/threads.hpp"
#include "fflab/layers/initializers.hpp"
#include "fflab/layers/weight_budget.hpp"

namespace fflab {

namespace {

/// Floats of a chunk's columns (8 MB): big enough for long products, small
/// enough to stay near the caches.
constexpr std::size_t kColumnFloats = std::size_t{1} << 21;
/// Floats of a chunk's columns for one group of a grouped layer (1 MB): each
/// group's products run on one thread, its columns written and read in that
/// core's L2.
constexpr std::size_t kGroupColumnFloats = std::size_t{1} << 18;
/// Output locations from which a layer's products run one row at a time.
constexpr std::size_t kRowProductLocations = 64;
/// Slices of a batch whose weight gradients are summed apart and then added in
/// slice order: a fixed count, so the sums' order does not follow the threads.
constexpr std::size_t kGradientSlices = 4;
bool row_products_allowed = true;

conv::Geometry geometry_of(FeatureShape in, std::size_t kernel, std::size_t stride, std::size_t padding) {
  return conv::make_geometry(in.channels, in.height, in.width, kernel, stride, padding);
}

/// m holds at least `floats` floats (a workspace used through its pointer).
void ensure_floats(Matrix& m, std::size_t floats) {
  if (m.size() < floats) m.resize({floats, std::size_t{1}});
}

/// The window sweep over one group's input channels.
conv::Geometry group_geometry(const Conv2D& layer) {
  const FeatureShape in = layer.input_shape();
  return geometry_of({in.channels / layer.groups(), in.height, in.width}, layer.kernel(), layer.stride(),
                     layer.padding());
}

/// The messages of a bad row and a bad index, shared by both checks below.
std::string bad_row(const std::string& got) { return "expected a non-empty list of input channel indices, got " + got; }

std::string bad_channel_index(std::size_t inputs, const std::string& got) {
  return "expected an input channel index 0.." + std::to_string(inputs - 1) + ", got " + got;
}

/// What is wrong with a connection table for `outputs` channels over `inputs`
/// input channels with `groups` (empty: nothing): the one check of a table's
/// contents, for manifests and the C++ constructor alike. `where` is the
/// entry's path below the table ({} = the table, {m} = row m, {m, i}).
struct ConnectionProblem {
  std::vector<std::size_t> where;
  std::string message;
};

std::optional<ConnectionProblem> connection_problem(const std::vector<std::vector<std::size_t>>& table,
                                                    std::size_t outputs, std::size_t inputs, std::size_t groups) {
  if (groups != 1)
    return ConnectionProblem{{}, "a connection table needs groups 1 (it replaces the groups), got groups " +
                                     std::to_string(groups) + ": remove one of the two"};
  if (table.size() != outputs)
    return ConnectionProblem{{}, "expected one list of input channels per output channel (" + std::to_string(outputs) +
                                     "), got " + std::to_string(table.size())};
  for (std::size_t m = 0; m < table.size(); ++m) {
    if (table[m].empty()) return ConnectionProblem{{m}, bad_row("[]")};
    std::vector<bool> seen(inputs, false);
    for (std::size_t i = 0; i < table[m].size(); ++i) {
      const std::size_t c = table[m][i];
      if (c >= inputs) return ConnectionProblem{{m, i}, bad_channel_index(inputs, std::to_string(c))};
      if (seen[c]) return ConnectionProblem{{m, i}, "input channel " + std::to_string(c) + " is listed twice"};
      seen[c] = true;
    }
  }
  return std::nullopt;
}

/// The table of `options` (empty = none), its JSON types checked here (what
/// cannot become a list of channel indices) and its contents by
/// connection_problem; errors at "/connections/...".
std::vector<std::vector<std::size_t>> connection_table(const Json& options, FeatureShape input) {
  const Json& table = options.at("connections");
  if (table.is_null()) return {};
  const std::size_t inputs = input.channels;
  for (std::size_t m = 0; m < table.size(); ++m) {
    const std::string at = child_pointer("/connections", m);
    if (!table[m].is_array()) throw ConfigError(at, bad_row(table[m].dump()));
    for (std::size_t i = 0; i < table[m].size(); ++i) {
      const Json& c = table[m][i];
      if (!c.is_number_integer() || c.get<long long>() < 0)
        throw ConfigError(child_pointer(at, i), bad_channel_index(inputs, c.dump()));
    }
  }
  auto converted = table.get<std::vector<std::vector<std::size_t>>>();
  const auto problem = connection_problem(converted, options.at("channels").get<std::size_t>(), inputs,
                                          options.at("groups").get<std::size_t>());
  if (!problem) return converted;
  std::string pointer = "/connections";
  for (std::size_t index : problem->where) pointer = child_pointer(pointer, index);
  throw ConfigError(pointer, problem->message);
}

/// `input` after checking that the layer of `options` fits it: groups divide
/// both channel counts, the kernel fits the padded map, weights within budget.
FeatureShape fitting_input(const Json& options, FeatureShape input) {
  const auto channels = options.at("channels").get<std::size_t>();
  const auto kernel = options.at("kernel").get<std::size_t>();
  const auto padding = options.at("padding").get<std::size_t>();
  const auto groups = options.at("groups").get<std::size_t>();
  if (input.channels % groups != 0 || channels % groups != 0)
    throw ConfigError("/groups", "groups " + std::to_string(groups) + " must divide both the " +
                                     std::to_string(input.channels) + " input channels and the " +
                                     std::to_string(channels) + " output channels: use a common divisor");
  const std::size_t padded_h = input.height + 2 * padding, padded_w = input.width + 2 * padding;
  if (kernel > padded_h || kernel > padded_w)
    throw ConfigError("/kernel", "kernel " + std::to_string(kernel) + " is larger than the " +
                                     std::to_string(padded_h) + " x " + std::to_string(padded_w) + " padded map (" +
                                     to_string(input) + " input, padding " + std::to_string(padding) +
                                     "): use a kernel of at most " + std::to_string(std::min(padded_h, padded_w)) +
                                     " or more padding" +
                                     (input.is_flat() ? " (the input is flat features, not an image)" : ""));
  check_weight_budget(static_cast<double>(channels) * static_cast<double>(input.channels / groups) *
                          static_cast<double>(kernel * kernel),
                      "/channels",
                      std::to_string(channels) + " channels with kernel " + std::to_string(kernel) + " on " +
                          to_string(input),
                      "use fewer channels or a smaller kernel");
  return input;
}

}  // namespace

Schema Conv2D::schema() {
  Schema s;
  s.required("channels", KeyType::integer, "output channels M").at_least(1).at_most(65536);
  s.required("kernel", KeyType::integer, "side k of the k x k window (odd or even, at most the padded map's sides)")
      .at_least(1)
      .at_most(255);
  s.optional("stride", KeyType::integer, 1, "step of the window in both directions").at_least(1).at_most(255);
  s.optional("padding", KeyType::integer, 0, "zeros added on every side of the map (k/2 keeps the size at stride 1, odd k)")
      .at_least(0)
      .at_most(255);
  s.optional("groups", KeyType::integer, 1,
             "channel groups G: output channel group g sees input channel group g only; G divides both channel counts")
      .at_least(1)
      .at_most(65536);
  s.optional("bias", KeyType::boolean, true, "add a learnable bias per output channel (starts at 0)");
  s.optional("init", KeyType::string, "he",
             "weight initialiser: he = N(0, 2/fan_in), normal_fan_in = N(0,1)/sqrt(fan_in), he_uniform, uniform_fan_in = "
             "U(+-1/sqrt(fan_in)) (PyTorch's default), glorot, zeros; "
             "fan_in = (C/G)*k*k (with connections: |connections[m]|*k*k for output channel m)")
      .one_of(initializer_names());
  s.optional("connections", KeyType::array, nullptr,
             "connection table: list m names the input channels output channel m sees (e.g. LeNet-5's C3); one list "
             "per output channel; needs groups 1; null = every input channel");
  return s;
}

Conv2D::Conv2D(const Json& options, FeatureShape input)
    : Conv2D(fitting_input(options, input), options.at("channels").get<std::size_t>(),
             options.at("kernel").get<std::size_t>(), options.at("stride").get<std::size_t>(),
             options.at("padding").get<std::size_t>(), options.at("groups").get<std::size_t>(),
             options.at("bias").get<bool>(), options.at("init").get<std::string>(),
             connection_table(options, input)) {}

Conv2D::Conv2D(FeatureShape input, std::size_t channels, std::size_t kernel, std::size_t stride,
               std::size_t padding, std::size_t groups, bool bias, std::string init,
               std::vector<std::vector<std::size_t>> connections)
    : input_(input),
      channels_(channels),
      kernel_(kernel),
      stride_(stride),
      padding_(padding),
      groups_(groups),
      use_bias_(bias),
      init_(std::move(init)),
      connections_(std::move(connections)) {
  if (input.size() == 0 || channels == 0 || groups == 0 || input.channels % groups || channels % groups)
    throw ShapeError("conv2d: " + std::to_string(groups) + " groups do not divide " + to_string(input) + " -> " +
                     std::to_string(channels) + " channels");
  const conv::Geometry g = geometry_of(input, kernel, stride, padding);
  if (g.out_height == 0)
    throw ConfigError("/kernel", "conv2d: kernel " + std::to_string(kernel) + " does not fit the padded " +
                                     to_string(input) + " map");
  output_ = {channels, g.out_height, g.out_width};
  group_inputs_ = input.channels / groups * kernel * kernel;
  weight_ = Matrix::from_shape({channels, group_inputs_});
  weight_grad_ = Matrix::from_shape({channels, group_inputs_});
  weight_.fill(0.0f);
  weight_grad_.fill(0.0f);
  if (use_bias_) {
    bias_ = Matrix::from_shape({1, channels});
    bias_grad_ = Matrix::from_shape({1, channels});
    bias_.fill(0.0f);
    bias_grad_.fill(0.0f);
  }
  if (!connections_.empty()) build_mask();
}

void Conv2D::build_mask() {
  const std::size_t C = input_.channels, kk = kernel_ * kernel_;
  if (const auto problem = connection_problem(connections_, channels_, C, groups_)) {
    std::string entry;
    for (std::size_t index : problem->where) entry += "[" + std::to_string(index) + "]";
    throw ShapeError("conv2d: connections" + entry + ": " + problem->message);
  }
  mask_ = Matrix::from_shape({channels_, C * kk});
  mask_.fill(0.0f);
  for (std::size_t m = 0; m < channels_; ++m)
    for (std::size_t c : connections_[m]) std::fill_n(mask_.data() + m * C * kk + c * kk, kk, 1.0f);
}

const Matrix& Conv2D::connected(const Matrix& weight) {
  if (connections_.empty() || &weight == &weight_) return weight;  // weight_ is kept masked
  ensure_shape(masked_weight_, weight.shape()[0], weight.shape()[1]);
  const float* w = weight.data();
  const float* k = mask_.data();
  float* out = masked_weight_.data();
  for (std::size_t i = 0; i < weight.size(); ++i) out[i] = w[i] * k[i];
  return masked_weight_;
}

double Conv2D::forward_flops(std::size_t batch) const {
  return gemm_flops(channels_, batch * output_.height * output_.width, group_inputs_);
}

void Conv2D::check_rows(const Matrix& m, std::size_t cols, const char* what, const char* where) const {
  if (m.shape()[1] != cols)
    throw ShapeError(std::string("conv2d.") + where + ": expected " + what + " of " + std::to_string(cols) +
                     " features per row, got " + shape_string(m));
}

std::size_t Conv2D::chunk_rows(std::size_t batch) const {
  const std::size_t per_row = group_inputs_ * output_.height * output_.width;
  const std::size_t budget = groups_ > 1 ? kGroupColumnFloats : kColumnFloats;
  return std::clamp<std::size_t>(budget / per_row, 1, std::max<std::size_t>(batch, 1));
}

void allow_conv2d_row_products(bool allow) { row_products_allowed = allow; }

bool Conv2D::products_per_row() const {
  return row_products_allowed && output_.height * output_.width >= kRowProductLocations;
}

std::size_t Conv2D::gradient_slices(std::size_t batch) const { return std::min(kGradientSlices, batch); }

bool Conv2D::products_on_rows() const {
  return groups_ == 1 && padding_ == 0 && kernel_ == input_.height && kernel_ == input_.width;
}

template <class Work>
void Conv2D::for_each_slice(std::size_t batch, std::size_t slices, Work&& work) {
  slices = std::min(slices, batch);
  if (workspaces_.size() < slices) workspaces_.resize(slices);
  const std::size_t row_columns = group_inputs_ * output_.height * output_.width;
  for (std::size_t t = 0; t < slices; ++t) ensure_floats(workspaces_[t].cols, row_columns);
  parallel_products(slices, [&](std::size_t first, std::size_t last) {
    for (std::size_t t = first; t < last; ++t) work(t, batch * t / slices, batch * (t + 1) / slices, workspaces_[t]);
  });
}

template <class Work>
void Conv2D::for_each_group_chunk(std::size_t batch, Work&& work) {
  const std::size_t chunk = chunk_rows(batch);
  const std::size_t tasks = groups_ > 1 ? std::min<std::size_t>(groups_, static_cast<std::size_t>(threads())) : 1;
  if (workspaces_.size() < tasks) workspaces_.resize(tasks);
  // Task t takes groups t, t + tasks, ...; a group's chunks run in order, so
  // a weight gradient sums its chunks in the same order on any thread count.
  // Workspaces only grow: a shorter chunk (a batch's last, a smaller batch)
  // uses their first floats, so passes do not reallocate them.
  const std::size_t NL = chunk * output_.height * output_.width;
  for (std::size_t t = 0; t < tasks; ++t) {
    ensure_floats(workspaces_[t].cols, group_inputs_ * NL);
    ensure_floats(workspaces_[t].maps, channels_ / groups_ * NL);
  }
  auto run_task = [&](std::size_t t) {
    for (std::size_t g = t; g < groups_; g += tasks)
      for (std::size_t begin = 0; begin < batch; begin += chunk)
        work(g, begin, std::min(chunk, batch - begin), workspaces_[t]);
  };
  if (tasks == 1) return run_task(0);
  parallel_products(tasks, [&](std::size_t first, std::size_t last) {
    for (std::size_t t = first; t < last; ++t) run_task(t);
  });
}

void Conv2D::unfold(const Matrix& x, std::size_t begin, std::size_t n, std::size_t group, float* cols) const {
  const conv::Geometry g = group_geometry(*this);
  conv::im2col(g, x.data() + begin * input_.size() + group * g.in_size(), input_.size(), n, cols);
}

void Conv2D::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check_rows(x, input_.size(), "an input", "forward");
  const std::size_t batch = x.shape()[0], L = output_.height * output_.width;
  const std::size_t Mg = channels_ / groups_, Kg = group_inputs_;
  ensure_shape(y, batch, output_.size());
  if (products_on_rows()) return forward_on_rows(x, y);
  if (products_per_row()) return forward_rows(x, y);
  for_each_group_chunk(batch, [&](std::size_t g, std::size_t begin, std::size_t n, Workspace& ws) {
    unfold(x, begin, n, g, ws.cols.data());
    gemm(weight_.data() + g * Mg * Kg, ws.cols.data(), ws.maps.data(), Mg, n * L, Kg);
    conv::scatter_maps(ws.maps.data(), n, Mg, L, use_bias_ ? bias_.data() + g * Mg : nullptr,
                       y.data() + begin * output_.size() + g * Mg * L, output_.size());
  });
}

std::optional<conv::VaryingRange> Conv2D::varying_channels(const Matrix& x) const {
  if (groups_ != 1 || !connections_.empty() || x.shape()[0] == 0) return std::nullopt;
  return conv::varying_channels(group_geometry(*this), x.data(), input_.size(), x.shape()[0]);
}

conv::Geometry Conv2D::varying_geometry(conv::VaryingRange v) const {
  return conv::make_geometry(v.last - v.first, input_.height, input_.width, kernel_, stride_, padding_);
}

void Conv2D::forward_rows(const Matrix& x, Matrix& y) {
  if (const auto varying = varying_channels(x)) return forward_rows_skipping_constants(x, y, *varying);
  const std::size_t L = output_.height * output_.width, Mg = channels_ / groups_, Kg = group_inputs_;
  const auto slices = static_cast<std::size_t>(threads());
  for_each_slice(x.shape()[0], slices, [&](std::size_t, std::size_t begin, std::size_t end, Workspace& ws) {
    for (std::size_t s = begin; s < end; ++s)
      for (std::size_t g = 0; g < groups_; ++g) {
        float* out = y.data() + s * output_.size() + g * Mg * L;
        if (use_bias_)
          for (std::size_t m = 0; m < Mg; ++m) std::fill_n(out + m * L, L, bias_.data()[g * Mg + m]);
        unfold(x, s, 1, g, ws.cols.data());
        gemm(weight_.data() + g * Mg * Kg, ws.cols.data(), out, Mg, L, Kg, false, false, 1.0f,
             use_bias_ ? 1.0f : 0.0f);
      }
  });
}

void Conv2D::forward_on_rows(const Matrix& x, Matrix& y) {
  const std::size_t batch = x.shape()[0], M = channels_;
  if (batch == 0) return;
  if (use_bias_) {
    const float* b = bias_.data();
    parallel_for(batch, rows_per_thread(M), [&](std::size_t first, std::size_t last) {
      for (std::size_t s = first; s < last; ++s) std::copy_n(b, M, y.data() + s * M);
    });
  }
  gemm(x.data(), weight_.data(), y.data(), batch, M, group_inputs_, false, /*transpose_b=*/true, 1.0f,
       use_bias_ ? 1.0f : 0.0f);
}

void Conv2D::compact_varying_weight(conv::VaryingRange v) {
  const std::size_t kk = kernel_ * kernel_, K = group_inputs_, Kv = (v.last - v.first) * kk;
  ensure_floats(varying_weight_, channels_ * Kv);
  for (std::size_t m = 0; m < channels_; ++m)
    std::copy_n(weight_.data() + m * K + v.first * kk, Kv, varying_weight_.data() + m * Kv);
}

void Conv2D::forward_rows_skipping_constants(const Matrix& x, Matrix& y, conv::VaryingRange v) {
  const conv::Geometry full = group_geometry(*this), part = varying_geometry(v);
  const std::size_t L = full.locations(), M = channels_, Kv = part.col_rows(), HW = input_.height * input_.width;
  ensure_floats(constant_maps_, full.channels * M * L);
  conv::constant_channel_maps(full, weight_.data(), M, v, constant_maps_.data());
  compact_varying_weight(v);
  const auto slices = static_cast<std::size_t>(threads());
  for_each_slice(x.shape()[0], slices, [&](std::size_t, std::size_t begin, std::size_t end, Workspace& ws) {
    for (std::size_t s = begin; s < end; ++s) {
      const float* row = x.data() + s * input_.size();
      float* out = y.data() + s * output_.size();
      for (std::size_t m = 0; m < M; ++m) std::fill_n(out + m * L, L, use_bias_ ? bias_.data()[m] : 0.0f);
      conv::add_constant_channels(full, row, constant_maps_.data(), M, v, out);
      conv::im2col(part, row + v.first * HW, input_.size(), 1, ws.cols.data());
      gemm(varying_weight_.data(), ws.cols.data(), out, M, L, Kv, false, false, 1.0f, 1.0f);
    }
  });
}

void Conv2D::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_rows(x, input_.size(), "an input", "accumulate_grad");
  check_rows(dy, output_.size(), "an output gradient", "accumulate_grad");
  add_grad(x, dy, 1.0f);
}

void Conv2D::write_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_rows(x, input_.size(), "an input", "write_grad");
  check_rows(dy, output_.size(), "an output gradient", "write_grad");
  add_grad(x, dy, 0.0f);
}

void Conv2D::add_grad(const Matrix& x, const Matrix& dy, float beta) {
  const std::size_t batch = x.shape()[0], L = output_.height * output_.width, M = channels_;
  if (batch == 0 && beta == 0.0f) weight_grad_.fill(0.0f);  // no chunk writes it
  if (use_bias_) {
    float* gb = bias_grad_.data();
    if (beta == 0.0f) bias_grad_.fill(0.0f);  // then 0 + sums, as after zero_grad
    parallel_for(M, rows_per_thread(batch * L), [&](std::size_t first, std::size_t last) {
      for (std::size_t b = 0; b < batch; ++b)
        for (std::size_t m = first; m < last; ++m) {
          gb[m] += static_cast<float>(sum(dy.data() + (b * M + m) * L, L));
        }
    });
  }
  if (products_on_rows()) {  // dW = beta dW + dY^T X
    if (batch > 0)
      gemm(dy.data(), x.data(), weight_grad_.data(), M, group_inputs_, batch, /*transpose_a=*/true, false, 1.0f,
           beta);
  } else if (products_per_row() && batch > 0) {
    add_weight_grad_rows(x, dy, beta);
  } else {
    add_weight_grad_chunks(x, dy, beta);
  }
  if (!connections_.empty()) {
    float* gw = weight_grad_.data();
    const float* k = mask_.data();
    for (std::size_t i = 0; i < weight_grad_.size(); ++i) gw[i] *= k[i];
  }
}

void Conv2D::add_weight_grad_rows(const Matrix& x, const Matrix& dy, float beta) {
  const std::size_t batch = x.shape()[0], L = output_.height * output_.width;
  const std::size_t Mg = channels_ / groups_, Kg = group_inputs_, W = weight_grad_.size();
  const std::size_t slices = gradient_slices(batch);
  ensure_floats(slice_grads_, slices * W);
  const auto varying = varying_channels(x);
  for_each_slice(batch, slices, [&](std::size_t t, std::size_t begin, std::size_t end, Workspace& ws) {
    float* part = slice_grads_.data() + t * W;
    if (varying) return slice_grad_skipping_constants(x, dy, begin, end, *varying, ws, part);
    for (std::size_t s = begin; s < end; ++s)
      for (std::size_t g = 0; g < groups_; ++g) {
        unfold(x, s, 1, g, ws.cols.data());
        gemm(dy.data() + s * output_.size() + g * Mg * L, ws.cols.data(), part + g * Mg * Kg, Mg, Kg, L, false,
             /*transpose_b=*/true, 1.0f, s == begin ? 0.0f : 1.0f);
      }
  });
  float* gw = weight_grad_.data();
  const float* parts = slice_grads_.data();
  parallel_for(W, kElementsPerThread, [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      float sum = beta == 0.0f ? 0.0f : gw[i];
      for (std::size_t t = 0; t < slices; ++t) sum += parts[t * W + i];
      gw[i] = sum;
    }
  });
}

void Conv2D::slice_grad_skipping_constants(const Matrix& x, const Matrix& dy, std::size_t begin, std::size_t end,
                                           conv::VaryingRange v, Workspace& ws, float* part) {
  const conv::Geometry full = group_geometry(*this), part_geometry = varying_geometry(v);
  const std::size_t L = full.locations(), M = channels_, K = group_inputs_, Kv = part_geometry.col_rows();
  const std::size_t HW = input_.height * input_.width, kk = kernel_ * kernel_;
  ensure_floats(ws.maps, M * Kv);  // the varying channels' gradient, compact
  std::fill_n(part, M * K, 0.0f);
  std::vector<double> prefix;
  for (std::size_t s = begin; s < end; ++s) {
    const float* row = x.data() + s * input_.size();
    const float* d = dy.data() + s * output_.size();
    conv::im2col(part_geometry, row + v.first * HW, input_.size(), 1, ws.cols.data());
    gemm(d, ws.cols.data(), ws.maps.data(), M, Kv, L, false, /*transpose_b=*/true, 1.0f, s == begin ? 0.0f : 1.0f);
    conv::add_constant_channel_grads(full, row, d, M, v, part, prefix);
  }
  for (std::size_t m = 0; m < M; ++m) std::copy_n(ws.maps.data() + m * Kv, Kv, part + m * K + v.first * kk);
}

void Conv2D::add_weight_grad_chunks(const Matrix& x, const Matrix& dy, float beta) {
  const std::size_t batch = x.shape()[0], L = output_.height * output_.width;
  const std::size_t Mg = channels_ / groups_, Kg = group_inputs_;
  for_each_group_chunk(batch, [&](std::size_t g, std::size_t begin, std::size_t n, Workspace& ws) {
    unfold(x, begin, n, g, ws.cols.data());
    conv::gather_maps(dy.data() + begin * output_.size() + g * Mg * L, output_.size(), n, Mg, L, ws.maps.data());
    gemm(ws.maps.data(), ws.cols.data(), weight_grad_.data() + g * Mg * Kg, Mg, Kg, n * L, false,
         /*transpose_b=*/true, 1.0f, begin == 0 ? beta : 1.0f);
  });
}

void Conv2D::backward_input(const Matrix& x, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  backward_input_through(weight_, x, dy, dx);
}

void Conv2D::backward_input_through(const Matrix& stand_in, const Matrix& x, const Matrix& dy, Matrix& dx) {
  if (stand_in.shape() != weight_.shape())
    throw ShapeError("conv2d.backward_input_through: a stand-in weight " + shape_string(stand_in) + " for " +
                     shape_string(weight_));
  const Matrix& weight = connected(stand_in);
  check_rows(x, input_.size(), "an input", "backward_input");
  check_rows(dy, output_.size(), "an output gradient", "backward_input");
  const conv::Geometry geo = group_geometry(*this);
  const std::size_t batch = dy.shape()[0], L = geo.locations(), Mg = channels_ / groups_, Kg = group_inputs_;
  ensure_shape(dx, batch, input_.size());
  if (products_on_rows()) {  // dX = dY W
    if (batch > 0) gemm(dy.data(), weight.data(), dx.data(), batch, Kg, Mg);
    return;
  }
  if (products_per_row()) {
    const auto slices = static_cast<std::size_t>(threads());
    for_each_slice(batch, slices, [&](std::size_t, std::size_t begin, std::size_t end, Workspace& ws) {
      for (std::size_t s = begin; s < end; ++s)
        for (std::size_t g = 0; g < groups_; ++g) {
          gemm(weight.data() + g * Mg * Kg, dy.data() + s * output_.size() + g * Mg * L, ws.cols.data(), Kg, L, Mg,
               /*transpose_a=*/true);
          conv::col2im(geo, ws.cols.data(), 1, dx.data() + s * input_.size() + g * geo.in_size(), input_.size());
        }
    });
    return;
  }
  for_each_group_chunk(batch, [&](std::size_t g, std::size_t begin, std::size_t n, Workspace& ws) {
    conv::gather_maps(dy.data() + begin * output_.size() + g * Mg * L, output_.size(), n, Mg, L, ws.maps.data());
    gemm(weight.data() + g * Mg * Kg, ws.maps.data(), ws.cols.data(), Kg, n * L, Mg, /*transpose_a=*/true);
    conv::col2im(geo, ws.cols.data(), n, dx.data() + begin * input_.size() + g * geo.in_size(), input_.size());
  });
}

std::vector<Parameter> Conv2D::parameters() {
  std::vector<Parameter> p = {{"weight", &weight_, &weight_grad_, true}};
  if (use_bias_) p.push_back({"bias", &bias_, &bias_grad_, false});
  return p;
}

WeightFans Conv2D::signal_weight_fans() const {
  if (connections_.empty()) return {group_inputs_, channels_ / groups_ * kernel_ * kernel_};
  std::size_t links = 0;
  for (const auto& inputs : connections_) links += inputs.size();
  const std::size_t kk = kernel_ * kernel_;
  return {std::max<std::size_t>(1, links * kk / channels_), std::max<std::size_t>(1, links * kk / input_.channels)};
}

void Conv2D::initialize(Rng& rng) {
  if (use_bias_) bias_.fill(0.0f);
  if (connections_.empty()) {
    init_weights(weight_, init_, group_inputs_, channels_ / groups_ * kernel_ * kernel_, rng);
    return;
  }
  const std::size_t kk = kernel_ * kernel_, cols = weight_.shape()[1];
  const std::size_t fan_out = signal_weight_fans().out;
  Matrix row = Matrix::from_shape({1, cols});
  for (std::size_t m = 0; m < channels_; ++m) {
    init_weights(row, init_, connections_[m].size() * kk, fan_out, rng);
    const float* k = mask_.data() + m * cols;
    for (std::size_t i = 0; i < cols; ++i) weight_(m, i) = row(0, i) * k[i];
  }
}

Json Conv2D::options() const {
  Json out{{"type", "conv2d"}, {"channels", channels_}, {"kernel", kernel_}, {"stride", stride_},
           {"padding", padding_}, {"groups", groups_}, {"bias", use_bias_}, {"init", init_}};
  out["connections"] = connections_.empty() ? Json(nullptr) : Json(connections_);
  return out;
}

}  // namespace fflab
