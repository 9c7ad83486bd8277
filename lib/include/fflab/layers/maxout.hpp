#pragma once
// Maxout ("maxout"): the largest of `pieces` consecutive channels, at every
// location. Input C x H x W (flat rows: C features), C divisible by pieces;
// output C/pieces x H x W:
//   y[o, l] = max_{j < pieces} x[o*pieces + j, l]
// dy goes to the first largest piece (found again from x in backward_input).
// No parameters: put it after a conv2d or dense layer of C outputs.
#include <string>

#include "fflab/layers/layer.hpp"

namespace fflab {

class Maxout : public Layer {
 public:
  /// Schema: pieces (required, at least 2).
  static Schema schema();
  /// ConfigError at "/pieces" when the channels are not divisible by pieces.
  Maxout(const Json& options, FeatureShape input);
  Maxout(FeatureShape input, std::size_t pieces);

  std::string type() const override { return "maxout"; }
  FeatureShape input_shape() const override { return input_; }
  FeatureShape output_shape() const override { return {input_.channels / pieces_, input_.height, input_.width}; }

  void forward(const Matrix& x, Matrix& y, const RunContext& ctx) override;
  void backward_input(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) override;
  Json options() const override { return Json{{"type", "maxout"}, {"pieces", pieces_}}; }

 private:
  /// Index within a row of x of the first largest piece of output o at location l.
  std::size_t winner(const float* row, std::size_t o, std::size_t l) const;

  FeatureShape input_;
  std::size_t pieces_;
};

}  // namespace fflab
