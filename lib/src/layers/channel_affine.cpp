#include "fflab/layers/channel_affine.hpp"

#include <cmath>

#include "fflab/core/errors.hpp"
#include "fflab/core/parallel_for.hpp"

namespace fflab {

Schema ChannelAffine::schema() {
  Schema s;
  s.optional("gain", KeyType::number, 1.0, "starting value of every channel's gain (the bias starts at 0)")
      .validated_by([](Json& v, const std::string& p) {
        if (!std::isfinite(v.get<double>())) throw ConfigError(p, "expected a finite number");
      });
  return s;
}

ChannelAffine::ChannelAffine(const Json& options, FeatureShape input)
    : ChannelAffine(input, options.at("gain").get<float>()) {}

ChannelAffine::ChannelAffine(FeatureShape input, float initial_gain) : input_(input), initial_gain_(initial_gain) {
  if (input.size() == 0) throw ShapeError("channel_affine: an empty input");
  for (Matrix* m : {&gain_, &gain_grad_, &bias_, &bias_grad_}) {
    *m = Matrix::from_shape({1, input.channels});
    m->fill(0.0f);
  }
  gain_.fill(initial_gain_);
}

void ChannelAffine::check_rows(const Matrix& m, const char* where) const {
  if (m.shape()[1] != input_.size())
    throw ShapeError(std::string("channel_affine.") + where + ": expected " + std::to_string(input_.size()) +
                     " features per row, got " + shape_string(m));
}

void ChannelAffine::forward(const Matrix& x, Matrix& y, const RunContext& /*ctx*/) {
  check_rows(x, "forward");
  const std::size_t batch = x.shape()[0], C = input_.channels, L = input_.height * input_.width;
  ensure_shape(y, batch, input_.size());
  const float* in = x.data();
  float* out = y.data();
  parallel_for(batch * C, rows_per_thread(L), [&](std::size_t first, std::size_t last) {
    for (std::size_t s = first; s < last; ++s) {  // s = b * C + c: one channel of one row
      const float g = gain_(0, s % C), beta = bias_(0, s % C);
      for (std::size_t l = 0; l < L; ++l) out[s * L + l] = g * in[s * L + l] + beta;
    }
  });
}

void ChannelAffine::accumulate_grad(const Matrix& x, const Matrix& /*y*/, const Matrix& dy) {
  check_rows(x, "accumulate_grad");
  check_rows(dy, "accumulate_grad");
  const std::size_t batch = x.shape()[0], C = input_.channels, L = input_.height * input_.width;
  // One channel's sums stay in one range: the same results for any thread count.
  parallel_for(C, rows_per_thread(batch * L), [&](std::size_t first, std::size_t last) {
    for (std::size_t c = first; c < last; ++c) {
      double dg = 0.0, db = 0.0;
      for (std::size_t b = 0; b < batch; ++b) {
        const float* in = x.data() + (b * C + c) * L;
        const float* d = dy.data() + (b * C + c) * L;
        for (std::size_t l = 0; l < L; ++l) {
          dg += double(d[l]) * in[l];
          db += d[l];
        }
      }
      gain_grad_(0, c) += static_cast<float>(dg);
      bias_grad_(0, c) += static_cast<float>(db);
    }
  });
}

void ChannelAffine::backward_input(const Matrix& /*x*/, const Matrix& /*y*/, const Matrix& dy, Matrix& dx) {
  check_rows(dy, "backward_input");
  const std::size_t batch = dy.shape()[0], C = input_.channels, L = input_.height * input_.width;
  if (&dx != &dy) ensure_shape(dx, batch, input_.size());
  const float* d = dy.data();
  float* out = dx.data();
  parallel_for(batch * C, rows_per_thread(L), [&](std::size_t first, std::size_t last) {
    for (std::size_t s = first; s < last; ++s) {
      const float g = gain_(0, s % C);
      for (std::size_t l = 0; l < L; ++l) out[s * L + l] = g * d[s * L + l];
    }
  });
}

std::vector<Parameter> ChannelAffine::parameters() {
  return {{"gain", &gain_, &gain_grad_, false}, {"bias", &bias_, &bias_grad_, false}};
}

void ChannelAffine::initialize(Rng& /*rng*/) {
  gain_.fill(initial_gain_);
  bias_.fill(0.0f);
}

Json ChannelAffine::options() const { return Json{{"type", "channel_affine"}, {"gain", initial_gain_}}; }

}  // namespace fflab
