#pragma once
// Layer: the primitive shared by every trainer (backprop, Forward-Forward,
// local rules). Samples are rows: forward maps x[B, in] to y[B, out].
//  - forward(x, y, ctx): y is resized if its shape differs, else overwritten.
//  - accumulate_grad(x, y, dy): ADDS dL/dparams (for the batch, given
//    dy = dL/dy) into each Parameter's grad. Trainers zero grads first.
//  - write_grad(x, y, dy): SETS each grad to this batch's dL/dparams, as
//    zero_grad then accumulate_grad would (bit for bit), without a separate
//    pass that zeroes them where the layer can write directly (dense, conv).
//  - backward_input(x, y, dy, dx): dx = dL/dx; x and y are the input and
//    output of the latest forward call on this batch. Forward-Forward never
//    calls it, which saves a GEMM per layer.
//  - backward_input_through(w, x, dy, dx): for layers whose dx is dy times
//    their weight (dense, conv2d; signal_weight() is that weight), the same
//    product with w, shaped like the weight, in its place: the error that
//    feedback alignment and sign symmetry send down.
// Layers keep their workspaces between calls (they grow only); stateful
// layers (dropout's mask) keep what backward needs from the last forward.
#include <memory>
#include <string>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/schema.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

/// A parameter block: its value, its gradient (same shape) and whether L2
/// weight decay applies to it (weights yes, biases and gains no).
struct Parameter {
  std::string name;  // "weight", "bias", "gain"
  Matrix* value = nullptr;
  Matrix* grad = nullptr;
  bool decay = true;
};

/// A tensor a layer keeps that is not learned by gradients but is part of
/// the trained model (batch norm's running statistics): saved in checkpoints
/// and model files after the parameters, and restored with them.
struct StateTensor {
  std::string name;  // "running_mean", "running_var"
  Matrix* value = nullptr;
};

/// Fan-in and fan-out of a weight as the initialisers count them (0: none).
struct WeightFans {
  std::size_t in = 0;
  std::size_t out = 0;
};

/// Per-call context: training mode switches dropout on; rng feeds it.
/// reuse_masks: a second training pass over the same batch (PEPITA's
/// modulated pass) applies each dropout layer's mask from the latest
/// training forward instead of drawing a new one.
struct RunContext {
  bool training = false;
  Rng* rng = nullptr;
  bool reuse_masks = false;
};

class Layer {
 public:
  virtual ~Layer() = default;

  /// Registry name ("dense", "relu", ...).
  virtual std::string type() const = 0;
  virtual FeatureShape input_shape() const = 0;
  virtual FeatureShape output_shape() const = 0;

  virtual void forward(const Matrix& x, Matrix& y, const RunContext& ctx) = 0;
  virtual void accumulate_grad(const Matrix& /*x*/, const Matrix& /*y*/, const Matrix& /*dy*/) {}
  virtual void write_grad(const Matrix& x, const Matrix& y, const Matrix& dy) {
    zero_grad();
    accumulate_grad(x, y, dy);
  }
  virtual void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) = 0;
  /// Both gradients of one backward step: the parameters' (written when
  /// write_grads, else accumulated) and then dx, as write_grad or
  /// accumulate_grad followed by backward_input. A layer whose two passes
  /// read the same sums of x and dy (batch norm) overrides it to read once.
  virtual void backward(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx, bool write_grads);
  /// The weight that carries dy back to dx (nullptr: none; then
  /// backward_input_through throws) and its fans.
  virtual const Matrix* signal_weight() const { return nullptr; }
  virtual WeightFans signal_weight_fans() const { return {}; }
  virtual void backward_input_through(const Matrix& weight, const Matrix& x, const Matrix& dy, Matrix& dx);
  /// Whether backward_input may be called with dx and dy the same matrix
  /// (element-wise layers), so trainers can skip a buffer.
  virtual bool backward_in_place() const { return false; }
  /// Whether forward may be called with y the same matrix as x; backward_input
  /// is then given that matrix (the output) as x and must still be right.
  /// True for the activations (their derivative is a function of y and of the
  /// sign of x, which y shares) and dropout.
  virtual bool forward_in_place() const { return false; }

  /// Whether a row's output in training mode depends on the batch's other
  /// rows (batch statistics), so a batch cannot run in slices.
  virtual bool couples_rows() const { return false; }

  /// Parameter blocks (empty for parameter-free layers).
  virtual std::vector<Parameter> parameters() { return {}; }
  /// Non-trainable state (empty for most layers); shapes are fixed at construction.
  virtual std::vector<StateTensor> state() { return {}; }
  /// Draws initial parameter values with the layer's configured initialiser
  /// and resets its state.
  virtual void initialize(Rng& /*rng*/) {}
  /// The layer's options as resolved from the manifest (for records).
  virtual Json options() const { return Json::object(); }

  void zero_grad();
  /// The parameters' gradient of one batch: write_grad when write_grads,
  /// else accumulate_grad (a first layer, whose dx no one needs).
  void parameter_grad(const Matrix& x, const Matrix& y, const Matrix& dy, bool write_grads);
  std::size_t parameter_count();
};

}  // namespace fflab
