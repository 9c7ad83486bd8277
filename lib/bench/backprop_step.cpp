#include <map>
#include <memory>

#include "fflab/core/rng.hpp"
#include "fflab/layers/network.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/losses/registry.hpp"
#include "fflab/optim/registry.hpp"
#include "fflab/train/parameter_updater.hpp"
#include "gemm_calls.hpp"
#include "sections.hpp"

namespace fflab::bench {

namespace {

const std::vector<std::size_t> kWidths = {784, 2000, 2000, 2000, 2000, 10};

/// The MLP, its loss and one optimizer per parameter block, all from the registries.
struct Model {
  Network network;
  std::unique_ptr<Loss> loss;
  std::vector<Parameter> parameters;
  std::vector<std::unique_ptr<Optimizer>> optimizers;
  float lr = 0.01f;
};

std::unique_ptr<Model> build_model(float momentum) {
  auto model = std::make_unique<Model>();
  FeatureShape shape = FeatureShape::flat(kWidths.front());
  for (std::size_t l = 1; l < kWidths.size(); ++l) {
    Json dense = {{"type", "dense"}, {"units", kWidths[l]}};
    model->network.add(layer_registry().build(dense, "/layers", shape));
    shape = model->network.output_shape();
    if (l + 1 < kWidths.size()) {
      Json relu = {{"type", "relu"}};
      model->network.add(layer_registry().build(relu, "/layers", shape));
    }
  }
  Rng rng(1);
  model->network.initialize(rng);
  Json loss = {{"type", "softmax_cross_entropy"}};
  model->loss = loss_registry().build(loss, "/loss");
  model->parameters = model->network.parameters();
  for (const Parameter& p : model->parameters) {
    Json sgd = {{"type", "sgd"}, {"lr", model->lr}, {"momentum", momentum}};
    model->optimizers.push_back(optimizer_registry().build(sgd, "/optimizer", p));
  }
  return model;
}

/// A batch of pixel-like inputs in [0, 1) and labels.
void make_batch(std::size_t batch, Matrix& x, Labels& labels) {
  Rng rng(2);
  x = Matrix::from_shape({batch, kWidths.front()});
  for (auto& v : x) v = rng.uniform();
  labels.resize(batch);
  for (auto& y : labels) y = static_cast<std::int32_t>(rng.below(kWidths.back()));
}

/// The step exactly as the backprop trainer does it.
void train_step(Model& m, const Matrix& x, const Labels& labels, Matrix& doutput) {
  RunContext ctx{true, nullptr};
  const Matrix& out = m.network.forward(x, ctx);
  m.loss->evaluate(out, labels, &doutput);
  m.network.backward(doutput, /*write_grads=*/true);
  for (std::size_t i = 0; i < m.parameters.size(); ++i)
    local_updater().update(*m.optimizers[i], *m.parameters[i].value, *m.parameters[i].grad, m.lr);
}

/// The same step with every part timed separately, layer by layer (the
/// network's own input copy is left out). Returns median seconds per part.
std::map<std::string, double> time_parts(const BenchOptions& options, Model& m, const Matrix& x,
                                         const Labels& labels) {
  Network& net = m.network;
  const std::size_t n = net.size();
  std::vector<Matrix> act(n + 1);
  Matrix dout, grad_a, grad_b;
  std::map<std::string, std::vector<double>> samples;
  std::map<std::string, double> run_parts;
  RunContext ctx{true, nullptr};
  auto timed = [&](const std::string& part, auto&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    run_parts[part] += seconds_since(start);
  };
  auto run = [&] {
    run_parts.clear();
    const Matrix* in = &x;
    for (std::size_t i = 0; i < n; ++i) {
      timed(net.layer(i).type() + ".forward", [&] { net.layer(i).forward(*in, act[i + 1], ctx); });
      in = &act[i + 1];
    }
    timed("loss", [&] { m.loss->evaluate(act[n], labels, &dout); });
    const Matrix* dy = &dout;
    Matrix* buffers[2] = {&grad_a, &grad_b};
    for (std::size_t k = n; k-- > 0;) {
      Layer& l = net.layer(k);
      const Matrix& lx = k == 0 ? x : act[k];
      if (!l.parameters().empty())
        timed(l.type() + ".write_grad", [&] { l.write_grad(lx, act[k + 1], *dy); });
      if (k == 0) break;
      Matrix* dx = buffers[k % 2];
      timed(l.type() + ".backward_input", [&] { l.backward_input(lx, act[k + 1], *dy, *dx); });
      dy = dx;
    }
    timed("optimizer.step", [&] {
      for (std::size_t i = 0; i < m.parameters.size(); ++i)
        local_updater().update(*m.optimizers[i], *m.parameters[i].value, *m.parameters[i].grad, m.lr);
    });
    for (const auto& [part, s] : run_parts) samples[part].push_back(s);
  };
  BenchOptions fewer = options;
  fewer.seconds = options.seconds / 2;
  measure(fewer, run);
  std::map<std::string, double> medians;
  for (auto& [part, s] : samples) {
    s.erase(s.begin(), s.begin() + options.warmup);
    medians[part] = summarize(s).median;
  }
  return medians;
}

/// The optimizer step against the machine's copy speed: SGD with momentum
/// reads weight, gradient and velocity and writes weight and velocity (20
/// bytes a parameter; plain SGD 12). The gradients need no zeroing pass: the
/// weight-gradient GEMMs write them (beta 0).
Json report_memory_floor(const BenchOptions& options, Report& report, Model& m,
                         const std::map<std::string, double>& parts) {
  std::size_t count = 0;
  for (const Parameter& p : m.parameters) count += p.value->size();
  const std::size_t step_bytes = count * (options.momentum > 0 ? 20 : 12);
  const Timing copy = time_copy(options, step_bytes);
  const double bandwidth = double(step_bytes) / copy.median;
  report.print("    memory: optimizer.step moves %.0f MB: floor %.2f ms at the %.1f GB/s of a copy of as many bytes "
               "on %d threads measured here", double(step_bytes) / 1e6, copy.median * 1e3, bandwidth / 1e9,
               options.threads);
  return {{"parameters", count}, {"optimizer_step_bytes", step_bytes}, {"copy_gb_per_s", bandwidth / 1e9},
          {"optimizer_step_floor_ms", copy.median * 1e3}, {"optimizer_step_ms", parts.at("optimizer.step") * 1e3}};
}

}  // namespace

void backprop_step(const BenchOptions& options, Report& report) {
  report.print("== backprop_step: MLP 784-2000-2000-2000-2000-10, ReLU, softmax cross-entropy, "
               "SGD (momentum %.2g), %d threads",
               static_cast<double>(options.momentum), options.threads);
  report.print("   GFLOP/s counts 2*m*n*k per GEMM: forward 1 per dense layer, backward 2 "
               "(weight grad, input grad; none for the first layer's input grad)");
  Json rows = Json::array();
  for (std::size_t batch : options.batches) {
    auto model = build_model(options.momentum);
    Matrix x, doutput;
    Labels labels;
    make_batch(batch, x, labels);
    const auto calls = backprop_gemm_calls(kWidths, batch);
    const double flops = total_flops(calls);

    const Timing step = measure(options, [&] { train_step(*model, x, labels, doutput); });
    const BareGemmTiming bare = time_bare_sgemm(options, calls);
    const auto parts = time_parts(options, *model, x, labels);

    Json row = report_step_against_sgemm(report, batch, step, flops, bare.total);

    // Where the time goes: each part of the step, and the bare GEMMs it contains.
    std::map<std::string, double> bare_by_role;
    for (std::size_t i = 0; i < calls.size(); ++i) bare_by_role[calls[i].role] += bare.per_call[i];
    double parts_sum = 0.0;
    for (const auto& [part, s] : parts) parts_sum += s;
    const std::map<std::string, std::string> gemm_of = {{"dense.forward", "forward"},
                                                        {"dense.write_grad", "weight_grad"},
                                                        {"dense.backward_input", "input_grad"}};
    Json parts_json = Json::object();
    for (const auto& [part, s] : parts) {
      auto g = gemm_of.find(part);
      if (g != gemm_of.end()) {
        const double gemm = bare_by_role[g->second];
        report.print("    %-28s %8.2f ms  (bare sgemm %8.2f ms, other %7.2f ms)", part.c_str(),
                     s * 1e3, gemm * 1e3, (s - gemm) * 1e3);
        parts_json[part] = {{"ms", s * 1e3}, {"bare_sgemm_ms", gemm * 1e3}};
      } else {
        report.print("    %-28s %8.2f ms", part.c_str(), s * 1e3);
        parts_json[part] = {{"ms", s * 1e3}};
      }
    }
    report.print("    %-28s %8.2f ms  (whole step %.2f ms: the rest is the network's input "
                 "copy and timing noise)",
                 "sum of parts", parts_sum * 1e3, step.median * 1e3);

    Json gemms = Json::array();
    for (std::size_t i = 0; i < calls.size(); ++i) {
      const GemmCall& c = calls[i];
      gemms.push_back({{"role", c.role}, {"m", c.m}, {"n", c.n}, {"k", c.k},
                       {"trans_a", c.trans_a}, {"trans_b", c.trans_b}, {"beta", c.beta},
                       {"bare_ms", bare.per_call[i] * 1e3},
                       {"bare_gflops", c.flops() / bare.per_call[i] * 1e-9}});
    }
    row["parts"] = parts_json;
    row["memory_floor"] = report_memory_floor(options, report, *model, parts);
    row["gemm_calls"] = gemms;
    rows.push_back(row);
  }
  report.json["sections"]["backprop_step"] = {
      {"network", "784-2000-2000-2000-2000-10 relu, softmax_cross_entropy"},
      {"optimizer", {{"type", "sgd"}, {"momentum", options.momentum}}},
      {"rows", rows}};
}

}  // namespace fflab::bench
